/**
 * Geometry of the head maps: the spatial grid (SRNet Eq. 1), mass centres and CornerNet Gaussian stamps.
 * Plain Java, no DJL.
 */
package org.srnet.geometry;
