/**
 * The {@code srnet bench} command group and {@code srnet eval benchmark}.
 */
package org.srnet.bench.cli;
