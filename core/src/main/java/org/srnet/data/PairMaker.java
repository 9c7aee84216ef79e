package org.srnet.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Turns loaded frames into {@link FramePair}s at the training size.
 *
 * <p>Video pairs: one draw of scale jitter, crop offset and horizontal flip is applied to both frames, so the
 * motion between them is the video's own. Static pairs (SRNet §4.1, method notes §13): frame A is the source
 * under such a draw; frame B samples the same source through A's map composed with a random affine (rotation,
 * translation, scale, shear about the centre), then gets colour jitter and, sometimes, motion blur; A and B are
 * swapped with probability 1/2 (STEm's frame shuffle). Masks go through the same maps with nearest sampling;
 * an instance whose mask ends up empty in a frame is absent there ({@code null}); one absent in both is dropped.
 */
final class PairMaker {
    private final DataOptions options;

    PairMaker(DataOptions options) {
        this.options = options;
    }

    /** A pair from two frames of one video. */
    FramePair videoPair(AnnotatedFrame previous, AnnotatedFrame current, Random rnd) {
        int sw = current.image().width();
        int sh = current.image().height();
        Affine map = cropMap(sw, sh, rnd);
        int w = options.width();
        int h = options.height();
        Affine prevMap = previousMap(map, previous, sw, sh);
        float[] prevRgb = Warp.image(previous.image(), prevMap, w, h);
        float[] curRgb = Warp.image(current.image(), map, w, h);
        TreeMap<Integer, byte[][]> masks = new TreeMap<>();
        TreeMap<Integer, Integer> categories = new TreeMap<>();
        for (AnnotatedFrame.Instance i : previous.instances()) {
            masks.computeIfAbsent(i.trackId(), k -> new byte[2][])[0] =
                    Warp.mask(i.mask(), previous.image().width(), previous.image().height(), prevMap, w, h);
            categories.put(i.trackId(), i.category());
        }
        for (AnnotatedFrame.Instance i : current.instances()) {
            masks.computeIfAbsent(i.trackId(), k -> new byte[2][])[1] = Warp.mask(i.mask(), sw, sh, map, w, h);
            categories.putIfAbsent(i.trackId(), i.category());
        }
        return assemble(prevRgb, curRgb, masks, categories, Warp.mask(current.ignore(), sw, sh, map, w, h));
    }

    /** A synthesized pair from one frame. */
    FramePair staticPair(AnnotatedFrame frame, Random rnd) {
        int sw = frame.image().width();
        int sh = frame.image().height();
        int w = options.width();
        int h = options.height();
        PairSynthesis syn = options.synthesis();
        Affine mapA = cropMap(sw, sh, rnd);
        // B's pixel → A's pixel: the inverse of the forward transform about the centre.
        double angle = Math.toRadians(uniform(rnd, -syn.rotationDegrees(), syn.rotationDegrees()));
        double tx = uniform(rnd, -syn.translation(), syn.translation()) * w;
        double ty = uniform(rnd, -syn.translation(), syn.translation()) * h;
        double scale = uniform(rnd, syn.scaleMin(), syn.scaleMax());
        double shear = Math.toRadians(uniform(rnd, -syn.shearDegrees(), syn.shearDegrees()));
        Affine forward = Affine.translation(w / 2.0 + tx, h / 2.0 + ty).after(Affine.rotation(angle))
                .after(Affine.shear(shear)).after(Affine.scaling(scale, scale)).after(Affine.translation(-w / 2.0, -h / 2.0));
        Affine mapB = mapA.after(forward.inverse());

        float[] a = Warp.image(frame.image(), mapA, w, h);
        float[] b = Warp.image(frame.image(), mapB, w, h);
        Photometric.jitter(b, w, h, uniform(rnd, -syn.brightness(), syn.brightness()),
                uniform(rnd, -syn.hueDegrees(), syn.hueDegrees()), uniform(rnd, -syn.saturation(), syn.saturation()));
        if (rnd.nextDouble() < syn.motionBlurProbability()) {
            int len = 2 * (int) Math.round(syn.motionBlurKernel() * Math.min(w, h) / 640.0 / 2) + 1;
            b = Photometric.motionBlur(b, w, h, Math.max(3, len), rnd.nextDouble() * Math.PI);
        }
        boolean swap = rnd.nextBoolean();
        TreeMap<Integer, byte[][]> masks = new TreeMap<>();
        TreeMap<Integer, Integer> categories = new TreeMap<>();
        for (AnnotatedFrame.Instance i : frame.instances()) {
            byte[] ma = Warp.mask(i.mask(), sw, sh, mapA, w, h);
            if (ma == null) {
                continue; // not in A's view, so it is in neither frame as far as this pair is concerned
            }
            byte[] mb = Warp.mask(i.mask(), sw, sh, mapB, w, h);
            masks.put(i.trackId(), swap ? new byte[][] {mb, ma} : new byte[][] {ma, mb});
            categories.put(i.trackId(), i.category());
        }
        byte[] ignore = Warp.mask(frame.ignore(), sw, sh, swap ? mapA : mapB, w, h);
        return swap ? assemble(b, a, masks, categories, ignore) : assemble(a, b, masks, categories, ignore);
    }

    /**
     * The output→source map of a crop: scale so the frame covers the training size, times a jitter factor; a
     * random offset (centred padding where the scaled frame is smaller); a horizontal flip with the configured
     * probability.
     */
    private Affine cropMap(int sw, int sh, Random rnd) {
        int w = options.width();
        int h = options.height();
        double s = Math.max((double) w / sw, (double) h / sh) * uniform(rnd, options.scaleJitterMin(), options.scaleJitterMax());
        double ox = offset(sw * s, w, rnd);
        double oy = offset(sh * s, h, rnd);
        boolean flip = rnd.nextDouble() < options.flipProbability();
        // Output x → (flip ? w − x : x) + ox in scaled source coordinates → divide by s.
        Affine flipMap = flip ? new Affine(-1, 0, w, 0, 1, 0) : Affine.IDENTITY;
        return Affine.scaling(1 / s, 1 / s).after(Affine.translation(ox, oy)).after(flipMap);
    }

    /** The previous frame's map: the same crop, rescaled if its frame size differs (it normally does not). */
    private static Affine previousMap(Affine map, AnnotatedFrame previous, int sw, int sh) {
        int pw = previous.image().width();
        int ph = previous.image().height();
        if (pw == sw && ph == sh) {
            return map;
        }
        return Affine.scaling((double) pw / sw, (double) ph / sh).after(map);
    }

    private static double offset(double scaled, int out, Random rnd) {
        double slack = scaled - out;
        return slack >= 0 ? rnd.nextDouble() * slack : slack / 2;
    }

    private static double uniform(Random rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    private FramePair assemble(float[] prev, float[] cur, TreeMap<Integer, byte[][]> masks, TreeMap<Integer, Integer> categories,
            byte[] ignore) {
        List<PairInstance> instances = new ArrayList<>();
        for (var e : masks.entrySet()) {
            byte[][] m = e.getValue();
            if (m[0] != null || m[1] != null) {
                instances.add(new PairInstance(e.getKey(), categories.get(e.getKey()), m[0], m[1]));
            }
        }
        return new FramePair(options.width(), options.height(), prev, cur, instances, ignore);
    }
}
