package org.srnet.data.synth;

import java.util.SplittableRandom;

/** A texture between two colours: how every surface of the world (objects, look-alikes, occluders) is painted. */
record Surface(Texture texture, String palette, float[] c1, float[] c2, double frequency, int seed) {

    /** The palette name of a camouflaged surface (its colours are the background's). */
    static final String CAMOUFLAGE = "camouflage";

    /** A surface drawn from the world's textures and palettes; every kind of thing draws from the same ones. */
    static Surface sample(WorldSplit split, SplittableRandom rnd) {
        Palette p = Palette.of(split).get(rnd.nextInt(Palette.of(split).size()));
        float[][] c = p.colours(rnd);
        return new Surface(Texture.sample(split, rnd), p.name(), c[0], c[1], rnd.nextDouble(1.5, 4.5), rnd.nextInt());
    }

    /** A camouflaged surface: a texture of the split between two colours near the background's own. */
    static Surface camouflage(WorldSplit split, float[] bg1, float[] bg2, SplittableRandom rnd) {
        return new Surface(Texture.sample(split, rnd), CAMOUFLAGE, jitter(bg1, 0.06, rnd), jitter(bg2, 0.08, rnd), rnd.nextDouble(1.5, 3), rnd.nextInt());
    }

    /** Writes the colour at local point (u, v) into {@code rgb} at {@code p} (channel-major, plane size {@code plane}). */
    void paint(double u, double v, float[] rgb, int p, int plane) {
        float m = (float) texture.at(u, v, frequency, seed);
        for (int c = 0; c < 3; c++) {
            rgb[c * plane + p] = c2[c] + (c1[c] - c2[c]) * m;
        }
    }

    private static float[] jitter(float[] c, double amount, SplittableRandom rnd) {
        float[] o = new float[3];
        for (int i = 0; i < 3; i++) {
            o[i] = (float) Math.min(1, Math.max(0, c[i] + rnd.nextDouble(-amount, amount)));
        }
        return o;
    }
}
