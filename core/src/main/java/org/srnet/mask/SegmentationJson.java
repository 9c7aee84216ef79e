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
            return Polygons.rasterize(polygons(seg), height, width);
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
     * Reads a polygon segmentation (a list of {@code [x0, y0, x1, y1, ...]} lists) without rasterising it. As in
     * pycocotools' {@code frPyObjects}: when the first list has exactly 4 numbers, every list is a box
     * {@code [x, y, w, h]} (returned as its 4-corner polygon); otherwise every list is a polygon, and the first
     * needs at least 3 points.
     */
    public static List<double[]> polygons(JsonNode seg) {
        if (!seg.isArray() || seg.isEmpty()) {
            throw new IllegalArgumentException("polygon segmentation must be a non-empty list of coordinate lists");
        }
        List<double[]> lists = new ArrayList<>();
        for (JsonNode p : seg) {
            if (!p.isArray()) {
                throw new IllegalArgumentException("polygon segmentation must be a list of coordinate lists");
            }
            double[] xy = new double[p.size()];
            for (int i = 0; i < xy.length; i++) {
                if (!p.get(i).isNumber() || !Double.isFinite(p.get(i).asDouble())) {
                    throw new IllegalArgumentException("polygon coordinate '" + p.get(i) + "' is not a finite number");
                }
                xy[i] = p.get(i).asDouble();
            }
            lists.add(xy);
        }
        boolean boxes = lists.get(0).length == 4;
        if (!boxes && lists.get(0).length < 6) {
            throw new IllegalArgumentException("a polygon needs an even number (≥ 6) of coordinates, got " + lists.get(0).length);
        }
        List<double[]> polys = new ArrayList<>();
        for (double[] xy : lists) {
            if (boxes) {
                if (xy.length != 4) {
                    throw new IllegalArgumentException("box segmentation entries need 4 numbers [x, y, w, h], got " + xy.length);
                }
                double xs = xy[0];
                double ys = xy[1];
                double xe = xs + xy[2];
                double ye = ys + xy[3];
                polys.add(new double[] {xs, ys, xs, ye, xe, ye, xe, ys});
            } else {
                if (xy.length < 2 || xy.length % 2 != 0) {
                    throw new IllegalArgumentException("a polygon needs an even number (≥ 6) of coordinates, got " + xy.length);
                }
                polys.add(xy);
            }
        }
        return polys;
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
