package org.srnet.data.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A colour distribution. Objects, painted look-alikes, static occluders and backgrounds all draw their colours
 * from the same palettes, so colour and saturation say nothing about what is an object.
 *
 * @param name for the generator's record
 * @param hueSpread the second colour's hue differs from the first by up to this many degrees ({@code 180} +
 *                  spread for complementary palettes, marked by {@code complementary})
 */
record Palette(String name, double hueMin, double hueMax, double satMin, double satMax, double valMin, double valMax,
        double hueSpread, boolean complementary) {

    static final List<Palette> TRAINING = List.of(
            new Palette("vivid", 0, 360, 0.55, 1, 0.55, 1, 30, false),
            new Palette("pastel", 0, 360, 0.1, 0.4, 0.7, 1, 40, false),
            new Palette("dark", 0, 360, 0.3, 0.9, 0.15, 0.45, 30, false),
            new Palette("earth", 15, 70, 0.25, 0.7, 0.25, 0.75, 15, false),
            new Palette("grey", 0, 360, 0, 0.08, 0.1, 0.95, 0, false));

    static final List<Palette> HELD_OUT = List.of(
            new Palette("complementary", 0, 360, 0.5, 0.95, 0.4, 0.95, 20, true),
            new Palette("sepia", 25, 45, 0.2, 0.5, 0.1, 0.95, 8, false));

    static List<Palette> of(WorldSplit split) {
        return split == WorldSplit.TRAINING ? TRAINING : HELD_OUT;
    }

    /** Two colours of this palette (RGB in [0, 1]): a texture mixes between them. */
    float[][] colours(SplittableRandom rnd) {
        double hue = rnd.nextDouble(hueMin, hueMax + 1e-9);
        float[] a = Noise.hsv(hue, rnd.nextDouble(satMin, satMax + 1e-9), rnd.nextDouble(valMin, valMax + 1e-9));
        double hue2 = hue + (complementary ? 180 : 0) + (hueSpread > 0 ? rnd.nextDouble(-hueSpread, hueSpread) : 0);
        float[] b = Noise.hsv(hue2, rnd.nextDouble(satMin, satMax + 1e-9), rnd.nextDouble(valMin, valMax + 1e-9));
        return new float[][] {a, b};
    }
}
