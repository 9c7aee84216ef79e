package org.srnet.methods.srnet.infer;

import org.srnet.mask.Rle;

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
        Window win = window(headMask);
        byte[] out = new byte[originalWidth * originalHeight];
        for (int r = 0; r < win.height; r++) {
            System.arraycopy(win.mask, r * win.width, out, (win.y0 + r) * originalWidth + win.x0, win.width);
        }
        return out;
    }

    /**
     * {@link #toOriginal} encoded as COCO RLE, computed from the mask's neighbourhood only (much faster than
     * encoding the full-size mask when objects are small).
     */
    public Rle toOriginalRle(byte[] headMask) {
        Window win = window(headMask);
        return Rle.encodeWindow(win.mask, win.x0, win.y0, win.width, win.height, originalHeight, originalWidth);
    }

    /** The upsampled mask inside the only window of the original frame where it can be non-zero. */
    private record Window(int x0, int y0, int width, int height, byte[] mask) {}

    private Window window(byte[] headMask) {
        int hw = headWidth();
        if (headMask.length != hw * headHeight()) {
            throw new IllegalArgumentException("mask has " + headMask.length + " pixels, expected head size "
                    + hw + "×" + headHeight());
        }
        int vw = validWidth();
        int vh = validHeight();
        // Only original pixels within one head pixel of the mask's bounding box can reach 0.5: visit just those.
        int bx0 = vw;
        int by0 = vh;
        int bx1 = -1;
        int by1 = -1;
        for (int r = 0; r < vh; r++) {
            for (int c = 0, p = r * hw; c < vw; c++, p++) {
                if (headMask[p] != 0) {
                    bx0 = Math.min(bx0, c);
                    bx1 = Math.max(bx1, c);
                    by0 = Math.min(by0, r);
                    by1 = Math.max(by1, r);
                }
            }
        }
        if (bx1 < 0) {
            return new Window(0, 0, 0, 0, new byte[0]);
        }
        int ox0 = clamp((int) Math.floor(originalX(bx0 - 1)), originalWidth);
        int ox1 = clamp((int) Math.ceil(originalX(bx1 + 1)), originalWidth);
        int oy0 = clamp((int) Math.floor(originalY(by0 - 1)), originalHeight);
        int oy1 = clamp((int) Math.ceil(originalY(by1 + 1)), originalHeight);
        int ww = ox1 - ox0 + 1;
        int wh = oy1 - oy0 + 1;
        int[] xa = new int[ww];
        int[] xb = new int[ww];
        float[] fx = new float[ww];
        for (int i = 0; i < ww; i++) {
            double h = Math.min(Math.max(headX(ox0 + i), 0), vw - 1);
            xa[i] = (int) h;
            xb[i] = Math.min(xa[i] + 1, vw - 1);
            fx[i] = (float) (h - xa[i]);
        }
        byte[] out = new byte[ww * wh];
        for (int j = 0; j < wh; j++) {
            double hy = Math.min(Math.max(headY(oy0 + j), 0), vh - 1);
            int r0 = (int) hy;
            int r1 = Math.min(r0 + 1, vh - 1);
            float wy = (float) (hy - r0);
            int base0 = r0 * hw;
            int base1 = r1 * hw;
            for (int i = 0, o = j * ww; i < ww; i++, o++) {
                float wx = fx[i];
                float top = (headMask[base0 + xa[i]] != 0 ? 1 - wx : 0) + (headMask[base0 + xb[i]] != 0 ? wx : 0);
                float bottom = (headMask[base1 + xa[i]] != 0 ? 1 - wx : 0) + (headMask[base1 + xb[i]] != 0 ? wx : 0);
                if (top * (1 - wy) + bottom * wy > 0.5f) {
                    out[o] = 1;
                }
            }
        }
        return new Window(ox0, oy0, ww, wh, out);
    }

    private static int clamp(int v, int n) {
        return Math.min(Math.max(v, 0), n - 1);
    }
}
