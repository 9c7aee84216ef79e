/**
 * RGB rasters read from and written to image files.
 */
package org.srnet.image;
