package org.srnet.data.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.srnet.image.RgbImage;

/**
 * One world of the synthetic benchmark, from which any frame can be rendered on its own (so a training stream
 * renders only the two frames of a pair).
 *
 * <p>What makes an object an object here is motion relative to the world: objects and static look-alikes draw
 * silhouettes, textures and colours from the same distributions, and the look-alikes (painted behind the objects,
 * or standing in front of them as occluders) move on screen only as the camera makes them move. Objects roam or
 * cross the view, may pause for a few frames (and stay objects), enter and leave. Thin bars occlude; some objects
 * wear the background's colours. The camera pans, shakes, zooms or rolls; light changes over time and across the
 * frame; frames may be defocused, motion blurred (three instants averaged) and are noisy.
 */
public final class Scene {
    private static final double CAMOUFLAGE_PROBABILITY = 0.12;
    private static final double PAUSE_PROBABILITY = 0.3;
    private static final double BLUR_PROBABILITY = 0.15;

    /** Something drawn: an object (it moves in the world) or a static look-alike / occluder ({@code motion == null}). */
    private static final class Thing {
        ShapeFamily family;
        Silhouette shape;
        Surface surface;
        double radius;
        double angle0;
        double spin;
        double scaleRate;
        Motion motion;
        double x0;
        double y0;
        int first;
        int last;
    }

    /** An object's path in world coordinates, with an optional pause during which it holds still entirely. */
    private static final class Motion {
        boolean crossing;
        double cx, cy, ax, ay, wx, wy, px, py; // roaming: Lissajous
        double sx, sy, vx, vy; // crossing: start and velocity
        double pauseStart = Double.MAX_VALUE;
        double pauseLength;

        /** The object's own clock: it stops during the pause. */
        double clock(double t) {
            if (t < pauseStart) {
                return t;
            }
            return t < pauseStart + pauseLength ? pauseStart : t - pauseLength;
        }

        double x(double t) {
            return crossing ? sx + vx * t : cx + ax * Math.sin(wx * t + px);
        }

        double y(double t) {
            return crossing ? sy + vy * t : cy + ay * Math.sin(wy * t + py);
        }
    }

    private final int width;
    private final int height;
    private final int frameCount;
    private final long seed;
    private final Background background;
    private final CameraPath camera;
    private final List<Thing> painted = new ArrayList<>();
    private final List<Thing> objects = new ArrayList<>();
    private final List<Thing> front = new ArrayList<>();
    private final double noise;
    private final boolean defocus;
    private final double flickerAmplitude;
    private final double flickerRate;
    private final double lightX;
    private final double lightY;
    private final float jpegQuality;

    /** Samples the world of {@code seed} from the families of {@code split}; frames are rendered on demand. */
    public Scene(int width, int height, int frameCount, long seed, WorldSplit split) {
        this.width = width;
        this.height = height;
        this.frameCount = frameCount;
        this.seed = seed;
        SplittableRandom rnd = new SplittableRandom(seed);
        background = Background.sample(split, rnd);
        camera = CameraPath.sample(split, rnd);
        int minSide = Math.min(width, height);
        int lookAlikes = 1 + rnd.nextInt(4);
        for (int i = 0; i < lookAlikes; i++) {
            painted.add(still(split, rnd, minSide));
        }
        int objectCount = 1 + rnd.nextInt(4) + (rnd.nextDouble() < 0.25 ? 1 : 0);
        for (int i = 0; i < objectCount; i++) {
            objects.add(object(split, rnd, minSide, i == 0));
        }
        int frontCount = rnd.nextInt(3);
        for (int i = 0; i < frontCount; i++) {
            front.add(rnd.nextBoolean() ? still(split, rnd, minSide) : bar(split, rnd));
        }
        noise = rnd.nextDouble(0.005, 0.03);
        defocus = rnd.nextDouble() < 0.15;
        flickerAmplitude = rnd.nextDouble(0, 0.12);
        flickerRate = rnd.nextDouble(0.05, 0.5);
        double lightAngle = rnd.nextDouble(2 * Math.PI);
        double light = rnd.nextDouble(0, 0.25);
        lightX = light * Math.cos(lightAngle);
        lightY = light * Math.sin(lightAngle);
        jpegQuality = (float) rnd.nextDouble(0.55, 0.92);
    }

    /** Number of objects (some may never be visible). */
    public int objectCount() {
        return objects.size();
    }

    /**
     * The families this scene drew, as {@code kind:name} (camera, background, and each surface's texture and
     * palette), so a test can check that a split never draws another's.
     */
    java.util.Set<String> families() {
        java.util.Set<String> f = new java.util.TreeSet<>();
        f.add("camera:" + camera.kind());
        f.add("background:" + background.kind());
        for (List<Thing> layer : List.of(painted, objects, front)) {
            for (Thing t : layer) {
                f.add("texture:" + t.surface.texture());
                if (!t.surface.palette().equals(Surface.CAMOUFLAGE)) {
                    f.add("palette:" + t.surface.palette());
                }
            }
        }
        return f;
    }

    /** The category of object {@code i} (0-based, the index in the label maps minus one). */
    public ShapeFamily family(int i) {
        return objects.get(i).family;
    }

    float jpegQuality() {
        return jpegQuality;
    }

    /** A rendered frame and, per pixel, the visible object (index + 1, 0 = none) at the frame's central instant. */
    public record Frame(RgbImage image, int[] objectAt) {}

    /** Renders frame {@code f}; the result depends on the scene and {@code f} only. */
    public Frame render(int f) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + f * 7919L + 1);
        int plane = width * height;
        boolean blur = rnd.nextDouble() < BLUR_PROBABILITY;
        float[] acc = new float[3 * plane];
        float[] rgb = new float[3 * plane];
        int[] objectAt = new int[plane];
        int[] scratch = new int[plane];
        double[] instants = blur ? new double[] {f - 0.4, f, f + 0.4} : new double[] {f};
        for (double t : instants) {
            renderInstant(t, f, rgb, t == f ? objectAt : scratch);
            for (int i = 0; i < acc.length; i++) {
                acc[i] += rgb[i] / instants.length;
            }
        }
        if (defocus) {
            acc = boxBlur(acc, width, height);
        }
        double brightness = 1 + flickerAmplitude * Math.sin(flickerRate * f);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double light = brightness * (1 + lightX * (x - width / 2.0) / width + lightY * (y - height / 2.0) / height);
                int p = y * width + x;
                for (int c = 0; c < 3; c++) {
                    int i = c * plane + p;
                    acc[i] = (float) Math.min(1, Math.max(0, acc[i] * light + noise * rnd.nextGaussian()));
                }
            }
        }
        return new Frame(new RgbImage(width, height, acc), objectAt);
    }

    private Thing still(WorldSplit split, SplittableRandom rnd, int minSide) {
        Thing t = shaped(split, rnd, minSide);
        // Somewhere in view at mid-video.
        double mid = frameCount / 2.0;
        double[] w = toWorld(rnd.nextDouble(0.05, 0.95) * width, rnd.nextDouble(0.05, 0.95) * height, mid);
        t.x0 = w[0];
        t.y0 = w[1];
        t.first = 0;
        t.last = frameCount - 1;
        return t;
    }

    /** A thin pole or wire across the view: a long, 2–6 pixel wide occluder. */
    private Thing bar(WorldSplit split, SplittableRandom rnd) {
        Thing t = new Thing();
        double length = Math.max(width, height) * 1.6;
        double halfWidth = rnd.nextDouble(1, 3) / (length / 2);
        t.shape = (u, v) -> Math.abs(v) <= halfWidth && Math.abs(u) <= 1;
        t.surface = Surface.sample(split, rnd);
        t.radius = length / 2;
        t.angle0 = rnd.nextDouble(-0.5, 0.5) + (rnd.nextBoolean() ? 0 : Math.PI / 2);
        double[] w = toWorld(rnd.nextDouble(0.1, 0.9) * width, rnd.nextDouble(0.1, 0.9) * height, frameCount / 2.0);
        t.x0 = w[0];
        t.y0 = w[1];
        t.last = frameCount - 1;
        return t;
    }

    private Thing shaped(WorldSplit split, SplittableRandom rnd, int minSide) {
        Thing t = new Thing();
        t.family = ShapeFamily.values()[rnd.nextInt(ShapeFamily.values().length)];
        t.shape = t.family.sample(split, rnd);
        t.surface = Surface.sample(split, rnd);
        t.radius = rnd.nextDouble(0.06, 0.22) * minSide;
        t.angle0 = rnd.nextDouble(2 * Math.PI);
        return t;
    }

    private Thing object(WorldSplit split, SplittableRandom rnd, int minSide, boolean fromStart) {
        Thing o = shaped(split, rnd, minSide);
        if (rnd.nextDouble() < CAMOUFLAGE_PROBABILITY) {
            o.surface = Surface.camouflage(split, background.c1, background.c2, rnd);
        }
        o.spin = rnd.nextDouble(-0.08, 0.08);
        o.scaleRate = rnd.nextDouble(-0.02, 0.02);
        o.first = 0;
        o.last = frameCount - 1;
        Motion m = new Motion();
        if (!fromStart && rnd.nextDouble() < 0.3) {
            // Crossing: enters through one border and leaves through the opposite one (in world terms).
            m.crossing = true;
            double speed = (width + 2 * o.radius) / (frameCount * rnd.nextDouble(0.6, 1.6));
            double dir = rnd.nextDouble(-0.5, 0.5) + (rnd.nextBoolean() ? 0 : Math.PI);
            m.vx = speed * Math.cos(dir);
            m.vy = speed * Math.sin(dir) * 0.6;
            double startT = rnd.nextDouble(-0.3, 0.4) * frameCount;
            double x0 = m.vx > 0 ? -o.radius : width + o.radius;
            m.sx = x0 - m.vx * startT;
            m.sy = rnd.nextDouble(0.2, 0.8) * height - m.vy * (frameCount / 2.0);
        } else {
            // Roaming: amplitudes and rates large enough that the object visibly moves against the world.
            double[] c = toWorld(rnd.nextDouble(0.25, 0.75) * width, rnd.nextDouble(0.25, 0.75) * height, frameCount / 2.0);
            m.cx = c[0];
            m.cy = c[1];
            m.ax = rnd.nextDouble(0.1, 0.3) * width;
            m.ay = rnd.nextDouble(0.08, 0.3) * height;
            m.wx = rnd.nextDouble(0.06, 0.16);
            m.wy = rnd.nextDouble(0.06, 0.16);
            m.px = rnd.nextDouble(2 * Math.PI);
            m.py = rnd.nextDouble(2 * Math.PI);
            if (!fromStart && rnd.nextDouble() < 0.2) {
                o.first = rnd.nextInt(1, Math.max(2, frameCount / 2));
            }
            if (rnd.nextDouble() < 0.2) {
                o.last = rnd.nextInt(Math.min(frameCount - 1, o.first + 3), frameCount);
            }
        }
        if (rnd.nextDouble() < PAUSE_PROBABILITY && frameCount > 8) {
            m.pauseStart = rnd.nextInt(2, frameCount - 4);
            m.pauseLength = rnd.nextInt(3, 7);
        }
        o.motion = m;
        return o;
    }

    /** The world point that screen point (x, y) shows at instant t. */
    private double[] toWorld(double x, double y, double t) {
        double cx = width / 2.0;
        double cy = height / 2.0;
        double z = camera.zoom(t);
        double r = camera.roll(t);
        double dx = (x - cx) / z;
        double dy = (y - cy) / z;
        return new double[] {
            cx + camera.panX(t) + Math.cos(r) * dx - Math.sin(r) * dy,
            cy + camera.panY(t) + Math.sin(r) * dx + Math.cos(r) * dy};
    }

    /** Renders instant t of frame {@code f} into {@code rgb}, marking visible objects in {@code objectAt}. */
    private void renderInstant(double t, int f, float[] rgb, int[] objectAt) {
        int plane = width * height;
        java.util.Arrays.fill(objectAt, 0);
        double z = camera.zoom(t);
        double roll = camera.roll(t);
        double cos = Math.cos(roll) / z;
        double sin = Math.sin(roll) / z;
        double ox = width / 2.0 + camera.panX(t);
        double oy = height / 2.0 + camera.panY(t);
        double cx = width / 2.0;
        double cy = height / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                double m = background.at(ox + cos * dx - sin * dy, oy + sin * dx + cos * dy);
                int p = y * width + x;
                for (int c = 0; c < 3; c++) {
                    rgb[c * plane + p] = (float) (background.c2[c] + (background.c1[c] - background.c2[c]) * m);
                }
            }
        }
        Screen screen = new Screen(ox, oy, cos, sin, cx, cy, z);
        for (Thing th : painted) {
            draw(th, t, screen, rgb, objectAt, 0);
        }
        for (int i = 0; i < objects.size(); i++) {
            Thing o = objects.get(i);
            if (f >= o.first && f <= o.last) {
                draw(o, t, screen, rgb, objectAt, i + 1);
            }
        }
        for (Thing th : front) {
            draw(th, t, screen, rgb, objectAt, 0);
        }
    }

    /** Screen → world at one instant: world = (ox, oy) + [cos −sin; sin cos] · ((x, y) − (cx, cy)). */
    private record Screen(double ox, double oy, double cos, double sin, double cx, double cy, double zoom) {}

    /** Paints a thing over its screen footprint; {@code label} marks it in {@code objectAt} (0 hides what is behind). */
    private void draw(Thing th, double t, Screen s, float[] rgb, int[] objectAt, int label) {
        double clock = th.motion == null ? 0 : th.motion.clock(t);
        double wx = th.motion == null ? th.x0 : th.motion.x(clock);
        double wy = th.motion == null ? th.y0 : th.motion.y(clock);
        double r = th.radius * Math.exp(th.scaleRate * clock);
        double ang = th.angle0 + th.spin * clock;
        double ca = Math.cos(ang);
        double sa = Math.sin(ang);
        // The thing's centre on screen: invert the camera map (a rotation scaled by 1/zoom).
        double relX = wx - s.ox();
        double relY = wy - s.oy();
        double det = s.cos() * s.cos() + s.sin() * s.sin();
        double sx = s.cx() + (s.cos() * relX + s.sin() * relY) / det;
        double sy = s.cy() + (-s.sin() * relX + s.cos() * relY) / det;
        double reach = r * s.zoom() + 1;
        int x0 = Math.max(0, (int) Math.floor(sx - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(sx + reach));
        int y0 = Math.max(0, (int) Math.floor(sy - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(sy + reach));
        int plane = width * height;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - s.cx();
                double dy = y + 0.5 - s.cy();
                double px = (s.ox() + s.cos() * dx - s.sin() * dy - wx) / r;
                double py = (s.oy() + s.sin() * dx + s.cos() * dy - wy) / r;
                double u = ca * px + sa * py;
                double v = -sa * px + ca * py;
                if (th.shape.contains(u, v)) {
                    int p = y * width + x;
                    th.surface.paint(u, v, rgb, p, plane);
                    objectAt[p] = label;
                }
            }
        }
    }

    private static float[] boxBlur(float[] src, int w, int h) {
        float[] out = new float[src.length];
        int plane = w * h;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float sum = 0;
                    int n = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int xx = x + dx;
                            int yy = y + dy;
                            if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                                sum += src[c * plane + yy * w + xx];
                                n++;
                            }
                        }
                    }
                    out[c * plane + y * w + x] = sum / n;
                }
            }
        }
        return out;
    }
}
