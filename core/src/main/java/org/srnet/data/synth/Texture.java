package org.srnet.data.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Surface patterns, shared by objects, look-alikes and occluders: a value in [0, 1] per local point that mixes a
 * surface's two colours. Evaluated in the surface's own coordinates, so a pattern moves, turns and scales with it.
 */
enum Texture {
    FLAT, STRIPES, CHECKER, SPECKLE, RADIAL, NOISE,
    /** Held out. */
    DOTS,
    /** Held out. */
    PLAID;

    static final List<Texture> TRAINING = List.of(FLAT, STRIPES, CHECKER, SPECKLE, RADIAL, NOISE);
    static final List<Texture> HELD_OUT = List.of(DOTS, PLAID);

    static Texture sample(WorldSplit split, SplittableRandom rnd) {
        List<Texture> l = split == WorldSplit.TRAINING ? TRAINING : HELD_OUT;
        return l.get(rnd.nextInt(l.size()));
    }

    /**
     * The mix at local point (u, v).
     *
     * @param frequency pattern repeats per unit
     * @param seed the surface's seed (speckles, noise)
     */
    double at(double u, double v, double frequency, int seed) {
        return switch (this) {
            case FLAT -> 0.5 + 0.15 * (u + v);
            case STRIPES -> Math.sin((u + 0.3 * v) * frequency * Math.PI) > 0 ? 1 : 0;
            case CHECKER -> (Math.floorMod((int) Math.floor(u * frequency) + (int) Math.floor(v * frequency), 2)) == 0 ? 1 : 0;
            case SPECKLE -> Noise.hash01((int) Math.floor(u * frequency * 3), (int) Math.floor(v * frequency * 3), seed) > 0.65 ? 1 : 0;
            case RADIAL -> 0.5 + 0.5 * Math.cos(Math.hypot(u, v) * frequency * Math.PI);
            case NOISE -> Noise.fbm(u * frequency + 17, v * frequency + 31, 3, seed);
            case DOTS -> {
                double fu = u * frequency - Math.floor(u * frequency) - 0.5;
                double fv = v * frequency - Math.floor(v * frequency) - 0.5;
                yield fu * fu + fv * fv < 0.09 ? 1 : 0;
            }
            case PLAID -> 0.5 * ((Math.sin(u * frequency * Math.PI) > 0.3 ? 1 : 0) + (Math.sin(v * frequency * Math.PI) > 0.3 ? 1 : 0));
        };
    }
}
