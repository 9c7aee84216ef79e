package org.srnet.train;

import java.util.List;
import java.util.Random;

import org.srnet.geometry.GaussianHeatmap;
import org.srnet.geometry.MassCentre;

/**
 * Brings full-resolution ground truth to the heads' 1/4 resolution and renders the training-time H(t−1).
 */
public final class HeadTargetMaps {
    /** The stamp radius rule and overlap shared with inference (CenterTrack's, IoU 0.7). */
    public static final GaussianHeatmap.RadiusRule RADIUS_RULE = GaussianHeatmap.RadiusRule.CENTERTRACK;
    public static final double MIN_OVERLAP = 0.7;

    private HeadTargetMaps() {}

    /**
     * A 0/1 mask downsampled by {@code factor}: a head pixel is set when at least half of the input pixels it covers
     * are (the area rule; STEm-Seg's bilinear + truncation erodes slightly instead).
     */
    public static byte[] downsample(byte[] mask, int width, int height, int factor) {
        int w = (width + factor - 1) / factor;
        int h = (height + factor - 1) / factor;
        int[] counts = new int[w * h];
        int[] totals = new int[w * h];
        for (int y = 0; y < height; y++) {
            int row = (y / factor) * w;
            for (int x = 0; x < width; x++) {
                int k = row + x / factor;
                totals[k]++;
                if (mask[y * width + x] != 0) {
                    counts[k]++;
                }
            }
        }
        byte[] out = new byte[w * h];
        for (int k = 0; k < out.length; k++) {
            out[k] = (byte) (2 * counts[k] >= totals[k] && counts[k] > 0 ? 1 : 0);
        }
        return out;
    }

    /** One Gaussian stamp at an instance's mass centre, radius from its bounding box (as at inference). */
    public static void stampInstance(float[] heatmap, int w, int h, byte[] mask, double jitterX, double jitterY) {
        MassCentre c = MassCentre.of(mask, w, h);
        if (c == null) {
            return;
        }
        int[] box = boundingBox(mask, w, h);
        int r = GaussianHeatmap.stampRadius(RADIUS_RULE, box[3] - box[1] + 1, box[2] - box[0] + 1, MIN_OVERLAP);
        GaussianHeatmap.stamp(heatmap, w, h, c.column() + jitterX, c.row() + jitterY, r, 1);
    }

    /**
     * H(t−1) from frame t−1's ground truth with CenterTrack's noise, so the tracking head learns not to over-trust it:
     * each instance's centre is jittered by N(0,1)·jitter·box size, dropped with probability {@code drop}, and with
     * probability {@code falsePositive} a second stamp is drawn near it.
     */
    public static float[] noisyHeatmap(List<byte[]> previousMasks, int w, int h, Random rnd, double jitter, double drop,
            double falsePositive) {
        float[] heat = new float[w * h];
        for (byte[] mask : previousMasks) {
            int[] box = boundingBox(mask, w, h);
            if (box == null) {
                continue;
            }
            double bw = box[2] - box[0] + 1;
            double bh = box[3] - box[1] + 1;
            double jx = rnd.nextGaussian() * jitter * bw;
            double jy = rnd.nextGaussian() * jitter * bh;
            boolean dropped = rnd.nextDouble() < drop;
            boolean extra = rnd.nextDouble() < falsePositive;
            if (dropped) {
                continue;
            }
            stampInstance(heat, w, h, mask, jx, jy);
            if (extra) {
                stampInstance(heat, w, h, mask, rnd.nextGaussian() * 0.05 * bw, rnd.nextGaussian() * 0.05 * bh);
            }
        }
        return heat;
    }

    /** {x0, y0, x1, y1} (inclusive) of the non-zero pixels, or null for an empty mask. */
    public static int[] boundingBox(byte[] mask, int w, int h) {
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (mask[y * w + x] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }
}
