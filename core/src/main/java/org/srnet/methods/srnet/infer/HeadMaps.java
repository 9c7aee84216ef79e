package org.srnet.methods.srnet.infer;

/**
 * What SRNet's heads produced for one frame, pulled to the host once: the inputs of Algorithm 1. Every map is
 * at head resolution ({@code width×height}, 1/4 of the padded network input), channel-major
 * ({@code map[c * height * width + y * width + x]}).
 *
 * @param width           head map width (padded)
 * @param height          head map height (padded)
 * @param validWidth      columns that cover the real image (the rest is padding, never seeded)
 * @param validHeight     rows that cover the real image
 * @param offsets         pixel offsets E, {@code offsetDims×H×W}: dims 0,1 are x,y in grid units, the rest are the
 *                        extra dimensions (§3.3)
 * @param offsetDims      2 + number of extra dimensions
 * @param inverseVariance the predicted bandwidth as an inverse variance b = 1/Σ², {@code 2×H×W} (x, y)
 * @param extraInverseVariance fixed inverse variances of the extra dimensions (φ as 1/φ²), length offsetDims − 2
 * @param objectiveness   objectiveness O in [0,1], {@code H×W}
 * @param tracking        tracking vectors T in grid units, {@code 2×H×W} (x, y)
 * @param categories      per-pixel class probabilities {@code (C+1)×H×W}, channel 0 = background; null in UVOS mode
 * @param numClasses      C, the number of object categories (0 in UVOS mode)
 */
public record HeadMaps(
        int width,
        int height,
        int validWidth,
        int validHeight,
        float[] offsets,
        int offsetDims,
        float[] inverseVariance,
        float[] extraInverseVariance,
        float[] objectiveness,
        float[] tracking,
        float[] categories,
        int numClasses) {

    public HeadMaps {
        int plane = width * height;
        check(offsets.length == offsetDims * plane, "offsets");
        check(inverseVariance.length == 2 * plane, "inverseVariance");
        check(extraInverseVariance.length == offsetDims - 2, "extraInverseVariance");
        check(objectiveness.length == plane, "objectiveness");
        check(tracking.length == 2 * plane, "tracking");
        check(categories == null ? numClasses == 0 : categories.length == (numClasses + 1) * plane, "categories");
        check(validWidth > 0 && validWidth <= width && validHeight > 0 && validHeight <= height, "valid region");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("HeadMaps: " + what + " has the wrong size");
        }
    }

    /** Number of pixels in one map plane. */
    public int plane() {
        return width * height;
    }
}
