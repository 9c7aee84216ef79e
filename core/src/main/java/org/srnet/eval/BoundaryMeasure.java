package org.srnet.eval;

/**
 * DAVIS boundary measure F (the official {@code f_measure}), written plainly on whole-image arrays. It is the
 * reference the fast per-frame scorer ({@link DavisFrameScorer}) is tested against, and the place the
 * definitions live:
 *
 * <ul>
 *   <li>tolerance {@code ceil(0.008 * sqrt(H² + W²))} pixels ({@link #tolerance});
 *   <li>boundary map by Martin's {@code seg2bmap} with its last-row / last-column rules ({@link #boundaryMap});
 *   <li>dilation by the digital disk {@code dx² + dy² ≤ r²}, nothing set outside the image ({@link #dilate});
 *   <li>precision and recall as counts of boundary pixels covered by the other map's dilation, with the
 *       official degenerate cases ({@link #fromCounts}).
 * </ul>
 */
public final class BoundaryMeasure {
    /** The official {@code bound_th}: tolerance as a fraction of the image diagonal. */
    public static final double BOUND_TH = 0.008;

    private BoundaryMeasure() {}

    /**
     * Returns the tolerance radius in pixels. numpy takes {@code ceil(0.008 * norm([H, W]))}; norm is a plain
     * {@code sqrt(H*H + W*W)}, not {@code hypot}, which matters where the product lands on an integer (400×300).
     */
    public static int tolerance(int height, int width) {
        double diagonal = Math.sqrt((double) height * height + (double) width * width);
        return (int) Math.ceil(BOUND_TH * diagonal);
    }

    /**
     * Returns the half-widths of the digital disk of radius {@code r}: row offset {@code dy} covers
     * {@code |dx| ≤ halfWidth[|dy|]}, i.e. the offsets with {@code dx² + dy² ≤ r²} (skimage {@code disk}).
     */
    public static int[] diskHalfWidths(int r) {
        int[] half = new int[r + 1];
        for (int dy = 0; dy <= r; dy++) {
            int w = 0;
            while ((long) (w + 1) * (w + 1) + (long) dy * dy <= (long) r * r) {
                w++;
            }
            half[dy] = w;
        }
        return half;
    }

    /**
     * Returns the boundary map (0/1) of a row-major binary mask, as {@code seg2bmap}: a pixel is on the boundary
     * when it differs from its right, lower or lower-right neighbour (outside = 0); in the last row only the
     * right neighbour is compared, in the last column only the lower one, and the bottom-right pixel never is.
     */
    public static byte[] boundaryMap(byte[] mask, int height, int width) {
        byte[] b = new byte[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                boolean s = mask[i] != 0;
                boolean lastRow = y == height - 1;
                boolean lastCol = x == width - 1;
                boolean edge;
                if (lastRow && lastCol) {
                    edge = false;
                } else if (lastRow) {
                    edge = s != (mask[i + 1] != 0);
                } else if (lastCol) {
                    edge = s != (mask[i + width] != 0);
                } else {
                    edge = s != (mask[i + 1] != 0) || s != (mask[i + width] != 0) || s != (mask[i + width + 1] != 0);
                }
                b[i] = (byte) (edge ? 1 : 0);
            }
        }
        return b;
    }

    /** Returns the dilation of a 0/1 map by the disk of radius {@code r} (OpenCV {@code dilate}, no border fill). */
    public static byte[] dilate(byte[] map, int height, int width, int r) {
        int[] half = diskHalfWidths(r);
        byte[] out = new byte[map.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (map[y * width + x] == 0) {
                    continue;
                }
                for (int dy = -r; dy <= r; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= height) {
                        continue;
                    }
                    int h = half[Math.abs(dy)];
                    for (int xx = Math.max(0, x - h); xx <= Math.min(width - 1, x + h); xx++) {
                        out[yy * width + xx] = 1;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Returns F from boundary pixel counts, with the official degenerate cases: no proposal boundary gives
     * P = 1 (and R = 0 unless the ground truth has none either, then R = 1); no ground-truth boundary gives R = 1
     * and P = 0 unless both are empty; P + R = 0 gives F = 0.
     *
     * @param fgMatch proposal boundary pixels covered by the dilated ground-truth boundary
     * @param nFg proposal boundary pixels
     * @param gtMatch ground-truth boundary pixels covered by the dilated proposal boundary
     * @param nGt ground-truth boundary pixels
     */
    public static double fromCounts(long fgMatch, long nFg, long gtMatch, long nGt) {
        double precision;
        double recall;
        if (nFg == 0 && nGt > 0) {
            precision = 1;
            recall = 0;
        } else if (nFg > 0 && nGt == 0) {
            precision = 0;
            recall = 1;
        } else if (nFg == 0) {
            precision = 1;
            recall = 1;
        } else {
            precision = (double) fgMatch / nFg;
            recall = (double) gtMatch / nGt;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * Returns F of a proposal against a ground-truth object; void pixels are set to background in both masks
     * before their boundaries are taken.
     *
     * @param pred the proposal mask, row-major, non-zero = foreground
     * @param gt the ground-truth object mask
     * @param voidMask void pixels, or null
     */
    public static double of(byte[] pred, byte[] gt, byte[] voidMask, int height, int width) {
        byte[] p = withoutVoid(pred, voidMask);
        byte[] g = withoutVoid(gt, voidMask);
        int r = tolerance(height, width);
        byte[] pb = boundaryMap(p, height, width);
        byte[] gb = boundaryMap(g, height, width);
        byte[] pd = dilate(pb, height, width, r);
        byte[] gd = dilate(gb, height, width, r);
        long nFg = 0;
        long nGt = 0;
        long fgMatch = 0;
        long gtMatch = 0;
        for (int i = 0; i < pb.length; i++) {
            if (pb[i] != 0) {
                nFg++;
                fgMatch += gd[i];
            }
            if (gb[i] != 0) {
                nGt++;
                gtMatch += pd[i];
            }
        }
        return fromCounts(fgMatch, nFg, gtMatch, nGt);
    }

    private static byte[] withoutVoid(byte[] mask, byte[] voidMask) {
        byte[] out = new byte[mask.length];
        for (int i = 0; i < mask.length; i++) {
            out[i] = (byte) (mask[i] != 0 && (voidMask == null || voidMask[i] == 0) ? 1 : 0);
        }
        return out;
    }
}
