package org.srnet.data;

/** Colour jitter and motion blur for synthesized frames, in place on {@code 3×H×W} images in [0, 1]. */
final class Photometric {
    private Photometric() {}

    /** Adds {@code brightness} to every channel, rotates hue by {@code hueDegrees}, adds {@code saturation}. */
    static void jitter(float[] rgb, int w, int h, double brightness, double hueDegrees, double saturation) {
        int plane = w * h;
        for (int i = 0; i < plane; i++) {
            double r = rgb[i];
            double g = rgb[plane + i];
            double b = rgb[2 * plane + i];
            double max = Math.max(r, Math.max(g, b));
            double min = Math.min(r, Math.min(g, b));
            double v = max;
            double delta = max - min;
            double s = max <= 0 ? 0 : delta / max;
            double hue;
            if (delta <= 0) {
                hue = 0;
            } else if (max == r) {
                hue = 60 * (((g - b) / delta) % 6);
            } else if (max == g) {
                hue = 60 * ((b - r) / delta + 2);
            } else {
                hue = 60 * ((r - g) / delta + 4);
            }
            hue += hueDegrees;
            s = clamp01(s + saturation);
            double hh = ((hue % 360) + 360) % 360 / 60;
            int k = (int) Math.floor(hh);
            double f = hh - k;
            double p = v * (1 - s);
            double q = v * (1 - s * f);
            double t = v * (1 - s * (1 - f));
            double nr;
            double ng;
            double nb;
            switch (k) {
                case 0 -> { nr = v; ng = t; nb = p; }
                case 1 -> { nr = q; ng = v; nb = p; }
                case 2 -> { nr = p; ng = v; nb = t; }
                case 3 -> { nr = p; ng = q; nb = v; }
                case 4 -> { nr = t; ng = p; nb = v; }
                default -> { nr = v; ng = p; nb = q; }
            }
            rgb[i] = (float) clamp01(nr + brightness);
            rgb[plane + i] = (float) clamp01(ng + brightness);
            rgb[2 * plane + i] = (float) clamp01(nb + brightness);
        }
    }

    /** Linear motion blur: the mean of {@code length} samples along {@code angle}, edges clamped. */
    static float[] motionBlur(float[] rgb, int w, int h, int length, double angle) {
        float[] out = new float[rgb.length];
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        int half = length / 2;
        int plane = w * h;
        for (int c = 0; c < 3; c++) {
            int base = c * plane;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float sum = 0;
                    for (int k = -half; k <= half; k++) {
                        int sx = clamp((int) Math.round(x + k * dx), w);
                        int sy = clamp((int) Math.round(y + k * dy), h);
                        sum += rgb[base + sy * w + sx];
                    }
                    out[base + y * w + x] = sum / (2 * half + 1);
                }
            }
        }
        return out;
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : v >= n ? n - 1 : v;
    }
}
