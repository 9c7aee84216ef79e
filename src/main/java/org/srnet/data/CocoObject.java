package org.srnet.data;

import org.srnet.mask.Rle;

/**
 * One instance annotation of a COCO image.
 *
 * @param id the annotation id
 * @param categoryId the data set's category id
 * @param crowd the {@code iscrowd} flag (a crowd region, not one object)
 * @param mask the segmentation, rasterised at the image size
 */
public record CocoObject(long id, int categoryId, boolean crowd, Rle mask) {}
