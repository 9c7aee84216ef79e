/**
 * Masks: COCO RLE (compressed and not), polygons, DAVIS palette PNGs, label maps.
 */
package org.srnet.mask;
