package org.srnet.infer;

/**
 * The network input policy and its inverse. A frame of {@code originalWidth×originalHeight} is resized, keeping
 * its aspect ratio, to the largest size that fits {@code networkWidth×networkHeight}; it is then padded on the
 * right and bottom to a multiple of {@value #DIVISOR} (the backbone's stride); the heads run at 1/{@value #HEAD_STRIDE}
 * of the padded input. The head pixels that cover real image are the valid region,
 * {@code validWidth = ceil(resizedWidth / 4)}, {@code validHeight = ceil(resizedHeight / 4)}.
 *
 * <p>Coordinates use pixel centres at integers and the half-pixel convention of area-aligned resizing
 * (align_corners = false): original pixel x maps to head position (x + ½)·resizedWidth/(4·originalWidth) − ½.
 *
 * @param originalWidth  frame width in pixels
 * @param originalHeight frame height in pixels
 * @param resizedWidth   width after the aspect-keeping resize
 * @param resizedHeight  height after the aspect-keeping resize
 * @param paddedWidth    network input width (multiple of 32)
 * @param paddedHeight   network input height (multiple of 32)
 */
public record InputGeometry(
        int originalWidth,
        int originalHeight,
        int resizedWidth,
        int resizedHeight,
        int paddedWidth,
        int paddedHeight) {

    /** The backbone's total stride: inputs are padded to a multiple of it. */
    public static final int DIVISOR = 32;
    /** Head maps are this many times smaller than the padded input (P2, stride 4). */
    public static final int HEAD_STRIDE = 4;

    public InputGeometry {
        if (originalWidth < 1 || originalHeight < 1) {
            throw new IllegalArgumentException("InputGeometry: original size must be positive, got "
                    + originalWidth + "×" + originalHeight);
        }
        if (resizedWidth < 1 || resizedHeight < 1 || paddedWidth < resizedWidth || paddedHeight < resizedHeight
                || paddedWidth % DIVISOR != 0 || paddedHeight % DIVISOR != 0) {
            throw new IllegalArgumentException("InputGeometry: inconsistent sizes resized " + resizedWidth + "×"
                    + resizedHeight + ", padded " + paddedWidth + "×" + paddedHeight);
        }
    }

    /**
     * The geometry of a frame fitted into a network size: scale = min(networkWidth/originalWidth,
     * networkHeight/originalHeight), resized sides rounded (at least 1), then padded up to a multiple of 32.
     */
    public static InputGeometry fit(int originalWidth, int originalHeight, int networkWidth, int networkHeight) {
        if (networkWidth < 1 || networkHeight < 1) {
            throw new IllegalArgumentException("InputGeometry: network size must be positive, got "
                    + networkWidth + "×" + networkHeight);
        }
        if (originalWidth < 1 || originalHeight < 1) {
            throw new IllegalArgumentException("InputGeometry: original size must be positive, got "
                    + originalWidth + "×" + originalHeight);
        }
        double scale = Math.min((double) networkWidth / originalWidth, (double) networkHeight / originalHeight);
        int rw = Math.max(1, Math.min(networkWidth, (int) Math.round(originalWidth * scale)));
        int rh = Math.max(1, Math.min(networkHeight, (int) Math.round(originalHeight * scale)));
        return new InputGeometry(originalWidth, originalHeight, rw, rh, roundUp(rw), roundUp(rh));
    }

    private static int roundUp(int v) {
        return (v + DIVISOR - 1) / DIVISOR * DIVISOR;
    }

    /** Head map width (padded input / 4). */
    public int headWidth() {
        return paddedWidth / HEAD_STRIDE;
    }

    /** Head map height (padded input / 4). */
    public int headHeight() {
        return paddedHeight / HEAD_STRIDE;
    }

    /** Head columns covering real image: ceil(resizedWidth / 4). */
    public int validWidth() {
        return (resizedWidth + HEAD_STRIDE - 1) / HEAD_STRIDE;
    }

    /** Head rows covering real image: ceil(resizedHeight / 4). */
    public int validHeight() {
        return (resizedHeight + HEAD_STRIDE - 1) / HEAD_STRIDE;
    }

    /** The (fractional) head column of original column {@code x}. */
    public double headX(double x) {
        return (x + 0.5) * resizedWidth / ((double) HEAD_STRIDE * originalWidth) - 0.5;
    }

    /** The (fractional) head row of original row {@code y}. */
    public double headY(double y) {
        return (y + 0.5) * resizedHeight / ((double) HEAD_STRIDE * originalHeight) - 0.5;
    }

    /** The (fractional) original column of head column {@code hx}; inverse of {@link #headX}. */
    public double originalX(double hx) {
        return (hx + 0.5) * HEAD_STRIDE * originalWidth / resizedWidth - 0.5;
    }

    /** The (fractional) original row of head row {@code hy}; inverse of {@link #headY}. */
    public double originalY(double hy) {
        return (hy + 0.5) * HEAD_STRIDE * originalHeight / resizedHeight - 0.5;
    }

    /**
     * Brings a head-resolution 0/1 mask back to the original frame: the padding is cropped (only the valid region
     * is sampled), the mask is sampled bilinearly at {@link #headX}/{@link #headY} (clamped to the valid region) and
     * thresholded at &gt; 0.5, the same threshold as Alg. 1 l. 8 (STEm-Seg brings its masks back the same way).
     * Bilinear-then-threshold rounds convex corners: at an exact 4× scale the outermost corner pixel of a block
     * interpolates to 0.625² ≈ 0.39 and is dropped, while straight edges stay where the head pixels put them.
     *
     * @param headMask row-major {@code headWidth×headHeight} mask (non-zero = foreground)
     * @return row-major {@code originalWidth×originalHeight} mask of 0/1
     */
    public byte[] toOriginal(byte[] headMask) {
        int hw = headWidth();
        if (headMask.length != hw * headHeight()) {
            throw new IllegalArgumentException("mask has " + headMask.length + " pixels, expected head size "
                    + hw + "×" + headHeight());
        }
        int vw = validWidth();
        int vh = validHeight();
        int[] xa = new int[originalWidth];
        int[] xb = new int[originalWidth];
        float[] fx = new float[originalWidth];
        axis(originalWidth, vw, this::headX, xa, xb, fx);
        int[] ya = new int[originalHeight];
        int[] yb = new int[originalHeight];
        float[] fy = new float[originalHeight];
        axis(originalHeight, vh, this::headY, ya, yb, fy);

        // Only head rows that hold foreground can produce foreground; skip the rest cheaply.
        boolean[] rowHas = new boolean[vh];
        for (int r = 0; r < vh; r++) {
            for (int c = 0, p = r * hw; c < vw; c++, p++) {
                if (headMask[p] != 0) {
                    rowHas[r] = true;
                    break;
                }
            }
        }
        byte[] out = new byte[originalWidth * originalHeight];
        for (int y = 0; y < originalHeight; y++) {
            int r0 = ya[y];
            int r1 = yb[y];
            if (!rowHas[r0] && !rowHas[r1]) {
                continue;
            }
            float wy = fy[y];
            int base0 = r0 * hw;
            int base1 = r1 * hw;
            for (int x = 0, o = y * originalWidth; x < originalWidth; x++, o++) {
                float wx = fx[x];
                float top = (headMask[base0 + xa[x]] != 0 ? 1 - wx : 0) + (headMask[base0 + xb[x]] != 0 ? wx : 0);
                float bottom = (headMask[base1 + xa[x]] != 0 ? 1 - wx : 0) + (headMask[base1 + xb[x]] != 0 ? wx : 0);
                if (top * (1 - wy) + bottom * wy > 0.5f) {
                    out[o] = 1;
                }
            }
        }
        return out;
    }

    private static void axis(int n, int valid, java.util.function.DoubleUnaryOperator map, int[] a, int[] b, float[] f) {
        for (int i = 0; i < n; i++) {
            double h = Math.min(Math.max(map.applyAsDouble(i), 0), valid - 1);
            int lo = (int) h;
            a[i] = lo;
            b[i] = Math.min(lo + 1, valid - 1);
            f[i] = (float) (h - lo);
        }
    }
}
