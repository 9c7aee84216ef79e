package org.srnet.geometry;

/**
 * The instance heat map H(t−1) fed to the tracking head (§3.1): one Gaussian stamp per instance of the
 * previous frame, drawn with CornerNet's rendering function (the paper's reference [19]). The stamp has
 * diameter 2r+1 and σ = diameter/6, peaks at 1, is clipped at the border, and overlapping stamps combine by
 * element-wise maximum, never by sum.
 */
public final class GaussianHeatmap {
    private GaussianHeatmap() {}

    /** Which published radius rule turns a box into a stamp radius. */
    public enum RadiusRule {
        /** CenterNet / CenterTrack's variant (the widely used one), normally with min overlap 0.7. */
        CENTERTRACK,
        /** CornerNet's original quadratic roots, normally with min overlap 0.3. */
        CORNERNET
    }

    /**
     * Radius (before flooring) such that a box displaced by it keeps at least {@code minOverlap} IoU, by the
     * chosen rule. Box height and width are in pixels of the heat map.
     */
    public static double radius(RadiusRule rule, double height, double width, double minOverlap) {
        double h = Math.ceil(height);
        double w = Math.ceil(width);
        double o = minOverlap;
        double b1 = h + w;
        double c1 = w * h * (1 - o) / (1 + o);
        double b2 = 2 * (h + w);
        double c2 = (1 - o) * w * h;
        double a3 = 4 * o;
        double b3 = -2 * o * (h + w);
        double c3 = (o - 1) * w * h;
        double sq1 = Math.sqrt(b1 * b1 - 4 * c1);
        double sq2 = Math.sqrt(b2 * b2 - 16 * c2);
        double sq3 = Math.sqrt(b3 * b3 - 4 * a3 * c3);
        if (rule == RadiusRule.CENTERTRACK) {
            return Math.min((b1 + sq1) / 2, Math.min((b2 + sq2) / 2, (b3 + sq3) / 2));
        }
        return Math.min((b1 - sq1) / 2, Math.min((b2 - sq2) / 8, (b3 + sq3) / (2 * a3)));
    }

    /** The integer stamp radius: max(0, floor(radius)). */
    public static int stampRadius(RadiusRule rule, double height, double width, double minOverlap) {
        return Math.max(0, (int) Math.floor(radius(rule, height, width, minOverlap)));
    }

    /**
     * Draws one stamp of radius {@code r} centred at ({@code column}, {@code row}) (truncated to integers, as
     * CornerNet does) into a row-major {@code width×height} heat map, scaled by {@code k}, by maximum.
     */
    public static void stamp(float[] heatmap, int width, int height, double column, double row, int r, double k) {
        int cx = (int) column;
        int cy = (int) row;
        if (k <= 0 || cx < 0 || cy < 0 || cx >= width || cy >= height) {
            return;
        }
        double sigma = (2 * r + 1) / 6.0;
        double twoSigma2 = 2 * sigma * sigma;
        double eps = Math.ulp(1.0);
        for (int dy = -Math.min(r, cy); dy <= Math.min(r, height - 1 - cy); dy++) {
            for (int dx = -Math.min(r, cx); dx <= Math.min(r, width - 1 - cx); dx++) {
                double v = Math.exp(-(dx * dx + dy * dy) / twoSigma2);
                if (v < eps) {
                    continue;
                }
                int idx = (cy + dy) * width + cx + dx;
                float val = (float) (k * v);
                if (val > heatmap[idx]) {
                    heatmap[idx] = val;
                }
            }
        }
    }
}
