package org.srnet.methods.srnet.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.srnet.geometry.MassCentre;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.PreviousHeatmap;

/**
 * Brings full-resolution ground truth to the heads' 1/4 resolution and renders the training-time H(t−1).
 */
public final class HeadTargetMaps {
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

    /**
     * H(t−1) from frame t−1's ground truth with CenterTrack's noise, so the tracking head learns not to over-trust it:
     * each instance's mass centre is jittered by N(0,1)·jitter·box size, dropped with probability {@code drop}, and
     * with probability {@code falsePositive} a second stamp is drawn near it. Stamps are drawn exactly as at
     * inference ({@link PreviousHeatmap}).
     */
    public static float[] noisyHeatmap(List<byte[]> previousMasks, int w, int h, Random rnd, double jitter, double drop,
            double falsePositive) {
        List<PreviousHeatmap.Stamp> stamps = new ArrayList<>();
        for (byte[] mask : previousMasks) {
            MassCentre c = MassCentre.of(mask, w, h);
            if (c == null) {
                continue;
            }
            int[] box = boundingBox(mask, w, h);
            double bw = box[2] - box[0] + 1;
            double bh = box[3] - box[1] + 1;
            double jx = rnd.nextGaussian() * jitter * bw;
            double jy = rnd.nextGaussian() * jitter * bh;
            boolean dropped = rnd.nextDouble() < drop;
            boolean extra = rnd.nextDouble() < falsePositive;
            if (dropped) {
                continue;
            }
            stamps.add(new PreviousHeatmap.Stamp(c.column() + jx, c.row() + jy, bw, bh, 1));
            if (extra) {
                stamps.add(new PreviousHeatmap.Stamp(c.column() + rnd.nextGaussian() * 0.05 * bw,
                        c.row() + rnd.nextGaussian() * 0.05 * bh, bw, bh, 1));
            }
        }
        InferenceOptions o = InferenceOptions.DEFAULT;
        return PreviousHeatmap.render(stamps, w, h, o.radiusRule(), o.minOverlap());
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
