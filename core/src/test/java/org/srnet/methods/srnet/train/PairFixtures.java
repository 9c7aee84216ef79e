package org.srnet.methods.srnet.train;

import java.util.ArrayList;
import java.util.List;

import org.srnet.data.FramePair;
import org.srnet.data.PairInstance;

/** Hand-drawn frame pairs for training tests: flat coloured objects on a striped background. */
public final class PairFixtures {
    private PairFixtures() {}

    /** A disc and a square that move a few pixels between frames t−1 and t. */
    public static FramePair twoObjects(int w, int h) {
        int[][] prev = {{w / 4, h / 3}, {3 * w / 4 - 6, 2 * h / 3}};
        int[][] cur = {{w / 4 + 4, h / 3 + 2}, {3 * w / 4 - 10, 2 * h / 3 - 2}};
        return pair(w, h, prev, cur);
    }

    static FramePair pair(int w, int h, int[][] prevCentres, int[][] curCentres) {
        byte[][] prevMasks = masks(w, h, prevCentres);
        byte[][] curMasks = masks(w, h, curCentres);
        List<PairInstance> instances = new ArrayList<>();
        for (int i = 0; i < prevMasks.length; i++) {
            instances.add(new PairInstance(i + 1, i + 1, prevMasks[i], curMasks[i]));
        }
        return new FramePair(w, h, render(w, h, prevMasks), render(w, h, curMasks), instances, null);
    }

    /** Object 0 is a disc of radius 2h/9, object 1 a square of side 4h/9 (large enough that 1/4-resolution masks keep their shape). */
    static byte[][] masks(int w, int h, int[][] centres) {
        byte[][] m = new byte[centres.length][w * h];
        int r = 2 * h / 9;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx0 = x - centres[0][0];
                int dy0 = y - centres[0][1];
                if (dx0 * dx0 + dy0 * dy0 <= r * r) {
                    m[0][y * w + x] = 1;
                } else if (Math.abs(x - centres[1][0]) <= r && Math.abs(y - centres[1][1]) <= r) {
                    m[1][y * w + x] = 1;
                }
            }
        }
        return m;
    }

    static float[] render(int w, int h, byte[][] masks) {
        float[] rgb = new float[3 * w * h];
        float[][] colours = {{0.9f, 0.2f, 0.2f}, {0.2f, 0.3f, 0.9f}};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int k = y * w + x;
                float bg = ((x / 8 + y / 8) % 2 == 0) ? 0.45f : 0.55f;
                float[] c = {bg, bg, bg};
                for (int i = 0; i < masks.length; i++) {
                    if (masks[i][k] != 0) {
                        c = colours[i];
                    }
                }
                for (int ch = 0; ch < 3; ch++) {
                    rgb[ch * w * h + k] = c[ch];
                }
            }
        }
        return rgb;
    }

    /** The same pair played backwards (frame t becomes t−1), as pair synthesis does to see both orders. */
    public static FramePair reversed(FramePair p) {
        List<PairInstance> instances = new ArrayList<>();
        for (PairInstance i : p.instances()) {
            instances.add(new PairInstance(i.trackId(), i.category(), i.currentMask(), i.previousMask()));
        }
        return new FramePair(p.width(), p.height(), p.currentRgb(), p.previousRgb(), instances, null);
    }
}
