/**
 * Small helpers with no domain in them: atomic writes, paths confined to a root, file fingerprints, recursive
 * deletes, JSON error messages, progress bars.
 */
package org.srnet.util;
