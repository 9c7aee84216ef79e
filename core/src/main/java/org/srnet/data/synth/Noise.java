package org.srnet.data.synth;

/** Deterministic lattice value noise and fractal sums of it, for procedural textures. */
final class Noise {
    private Noise() {}

    /** A hash of integer lattice coordinates and a seed to [0, 1). */
    static double hash01(int x, int y, int seed) {
        long h = x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL ^ seed * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 32;
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Smoothly interpolated value noise in [0, 1] at (x, y), one lattice cell per unit. */
    static double value(double x, double y, int seed) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double sx = fx * fx * (3 - 2 * fx);
        double sy = fy * fy * (3 - 2 * fy);
        double a = hash01(x0, y0, seed);
        double b = hash01(x0 + 1, y0, seed);
        double c = hash01(x0, y0 + 1, seed);
        double d = hash01(x0 + 1, y0 + 1, seed);
        return (a + (b - a) * sx) + ((c + (d - c) * sx) - (a + (b - a) * sx)) * sy;
    }

    /** Fractal sum of {@code octaves} noise layers, each twice the frequency and half the weight; in [0, 1]. */
    static double fbm(double x, double y, int octaves, int seed) {
        double sum = 0;
        double weight = 0.5;
        double norm = 0;
        for (int o = 0; o < octaves; o++) {
            sum += weight * value(x, y, seed + 31 * o);
            norm += weight;
            x *= 2;
            y *= 2;
            weight *= 0.5;
        }
        return sum / norm;
    }

    /** HSV (hue in degrees, s and v in [0, 1]) to RGB in [0, 1]. */
    static float[] hsv(double h, double s, double v) {
        h = ((h % 360) + 360) % 360 / 60;
        int i = (int) Math.floor(h);
        double f = h - i;
        double p = v * (1 - s);
        double q = v * (1 - s * f);
        double t = v * (1 - s * (1 - f));
        double[] rgb = switch (i) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
        return new float[] {(float) rgb[0], (float) rgb[1], (float) rgb[2]};
    }
}
