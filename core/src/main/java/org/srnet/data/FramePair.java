package org.srnet.data;

import java.util.List;

/**
 * One training example at the training size: frames t−1 and t and the instances in them.
 *
 * @param width training width in pixels
 * @param height training height in pixels
 * @param previousRgb frame t−1 as {@code 3×H×W} channel-major R, G, B values in [0, 1]
 * @param currentRgb frame t, same layout
 * @param instances the instances present in at least one of the two frames (may be empty: a crop can hold
 *     background only)
 * @param ignoreCurrent {@code H×W} row-major, 1 = pixel to leave out of the losses (e.g. DAVIS void 255, crowd
 *     regions), or {@code null} when no pixel is ignored
 */
public record FramePair(int width, int height, float[] previousRgb, float[] currentRgb, List<PairInstance> instances,
        byte[] ignoreCurrent) {
    /** Validates every array against the size. */
    public FramePair {
        int plane = width * height;
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("invalid pair size " + width + "x" + height);
        }
        if (previousRgb.length != 3 * plane || currentRgb.length != 3 * plane) {
            throw new IllegalArgumentException("frames must hold 3x" + height + "x" + width + " values");
        }
        if (ignoreCurrent != null && ignoreCurrent.length != plane) {
            throw new IllegalArgumentException("ignore mask has " + ignoreCurrent.length + " pixels, expected " + plane);
        }
        instances = List.copyOf(instances);
        for (PairInstance i : instances) {
            byte[] m = i.previousMask() != null ? i.previousMask() : i.currentMask();
            if (m.length != plane) {
                throw new IllegalArgumentException("instance " + i.trackId() + " mask has " + m.length + " pixels, expected " + plane);
            }
        }
    }
}
