package org.srnet.mask;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the three segmentation forms of COCO-style JSON (COCO instances, YouTube-VIS): a list of
 * polygons, an uncompressed RLE ({@code {"size":[h,w],"counts":[ints]}}) and a compressed RLE
 * ({@code {"size":[h,w],"counts":"string"}}). Problems are {@link IllegalArgumentException}s with a short
 * message; readers wrap them into a {@code UserError} naming the file and the entry.
 */
public final class SegmentationJson {
    private SegmentationJson() {}

    /**
     * Converts a JSON segmentation to an RLE of {@code height×width}. Polygons are rasterised at that size
     * (as pycocotools' {@code frPyObjects(poly, h, w)}); an RLE carries its own size, which must equal it.
     */
    public static Rle parse(JsonNode seg, int height, int width) {
        if (seg == null || seg.isNull()) {
            throw new IllegalArgumentException("segmentation is missing");
        }
        if (seg.isArray()) {
            List<double[]> polys = new ArrayList<>();
            for (JsonNode p : seg) {
                if (!p.isArray()) {
                    throw new IllegalArgumentException("polygon segmentation must be a list of coordinate lists");
                }
                double[] xy = new double[p.size()];
                for (int i = 0; i < xy.length; i++) {
                    if (!p.get(i).isNumber()) {
                        throw new IllegalArgumentException("polygon coordinate '" + p.get(i) + "' is not a number");
                    }
                    xy[i] = p.get(i).asDouble();
                }
                polys.add(xy);
            }
            return Polygons.rasterize(polys, height, width);
        }
        if (!seg.isObject()) {
            throw new IllegalArgumentException("segmentation must be a polygon list or an RLE object, got " + seg.getNodeType());
        }
        JsonNode size = seg.get("size");
        JsonNode counts = seg.get("counts");
        if (size == null || !size.isArray() || size.size() != 2 || !size.get(0).canConvertToInt()
                || !size.get(1).canConvertToInt()) {
            throw new IllegalArgumentException("RLE needs \"size\": [height, width]");
        }
        int h = size.get(0).asInt();
        int w = size.get(1).asInt();
        if (h != height || w != width) {
            throw new IllegalArgumentException("mask size " + w + "x" + h + " differs from its frame size " + width + "x" + height);
        }
        if (counts == null) {
            throw new IllegalArgumentException("RLE has no \"counts\"");
        }
        if (counts.isTextual()) {
            return Rle.fromCompressedString(counts.asText(), h, w);
        }
        if (counts.isArray()) {
            int[] c = new int[counts.size()];
            for (int i = 0; i < c.length; i++) {
                JsonNode n = counts.get(i);
                if (!n.canConvertToInt() || !n.isIntegralNumber()) {
                    throw new IllegalArgumentException("uncompressed RLE count '" + n + "' is not an integer");
                }
                c[i] = n.asInt();
            }
            return fromUncompressed(c, h, w);
        }
        throw new IllegalArgumentException("RLE \"counts\" must be a string or a list of integers");
    }

    /**
     * An uncompressed RLE (COCO's {@code iscrowd} form and the real YouTube-VIS annotations): run lengths,
     * background first, column-major. The runs must be non-negative and cover the mask exactly.
     */
    public static Rle fromUncompressed(int[] counts, int height, int width) {
        return new Rle(height, width, counts.clone());
    }

    /** The compressed JSON form {@code {"size":[h,w],"counts":"..."}}, as the official tools write results. */
    public static ObjectNode toCompressedJson(Rle rle) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.putArray("size").add(rle.height()).add(rle.width());
        o.put("counts", rle.toCompressedString());
        return o;
    }

    /** The uncompressed JSON form {@code {"size":[h,w],"counts":[...]}}, as the real YouTube-VIS GT uses. */
    public static ObjectNode toUncompressedJson(Rle rle) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.putArray("size").add(rle.height()).add(rle.width());
        var arr = o.putArray("counts");
        for (int c : rle.counts()) {
            arr.add(c);
        }
        return o;
    }
}
