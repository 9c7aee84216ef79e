/**
 * The {@code srnet} command: one thin picocli command per job (synth, train, segment, demo, methods, eval), which
 * parses options, calls the library and prints; user errors end in one line and exit code 1.
 */
package org.srnet.cli;
