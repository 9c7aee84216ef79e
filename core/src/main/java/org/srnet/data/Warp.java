package org.srnet.data;

import org.srnet.image.RgbImage;

/**
 * Resampling through an output→source {@link Affine}: bilinear for images, nearest for masks, so that a mask
 * stays exactly on the pixels of its object. Pixels that map outside the source get the fill value (images)
 * or 0 (masks).
 */
final class Warp {
    /** Grey fill for pixels from outside the source (STEm uses the mean colour; 0.5 is neutral in [0, 1]). */
    static final float FILL = 0.5f;

    private Warp() {}

    /** Bilinear resampling of a {@code 3×sh×sw} image into {@code 3×h×w}. */
    static float[] image(RgbImage src, Affine outToSrc, int w, int h) {
        int sw = src.width();
        int sh = src.height();
        float[] s = src.data();
        float[] out = new float[3 * w * h];
        int plane = w * h;
        int splane = sw * sh;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double fx = outToSrc.x(x + .5, y + .5) - .5;
                double fy = outToSrc.y(x + .5, y + .5) - .5;
                int p = y * w + x;
                if (fx < -.5 || fy < -.5 || fx > sw - .5 || fy > sh - .5) {
                    out[p] = FILL;
                    out[plane + p] = FILL;
                    out[2 * plane + p] = FILL;
                    continue;
                }
                int x0 = (int) Math.floor(fx);
                int y0 = (int) Math.floor(fy);
                float ax = (float) (fx - x0);
                float ay = (float) (fy - y0);
                int xa = clamp(x0, sw);
                int xb = clamp(x0 + 1, sw);
                int ya = clamp(y0, sh);
                int yb = clamp(y0 + 1, sh);
                for (int c = 0; c < 3; c++) {
                    int base = c * splane;
                    float top = s[base + ya * sw + xa] + (s[base + ya * sw + xb] - s[base + ya * sw + xa]) * ax;
                    float bot = s[base + yb * sw + xa] + (s[base + yb * sw + xb] - s[base + yb * sw + xa]) * ax;
                    out[c * plane + p] = top + (bot - top) * ay;
                }
            }
        }
        return out;
    }

    /** Nearest resampling of a row-major {@code sh×sw} mask into {@code h×w}; returns null if nothing is set. */
    static byte[] mask(byte[] src, int sw, int sh, Affine outToSrc, int w, int h) {
        if (src == null) {
            return null;
        }
        byte[] out = new byte[w * h];
        boolean any = false;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = (int) Math.floor(outToSrc.x(x + .5, y + .5));
                int sy = (int) Math.floor(outToSrc.y(x + .5, y + .5));
                if (sx >= 0 && sy >= 0 && sx < sw && sy < sh && src[sy * sw + sx] != 0) {
                    out[y * w + x] = 1;
                    any = true;
                }
            }
        }
        return any ? out : null;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : v >= n ? n - 1 : v;
    }
}
