package org.srnet.methods.srnet.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.srnet.geometry.SpatialGrid;

/**
 * Head maps as a well-trained network would give them, without a network: {@code n} discs moving slowly, whose
 * pixels point at their centres with a little noise, with STEm-Seg's initial bandwidth (b = 10), two extra
 * dimensions that tell overlapping discs apart, and an objectiveness bump at each centre. The post-processing
 * benchmarks time Algorithm 1 on them and the clustering tests feed them extreme values.
 */
public final class SyntheticHeadMaps {
    private SyntheticHeadMaps() {}

    /**
     * A clip of {@code length} frames of head maps with {@code n} moving discs, as described in the class comment;
     * deterministic for a given seed.
     */
    public static List<HeadMaps> movingDiscs(InputGeometry geometry, int n, int length, long seed) {
        int w = geometry.headWidth();
        int h = geometry.headHeight();
        int vw = geometry.validWidth();
        int vh = geometry.validHeight();
        SpatialGrid grid = SpatialGrid.of(w, h);
        Random rnd = new Random(seed);
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] vx = new double[n];
        double[] vy = new double[n];
        double[] radius = new double[n];
        double[] extra = new double[n];
        double maxR = Math.max(3, Math.min(vw, vh) / (2.0 + Math.sqrt(n)));
        for (int k = 0; k < n; k++) {
            radius[k] = 3 + rnd.nextDouble() * (maxR - 3);
            cx[k] = radius[k] + rnd.nextDouble() * (vw - 2 * radius[k]);
            cy[k] = radius[k] + rnd.nextDouble() * (vh - 2 * radius[k]);
            vx[k] = rnd.nextGaussian() * 0.5;
            vy[k] = rnd.nextGaussian() * 0.5;
            // Distinct extra-dimension codes keep overlapping discs apart, as the extra dims are meant to.
            extra[k] = 0.6 * (k % 5) + 3.0 * (k / 5);
        }
        int plane = w * h;
        List<HeadMaps> clip = new ArrayList<>(length);
        for (int t = 0; t < length; t++) {
            float[] e = new float[4 * plane];
            float[] b = new float[2 * plane];
            float[] o = new float[plane];
            float[] tr = new float[2 * plane];
            Arrays.fill(b, 10f);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int p = y * w + x;
                    // Background: points far outside the grid in the extra dims, never clustered with objects.
                    e[2 * plane + p] = -100;
                    o[p] = (float) (0.05 * rnd.nextDouble());
                    for (int k = n - 1; k >= 0; k--) {
                        double px = cx[k] + vx[k] * t;
                        double py = cy[k] + vy[k] * t;
                        double d2 = (x - px) * (x - px) + (y - py) * (y - py);
                        if (d2 <= radius[k] * radius[k] && x < vw && y < vh) {
                            e[p] = (float) (grid.x(px) - grid.x(x) + 0.01 * rnd.nextGaussian());
                            e[plane + p] = (float) (grid.y(py) - grid.y(y) + 0.01 * rnd.nextGaussian());
                            e[2 * plane + p] = (float) extra[k];
                            o[p] = (float) (0.99 * Math.exp(-d2 / (2 * radius[k] * radius[k] / 4)));
                            tr[p] = (float) (-vx[k] * grid.spacingX());
                            tr[plane + p] = (float) (-vy[k] * grid.spacingY());
                            break;
                        }
                    }
                }
            }
            clip.add(new HeadMaps(w, h, vw, vh, e, 4, b, new float[] {11.11f, 11.11f}, o, tr, null, 0));
        }
        return clip;
    }
}
