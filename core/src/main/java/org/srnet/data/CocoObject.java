package org.srnet.data;

import java.util.List;

import org.srnet.mask.Polygons;
import org.srnet.mask.Rle;

/**
 * One instance annotation of a COCO image. Its segmentation is kept compact (polygon vertices, or the RLE's
 * compressed string) and rasterised by {@link #mask()} on demand, because a full COCO train file holds close to
 * a million masks.
 */
public final class CocoObject {
    private final long id;
    private final int categoryId;
    private final boolean crowd;
    private final int height;
    private final int width;
    private final List<double[]> polygons;
    private final String compressedRle;

    private CocoObject(long id, int categoryId, boolean crowd, int height, int width, List<double[]> polygons,
            String compressedRle) {
        this.id = id;
        this.categoryId = categoryId;
        this.crowd = crowd;
        this.height = height;
        this.width = width;
        this.polygons = polygons;
        this.compressedRle = compressedRle;
    }

    /** An object whose segmentation is polygons (already validated), rasterised at {@code height×width}. */
    static CocoObject ofPolygons(long id, int categoryId, boolean crowd, int height, int width, List<double[]> polygons) {
        return new CocoObject(id, categoryId, crowd, height, width, List.copyOf(polygons), null);
    }

    /** An object whose segmentation is an RLE of the image size. */
    static CocoObject ofRle(long id, int categoryId, boolean crowd, Rle rle) {
        return new CocoObject(id, categoryId, crowd, rle.height(), rle.width(), null, rle.toCompressedString());
    }

    /** The annotation id. */
    public long id() {
        return id;
    }

    /** The data set's category id. */
    public int categoryId() {
        return categoryId;
    }

    /** The {@code iscrowd} flag: a crowd region, not one object. */
    public boolean crowd() {
        return crowd;
    }

    /** The segmentation at the image size, rasterised as pycocotools does. */
    public Rle mask() {
        return polygons != null ? Polygons.rasterize(polygons, height, width)
                : Rle.fromCompressedString(compressedRle, height, width);
    }
}
