package org.srnet.data.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.srnet.data.RgbImage;

/**
 * One procedurally generated video of the synthetic benchmark: textured objects of several {@link ShapeFamily}
 * categories moving over a textured background, with everything that makes real video segmentation hard in
 * small doses.
 *
 * <ul>
 *   <li>Camera motion: the background (and the static clutter painted on it) translates with a drift plus a
 *       slow sway; objects move in the world, so their screen motion adds the camera's.</li>
 *   <li>Objects roam on Lissajous paths, or cross the view on a straight line (entering and leaving through the
 *       borders); some appear or vanish mid-video. Each changes scale and rotates over time.</li>
 *   <li>Occlusions: objects overlap in a fixed depth order, and static front clutter (bars, blobs) that is not an
 *       object covers them. Background clutter includes flat-coloured shapes of the object families, which are
 *       not objects either (they move with the background).</li>
 *   <li>Hard cases: some objects take their colours from the background; frames may have motion blur
 *       (averaging three instants); pixel noise, brightness flicker and JPEG compression (quality chosen per
 *       video) degrade every frame.</li>
 * </ul>
 *
 * <p>Everything is a function of the seed. Ground truth is the visible part of each object at the frame's
 * central instant; object labels are 1..N in order of first appearance, except that the highest label goes to
 * an object visible in the first frame, because the DAVIS unsupervised evaluation takes the number of objects
 * from the first frame's largest label.
 */
public final class SyntheticVideo {
    /** Probability that a frame is rendered with motion blur. */
    private static final double BLUR_PROBABILITY = 0.2;
    /** Probability that an object takes its colours from the background (low contrast). */
    private static final double CAMOUFLAGE_PROBABILITY = 0.15;

    private final int width;
    private final int height;
    private final List<RgbImage> frames;
    private final List<byte[]> labels;
    private final List<ShapeFamily> objectFamilies;
    private final float jpegQuality;

    private SyntheticVideo(int width, int height, List<RgbImage> frames, List<byte[]> labels,
            List<ShapeFamily> objectFamilies, float jpegQuality) {
        this.width = width;
        this.height = height;
        this.frames = frames;
        this.labels = labels;
        this.objectFamilies = objectFamilies;
        this.jpegQuality = jpegQuality;
    }

    /** Frame width in pixels. */
    public int width() {
        return width;
    }

    /** Frame height in pixels. */
    public int height() {
        return height;
    }

    /** The frames (noise added, before JPEG compression). */
    public List<RgbImage> frames() {
        return frames;
    }

    /** Per frame, the row-major label map: 0 background, k = object k. */
    public List<byte[]> labels() {
        return labels;
    }

    /** The family (category) of object k at index k − 1. */
    public List<ShapeFamily> objectFamilies() {
        return objectFamilies;
    }

    /** The JPEG quality the frames should be written with (compression noise varies per video). */
    public float jpegQuality() {
        return jpegQuality;
    }

    /** A moving, scaling, rotating object. */
    private static final class Obj {
        ShapeFamily family;
        double radius;
        double aspect;
        double scaleRate;
        double angle0;
        double spin;
        boolean crossing;
        double cx, cy, ax, ay, wx, wy, px, py; // roaming: centre + Lissajous amplitude, frequency, phase
        double sx, sy, vx, vy; // crossing: start and velocity
        int first;
        int last;
        float[] c1;
        float[] c2;
        double frequency;
        int texSeed;

        double x(double t) {
            return crossing ? sx + vx * t : cx + ax * Math.sin(wx * t + px);
        }

        double y(double t) {
            return crossing ? sy + vy * t : cy + ay * Math.sin(wy * t + py);
        }

        double scale(double t) {
            return radius * Math.exp(scaleRate * t);
        }
    }

    /** Renders a video of {@code frameCount} frames of {@code width×height} from {@code seed}. */
    public static SyntheticVideo render(int width, int height, int frameCount, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int bgSeed = rnd.nextInt();
        double bgHue = rnd.nextDouble(360);
        float[] bg1 = Noise.hsv(bgHue, rnd.nextDouble(0.1, 0.6), rnd.nextDouble(0.25, 0.75));
        float[] bg2 = Noise.hsv(bgHue + rnd.nextDouble(-60, 60), rnd.nextDouble(0.1, 0.7), rnd.nextDouble(0.3, 0.9));
        double bgScale = rnd.nextDouble(12, 48);
        double bgStripes = rnd.nextDouble() < 0.3 ? rnd.nextDouble(0.05, 0.2) : 0;
        int minSide = Math.min(width, height);

        // Camera path: drift plus sway; the canvas is large enough for every instant rendered.
        double camVx = rnd.nextDouble(-2.5, 2.5);
        double camVy = rnd.nextDouble(-1.2, 1.2);
        double swayA = rnd.nextDouble(0, 6);
        double swayW = rnd.nextDouble(0.1, 0.4);
        double[] camX = new double[frameCount * 3];
        double[] camY = new double[frameCount * 3];
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < camX.length; i++) {
            double t = instant(i);
            camX[i] = camVx * t + swayA * Math.sin(swayW * t);
            camY[i] = camVy * t + 0.5 * swayA * Math.cos(swayW * t * 0.7);
            minX = Math.min(minX, camX[i]);
            maxX = Math.max(maxX, camX[i]);
            minY = Math.min(minY, camY[i]);
            maxY = Math.max(maxY, camY[i]);
        }
        int ox = (int) Math.floor(minX) - 2;
        int oy = (int) Math.floor(minY) - 2;
        int cw = width + (int) Math.ceil(maxX) - ox + 4;
        int ch = height + (int) Math.ceil(maxY) - oy + 4;

        // Background canvas with painted-on clutter, and a front-clutter layer with its coverage.
        float[] canvas = new float[3 * cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                double wx = x + ox;
                double wy = y + oy;
                double n = Noise.fbm(wx / bgScale, wy / bgScale, 4, bgSeed);
                if (bgStripes > 0) {
                    n = 0.7 * n + 0.3 * (Math.sin((wx + 0.5 * wy) * bgStripes) > 0 ? 1 : 0);
                }
                for (int c = 0; c < 3; c++) {
                    canvas[(c * ch + y) * cw + x] = (float) (bg1[c] + (bg2[c] - bg1[c]) * n);
                }
            }
        }
        // Painted-on shapes: object silhouettes that are part of the background. Flat and duller than objects,
        // and they move with the camera, so appearance and motion both tell them apart.
        int painted = rnd.nextInt(0, 3);
        for (int i = 0; i < painted; i++) {
            ShapeFamily f = ShapeFamily.values()[rnd.nextInt(ShapeFamily.values().length)];
            float[] col = Noise.hsv(rnd.nextDouble(f.hueMin(), f.hueMax()), rnd.nextDouble(0.1, 0.45), rnd.nextDouble(0.25, 0.7));
            double r = rnd.nextDouble(0.06, 0.15) * minSide;
            double px = rnd.nextDouble(0, cw);
            double py = rnd.nextDouble(0, ch);
            double ang = rnd.nextDouble(2 * Math.PI);
            double asp = rnd.nextDouble(0.5, 1);
            stampFlat(canvas, cw, ch, f, px, py, r, ang, asp, col, null);
        }
        float[] front = new float[3 * cw * ch];
        boolean[] frontCover = new boolean[cw * ch];
        int frontItems = rnd.nextInt(0, 3);
        for (int i = 0; i < frontItems; i++) {
            float[] col = Noise.hsv(bgHue + rnd.nextDouble(-90, 90), rnd.nextDouble(0.1, 0.5), rnd.nextDouble(0.2, 0.8));
            if (rnd.nextBoolean()) {
                // A pole or bar across the view.
                double ang = rnd.nextDouble(-0.4, 0.4) + (rnd.nextBoolean() ? 0 : Math.PI / 2);
                double r = Math.max(cw, ch);
                double thick = rnd.nextDouble(0.02, 0.06) * minSide / r;
                stampFlat(front, cw, ch, ShapeFamily.RECTANGLE, rnd.nextDouble(0, cw), rnd.nextDouble(0, ch), r, ang,
                        thick / 0.9, col, frontCover);
            } else {
                // A bush-like blob.
                stampFlat(front, cw, ch, ShapeFamily.ELLIPSE, rnd.nextDouble(0, cw), rnd.nextDouble(0, ch),
                        rnd.nextDouble(0.08, 0.16) * minSide, rnd.nextDouble(Math.PI), rnd.nextDouble(0.4, 0.9), col,
                        frontCover);
            }
        }

        // Objects, back to front.
        int objectCount = 2 + rnd.nextInt(0, 3) + (rnd.nextDouble() < 0.3 ? 1 : 0);
        List<Obj> objs = new ArrayList<>();
        for (int i = 0; i < objectCount; i++) {
            // The first object roams in view from frame 0, so the DAVIS tool (which counts objects in the first
            // frame) always sees at least one.
            objs.add(newObject(rnd, width, height, frameCount, bg1, bg2, i == 0));
        }

        int plane = width * height;
        List<RgbImage> frames = new ArrayList<>();
        int[][] objectAt = new int[frameCount][];
        double noise = rnd.nextDouble(0.005, 0.03);
        float quality = (float) rnd.nextDouble(0.55, 0.92);
        int[] index = new int[plane];
        float[] rgb = new float[3 * plane];
        for (int f = 0; f < frameCount; f++) {
            boolean blur = rnd.nextDouble() < BLUR_PROBABILITY;
            float[] acc = new float[3 * plane];
            int[] sub = blur ? new int[] {0, 1, 2} : new int[] {1};
            for (int s : sub) {
                int k = f * 3 + s;
                renderInstant(instant(k), f, camX[k], camY[k], ox, oy, canvas, front, frontCover, cw, ch, objs, width,
                        height, rgb, index);
                for (int i = 0; i < acc.length; i++) {
                    acc[i] += rgb[i] / sub.length;
                }
                if (s == 1) {
                    objectAt[f] = index.clone();
                }
            }
            double flicker = 1 + rnd.nextDouble(-0.05, 0.05);
            for (int i = 0; i < acc.length; i++) {
                acc[i] = (float) Math.min(1, Math.max(0, acc[i] * flicker + noise * rnd.nextGaussian()));
            }
            frames.add(new RgbImage(width, height, acc));
        }
        return withLabels(width, height, frames, objectAt, objs, quality);
    }

    /** Time of sub-instant {@code k}: frame k/3, shifted by −0.4, 0, +0.4 of a frame for the blur samples. */
    private static double instant(int k) {
        return k / 3 + 0.4 * (k % 3 - 1);
    }

    private static Obj newObject(SplittableRandom rnd, int width, int height, int frameCount, float[] bg1, float[] bg2,
            boolean fromStart) {
        Obj o = new Obj();
        int minSide = Math.min(width, height);
        o.family = ShapeFamily.values()[rnd.nextInt(ShapeFamily.values().length)];
        o.radius = rnd.nextDouble(0.09, 0.22) * minSide;
        o.aspect = rnd.nextDouble(0.5, 1);
        o.scaleRate = rnd.nextDouble(-0.025, 0.025);
        o.angle0 = rnd.nextDouble(2 * Math.PI);
        o.spin = rnd.nextDouble(-0.08, 0.08);
        o.first = 0;
        o.last = frameCount - 1;
        if (!fromStart && rnd.nextDouble() < 0.3) {
            // Crossing: enters through one border and leaves through the opposite one.
            o.crossing = true;
            double speed = (width + 2 * o.radius) / (frameCount * rnd.nextDouble(0.6, 1.6));
            double dir = rnd.nextDouble(-0.5, 0.5) + (rnd.nextBoolean() ? 0 : Math.PI);
            o.vx = speed * Math.cos(dir);
            o.vy = speed * Math.sin(dir) * 0.6;
            double startT = rnd.nextDouble(-0.3, 0.4) * frameCount;
            double x0 = o.vx > 0 ? -o.radius : width + o.radius;
            o.sx = x0 - o.vx * startT;
            o.sy = rnd.nextDouble(0.2, 0.8) * height - o.vy * (frameCount / 2.0);
        } else {
            o.cx = rnd.nextDouble(0.2, 0.8) * width;
            o.cy = rnd.nextDouble(0.2, 0.8) * height;
            o.ax = rnd.nextDouble(0, 0.3) * width;
            o.ay = rnd.nextDouble(0, 0.3) * height;
            o.wx = rnd.nextDouble(0.03, 0.15);
            o.wy = rnd.nextDouble(0.03, 0.15);
            o.px = rnd.nextDouble(2 * Math.PI);
            o.py = rnd.nextDouble(2 * Math.PI);
            if (!fromStart && rnd.nextDouble() < 0.2) {
                o.first = rnd.nextInt(1, Math.max(2, frameCount / 2));
            }
            if (rnd.nextDouble() < 0.2) {
                o.last = rnd.nextInt(Math.min(frameCount - 1, o.first + 3), frameCount);
            }
        }
        if (rnd.nextDouble() < CAMOUFLAGE_PROBABILITY) {
            float[] base = rnd.nextBoolean() ? bg1 : bg2;
            o.c1 = jitter(base, 0.06, rnd);
            o.c2 = jitter(base, 0.12, rnd);
        } else {
            double hue = rnd.nextDouble(o.family.hueMin(), o.family.hueMax());
            boolean pale = o.family == ShapeFamily.RING;
            o.c1 = Noise.hsv(hue, pale ? rnd.nextDouble(0, 0.2) : rnd.nextDouble(0.55, 1), rnd.nextDouble(0.6, 1));
            o.c2 = Noise.hsv(hue + rnd.nextDouble(-15, 15), pale ? 0.1 : rnd.nextDouble(0.4, 1), rnd.nextDouble(0.15, 0.5));
        }
        o.frequency = rnd.nextDouble(2, 4.5);
        o.texSeed = rnd.nextInt();
        return o;
    }

    private static float[] jitter(float[] c, double amount, SplittableRandom rnd) {
        float[] o = new float[3];
        for (int i = 0; i < 3; i++) {
            o[i] = (float) Math.min(1, Math.max(0, c[i] + rnd.nextDouble(-amount, amount)));
        }
        return o;
    }

    /** Paints a flat-coloured shape onto a channel-major canvas, optionally marking its coverage. */
    private static void stampFlat(float[] canvas, int cw, int ch, ShapeFamily f, double px, double py, double r,
            double ang, double aspect, float[] col, boolean[] cover) {
        forEachCovered(f, px, py, r, ang, aspect, cw, ch, (x, y, u, v) -> {
            for (int c = 0; c < 3; c++) {
                canvas[(c * ch + y) * cw + x] = col[c];
            }
            if (cover != null) {
                cover[y * cw + x] = true;
            }
        });
    }

    /** A pixel covered by a shape, with its position (u, v) in the shape's own rotated, unit-radius frame. */
    private interface CoveredPixel {
        void visit(int x, int y, double u, double v);
    }

    /** Visits every pixel of a {@code w×h} canvas whose centre lies inside the shape at (px, py), radius r, angle ang. */
    private static void forEachCovered(ShapeFamily f, double px, double py, double r, double ang, double aspect, int w,
            int h, CoveredPixel visitor) {
        double cos = Math.cos(ang);
        double sin = Math.sin(ang);
        int x0 = Math.max(0, (int) Math.floor(px - r));
        int x1 = Math.min(w - 1, (int) Math.ceil(px + r));
        int y0 = Math.max(0, (int) Math.floor(py - r));
        int y1 = Math.min(h - 1, (int) Math.ceil(py + r));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = (x + 0.5 - px) / r;
                double dy = (y + 0.5 - py) / r;
                double u = cos * dx + sin * dy;
                double v = -sin * dx + cos * dy;
                if (f.contains(u, v, aspect)) {
                    visitor.visit(x, y, u, v);
                }
            }
        }
    }

    /** Renders one instant into {@code rgb} and writes the visible object (index + 1, 0 = none) per pixel. */
    private static void renderInstant(double t, int frame, double camX, double camY, int ox, int oy, float[] canvas,
            float[] front, boolean[] frontCover, int cw, int ch, List<Obj> objs, int width, int height, float[] rgb,
            int[] index) {
        int plane = width * height;
        double shiftX = camX - ox;
        double shiftY = camY - oy;
        Arrays.fill(index, 0);
        // Background: bilinear sample of the canvas at the camera offset.
        int sx = (int) Math.floor(shiftX);
        int sy = (int) Math.floor(shiftY);
        float fx = (float) (shiftX - sx);
        float fy = (float) (shiftY - sy);
        for (int c = 0; c < 3; c++) {
            int base = c * ch * cw;
            for (int y = 0; y < height; y++) {
                int r0 = base + (y + sy) * cw + sx;
                int r1 = r0 + cw;
                for (int x = 0; x < width; x++) {
                    float a = canvas[r0 + x] + (canvas[r0 + x + 1] - canvas[r0 + x]) * fx;
                    float b = canvas[r1 + x] + (canvas[r1 + x + 1] - canvas[r1 + x]) * fx;
                    rgb[c * plane + y * width + x] = a + (b - a) * fy;
                }
            }
        }
        for (int i = 0; i < objs.size(); i++) {
            Obj o = objs.get(i);
            if (frame < o.first || frame > o.last) {
                continue;
            }
            // Objects live in the world: their screen position moves against the camera.
            double px = o.x(t) - camX;
            double py = o.y(t) - camY;
            double r = o.scale(t);
            double ang = o.angle0 + o.spin * t;
            int label = i + 1;
            forEachCovered(o.family, px, py, r, ang, o.aspect, width, height, (x, y, u, v) -> {
                double m = o.family.texture(u, v, o.frequency, o.texSeed);
                int p = y * width + x;
                for (int c = 0; c < 3; c++) {
                    rgb[c * plane + p] = (float) (o.c2[c] + (o.c1[c] - o.c2[c]) * m);
                }
                index[p] = label;
            });
        }
        // Front clutter moves with the background and hides whatever is behind it.
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int q = (y + (int) Math.round(shiftY)) * cw + x + (int) Math.round(shiftX);
                if (frontCover[q]) {
                    int p = y * width + x;
                    for (int c = 0; c < 3; c++) {
                        rgb[c * plane + p] = front[c * ch * cw + q];
                    }
                    index[p] = 0;
                }
            }
        }
    }

    /** Maps object indices to DAVIS labels (order of first appearance, highest label visible in frame 0). */
    private static SyntheticVideo withLabels(int width, int height, List<RgbImage> frames, int[][] objectAt,
            List<Obj> objs, float quality) {
        int n = objs.size();
        int[] firstSeen = new int[n];
        Arrays.fill(firstSeen, Integer.MAX_VALUE);
        for (int f = objectAt.length - 1; f >= 0; f--) {
            for (int v : objectAt[f]) {
                if (v > 0) {
                    firstSeen[v - 1] = f;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (firstSeen[i] != Integer.MAX_VALUE) {
                order.add(i);
            }
        }
        order.sort((a, b) -> firstSeen[a] != firstSeen[b] ? Integer.compare(firstSeen[a], firstSeen[b]) : Integer.compare(a, b));
        int lastInFirstFrame = -1;
        for (int i = 0; i < order.size(); i++) {
            if (firstSeen[order.get(i)] == 0) {
                lastInFirstFrame = i;
            }
        }
        if (lastInFirstFrame >= 0) {
            order.add(order.remove(lastInFirstFrame));
        }
        int[] labelOf = new int[n + 1];
        List<ShapeFamily> families = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            labelOf[order.get(k) + 1] = k + 1;
            families.add(objs.get(order.get(k)).family);
        }
        List<byte[]> labels = new ArrayList<>();
        for (int[] at : objectAt) {
            byte[] l = new byte[at.length];
            for (int p = 0; p < at.length; p++) {
                l[p] = (byte) labelOf[at[p]];
            }
            labels.add(l);
        }
        return new SyntheticVideo(width, height, frames, labels, families, quality);
    }
}
