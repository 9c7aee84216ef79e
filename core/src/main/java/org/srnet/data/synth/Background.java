package org.srnet.data.synth;

import java.util.List;
import java.util.SplittableRandom;

/** The scene's backdrop, a procedural pattern in world coordinates (pixels) between two palette colours. */
final class Background {
    enum Kind { NOISE, STRIPES, TILES, GRADIENT, /** held out */ CELLS, /** held out */ WAVES }

    static final List<Kind> TRAINING = List.of(Kind.NOISE, Kind.STRIPES, Kind.TILES, Kind.GRADIENT);
    static final List<Kind> HELD_OUT = List.of(Kind.CELLS, Kind.WAVES);

    private final Kind kind;
    final float[] c1;
    final float[] c2;
    private final double scale;
    private final double angle;
    private final int seed;

    private Background(Kind kind, float[] c1, float[] c2, double scale, double angle, int seed) {
        this.kind = kind;
        this.c1 = c1;
        this.c2 = c2;
        this.scale = scale;
        this.angle = angle;
        this.seed = seed;
    }

    static Background sample(WorldSplit split, SplittableRandom rnd) {
        List<Kind> kinds = split == WorldSplit.TRAINING ? TRAINING : HELD_OUT;
        List<Palette> palettes = Palette.of(split);
        float[][] c = palettes.get(rnd.nextInt(palettes.size())).colours(rnd);
        return new Background(kinds.get(rnd.nextInt(kinds.size())), c[0], c[1], rnd.nextDouble(10, 48),
                rnd.nextDouble(Math.PI), rnd.nextInt());
    }

    Kind kind() {
        return kind;
    }

    /** The colour mix in [0, 1] at world point (x, y). */
    double at(double x, double y) {
        double n = Noise.fbm(x / scale, y / scale, 3, seed);
        return switch (kind) {
            case NOISE -> n;
            case STRIPES -> 0.6 * n + 0.4 * (Math.sin((x * Math.cos(angle) + y * Math.sin(angle)) / scale * 2.5) > 0 ? 1 : 0);
            case TILES -> {
                double s = scale * 1.5;
                double fx = x / s - Math.floor(x / s);
                double fy = y / s - Math.floor(y / s);
                boolean grout = fx < 0.06 || fy < 0.06;
                yield grout ? 0.05 : 0.3 + 0.5 * Noise.hash01((int) Math.floor(x / s), (int) Math.floor(y / s), seed) + 0.2 * n;
            }
            case GRADIENT -> 0.7 * (0.5 + 0.5 * Math.sin((x * Math.cos(angle) + y * Math.sin(angle)) / (scale * 12))) + 0.3 * n;
            case CELLS -> 0.8 * nearestCell(x / (scale * 1.5), y / (scale * 1.5)) + 0.2 * n;
            case WAVES -> 0.5 + 0.25 * Math.sin(x / scale * 2) + 0.25 * Math.sin((x * 0.6 + y) / scale * 1.7);
        };
    }

    /** Value of the nearest jittered lattice point (a Voronoi pattern). */
    private double nearestCell(double x, double y) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        double best = Double.MAX_VALUE;
        double value = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int gx = cx + dx;
                int gy = cy + dy;
                double px = gx + Noise.hash01(gx, gy, seed + 1);
                double py = gy + Noise.hash01(gx, gy, seed + 2);
                double d = (px - x) * (px - x) + (py - y) * (py - y);
                if (d < best) {
                    best = d;
                    value = Noise.hash01(gx, gy, seed + 3);
                }
            }
        }
        return value;
    }
}
