package org.srnet.data.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How the camera moves: at instant t, screen pixel (x, y) sees world point
 * centre + pan(t) + R(roll(t)) · ((x, y) − centre) / zoom(t). Static things live in the world, so they move on
 * screen exactly as the camera makes them move; only objects move relative to the world.
 */
final class CameraPath {
    enum Kind { STILL, PAN, SHAKE, ZOOM, /** held out */ ROLL, /** held out */ ROLL_ZOOM }

    static final List<Kind> TRAINING = List.of(Kind.STILL, Kind.PAN, Kind.PAN, Kind.SHAKE, Kind.ZOOM);
    static final List<Kind> HELD_OUT = List.of(Kind.ROLL, Kind.ROLL_ZOOM);

    private final Kind kind;
    private final double vx;
    private final double vy;
    private final double sway;
    private final double swayRate;
    private final double zoomRate;
    private final double rollRate;
    private final double shake;
    private final int seed;

    private CameraPath(Kind kind, double vx, double vy, double sway, double swayRate, double zoomRate, double rollRate,
            double shake, int seed) {
        this.kind = kind;
        this.vx = vx;
        this.vy = vy;
        this.sway = sway;
        this.swayRate = swayRate;
        this.zoomRate = zoomRate;
        this.rollRate = rollRate;
        this.shake = shake;
        this.seed = seed;
    }

    static CameraPath sample(WorldSplit split, SplittableRandom rnd) {
        List<Kind> kinds = split == WorldSplit.TRAINING ? TRAINING : HELD_OUT;
        Kind k = kinds.get(rnd.nextInt(kinds.size()));
        double speed = k == Kind.STILL ? 0 : rnd.nextDouble(0.3, 3);
        double dir = rnd.nextDouble(2 * Math.PI);
        boolean zooms = k == Kind.ZOOM || k == Kind.ROLL_ZOOM;
        boolean rolls = k == Kind.ROLL || k == Kind.ROLL_ZOOM;
        return new CameraPath(k, speed * Math.cos(dir), 0.6 * speed * Math.sin(dir), k == Kind.STILL ? 0 : rnd.nextDouble(0, 5),
                rnd.nextDouble(0.1, 0.4), zooms ? rnd.nextDouble(-0.012, 0.012) : 0,
                rolls ? rnd.nextDouble(0.004, 0.012) * (rnd.nextBoolean() ? 1 : -1) : 0,
                k == Kind.SHAKE ? rnd.nextDouble(1.5, 4) : 0, rnd.nextInt());
    }

    Kind kind() {
        return kind;
    }

    double panX(double t) {
        return vx * t + sway * Math.sin(swayRate * t) + shake * (Noise.value(t * 0.9, 0.5, seed) - 0.5) * 2;
    }

    double panY(double t) {
        return vy * t + 0.5 * sway * Math.cos(0.7 * swayRate * t) + shake * (Noise.value(t * 0.9, 7.5, seed) - 0.5) * 2;
    }

    double zoom(double t) {
        return Math.exp(zoomRate * t);
    }

    double roll(double t) {
        return rollRate * t;
    }
}
