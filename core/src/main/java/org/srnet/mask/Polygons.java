package org.srnet.mask;

import java.util.Arrays;
import java.util.List;

/**
 * Rasterises COCO polygons into {@link Rle} masks exactly as the reference {@code pycocotools} does
 * ({@code rleFrPoly} in its {@code maskApi.c}), so that a polygon annotation yields the same pixels, areas and
 * IoUs here as in the official COCO and YouTube-VIS tools.
 *
 * <p>The reference algorithm: scale the vertices by 5 and round them to integers; walk every edge with a DDA
 * line (stepping along the major axis) to get a dense closed boundary on the 5× grid; keep the points where the
 * boundary crosses from one 5× column to the next and that fall on a pixel column centre of the original grid;
 * map each to the first pixel row at or below the crossing; these crossings, sorted in column-major order, are
 * the run boundaries of the RLE. Several polygons of one object are merged by union, as
 * {@code frPyObjects} followed by {@code merge} does.
 */
public final class Polygons {
    /** The reference's sub-pixel upsampling factor. */
    private static final double SCALE = 5;

    private Polygons() {}

    /**
     * Rasterises one polygon given as {@code x0, y0, x1, y1, ...} in COCO pixel coordinates (pixel (i, j) spans
     * [i, i+1) × [j, j+1)). Roughly, a pixel is inside when its centre is; exactly, it is what the reference
     * computes, including its rounding on the 5× grid.
     *
     * @throws IllegalArgumentException if the coordinate list is empty, odd in length or not finite
     */
    public static Rle rasterize(double[] xy, int height, int width) {
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a polygon needs an even number (≥ 2) of coordinates, got " + xy.length);
        }
        for (double c : xy) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("polygon coordinate " + c + " is not a finite number");
            }
        }
        int k = xy.length / 2;
        // Vertices on the 5× grid; (int) truncates toward zero exactly like the reference's C cast.
        int[] x = new int[k + 1];
        int[] y = new int[k + 1];
        for (int j = 0; j < k; j++) {
            x[j] = (int) (SCALE * xy[2 * j] + .5);
            y[j] = (int) (SCALE * xy[2 * j + 1] + .5);
        }
        x[k] = x[0];
        y[k] = y[0];
        int m = 0;
        for (int j = 0; j < k; j++) {
            m += Math.max(Math.abs(x[j] - x[j + 1]), Math.abs(y[j] - y[j + 1])) + 1;
        }
        int[] u = new int[m];
        int[] v = new int[m];
        m = 0;
        for (int j = 0; j < k; j++) {
            int xs = x[j];
            int xe = x[j + 1];
            int ys = y[j];
            int ye = y[j + 1];
            int dx = Math.abs(xe - xs);
            int dy = Math.abs(ys - ye);
            // Each edge is walked from its lower end along the major axis, then the order is restored, so that
            // shared vertices round identically whichever way the polygon is wound.
            boolean flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
            if (flip) {
                int t = xs;
                xs = xe;
                xe = t;
                t = ys;
                ys = ye;
                ye = t;
            }
            if (dx >= dy) {
                double s = dx == 0 ? 0 : (double) (ye - ys) / dx;
                for (int d = 0; d <= dx; d++) {
                    int t = flip ? dx - d : d;
                    u[m] = t + xs;
                    v[m] = (int) (ys + s * t + .5);
                    m++;
                }
            } else {
                double s = (double) (xe - xs) / dy;
                for (int d = 0; d <= dy; d++) {
                    int t = flip ? dy - d : d;
                    v[m] = t + ys;
                    u[m] = (int) (xs + s * t + .5);
                    m++;
                }
            }
        }
        // Column crossings that land on an original pixel column, mapped to the first row inside the polygon.
        long[] a = new long[m + 1];
        int n = 0;
        for (int j = 1; j < m; j++) {
            if (u[j] == u[j - 1]) {
                continue;
            }
            double xd = u[j] < u[j - 1] ? u[j] : u[j] - 1;
            xd = (xd + .5) / SCALE - .5;
            if (Math.floor(xd) != xd || xd < 0 || xd > width - 1) {
                continue;
            }
            double yd = Math.min(v[j], v[j - 1]);
            yd = (yd + .5) / SCALE - .5;
            if (yd < 0) {
                yd = 0;
            } else if (yd > height) {
                yd = height;
            }
            yd = Math.ceil(yd);
            a[n++] = (long) xd * height + (long) yd;
        }
        a[n++] = (long) height * width;
        Arrays.sort(a, 0, n);
        long prev = 0;
        for (int j = 0; j < n; j++) {
            long t = a[j];
            a[j] -= prev;
            prev = t;
        }
        // A zero-length run means two crossings at one place: they cancel, so the runs on either side join.
        int[] runs = new int[n];
        int r = 0;
        int j = 0;
        runs[r++] = (int) a[j++];
        while (j < n) {
            if (a[j] > 0) {
                runs[r++] = (int) a[j++];
            } else {
                j++;
                if (j < n) {
                    runs[r - 1] += (int) a[j++];
                }
            }
        }
        return new Rle(height, width, Arrays.copyOf(runs, r));
    }

    /** Rasterises the polygons of one object and merges them by union (COCO's list-of-polygons segmentation). */
    public static Rle rasterize(List<double[]> polygons, int height, int width) {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("a polygon segmentation needs at least one polygon");
        }
        if (polygons.size() == 1) {
            return rasterize(polygons.get(0), height, width);
        }
        byte[] union = new byte[height * width];
        for (double[] p : polygons) {
            byte[] m = rasterize(p, height, width).decode();
            for (int i = 0; i < union.length; i++) {
                union[i] |= m[i];
            }
        }
        return Rle.encode(union, height, width);
    }
}
