package org.srnet.methods.srnet.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.srnet.geometry.SpatialGrid;
import org.srnet.mask.Rle;

/**
 * Brings one frame's instances from head resolution to the original frame size as RLE masks, by one of the
 * {@link MaskResolution} methods. For {@code PROBABILITY} and {@code EMBEDDING} each frame pixel is decided by
 * Eq. 3 itself, so objects thinner or smaller than a head pixel keep their shape instead of being rounded to whole
 * head pixels:
 * <ul>
 *   <li>{@code PROBABILITY}: the head-resolution membership P_n (0 where the head pixel is background or belongs to
 *       an earlier instance) is sampled bilinearly and thresholded at 0.5;</li>
 *   <li>{@code EMBEDDING}: E and O are sampled bilinearly, S is the spatial grid at the pixel's own position (§3.2:
 *       the grid is affine, so this is the grid built at frame resolution), and the pixel belongs to the instance
 *       when it is foreground (O &gt; {@code foregroundGate}) and q = Σ_k b_k (e_k − c_k)² &lt; 2 ln 2.</li>
 * </ul>
 * Masks are decided in seed order and a frame pixel goes to the first instance that claims it, as in the clustering,
 * so the masks stay disjoint. Only the frame pixels near an instance's head mask are visited ({@link #REACH}).
 *
 * <p>Holds a frame-sized scratch bitmap reused from frame to frame: one per video stream, not thread-safe.
 */
public final class FrameMasks {
    /** Eq. 3: exp(−q/2) &gt; 0.5 ⇔ q &lt; 2 ln 2. */
    private static final double MEMBER_Q = 2 * Math.log(2);

    /**
     * How many head pixels beyond an instance's head-mask box its frame mask may reach: the tips of an object thinner
     * than a head pixel hold no head pixel with P &gt; 0.5, yet Eq. 3 at frame resolution still finds them.
     */
    static final int REACH = 2;

    private final InputGeometry geometry;
    private final InferenceOptions options;
    private final byte[] claimed;

    /** Masks for frames of {@code geometry}, by the method and foreground gate of {@code options}. */
    public FrameMasks(InputGeometry geometry, InferenceOptions options) {
        this.geometry = geometry;
        this.options = options;
        this.claimed = options.masks() == MaskResolution.BINARY ? new byte[0]
                : new byte[geometry.originalWidth() * geometry.originalHeight()];
    }

    /**
     * The frame-size masks of {@code instances} (in seed order, as the clustering returned them), in the same order.
     *
     * @param maps the head outputs the instances were clustered from
     */
    public List<Rle> toOriginal(List<Instance> instances, HeadMaps maps) {
        List<Rle> out = new ArrayList<>(instances.size());
        if (options.masks() == MaskResolution.BINARY) {
            for (Instance i : instances) {
                out.add(geometry.toOriginalRle(i.mask()));
            }
            return out;
        }
        List<int[]> windows = new ArrayList<>(instances.size());
        for (int n = 0; n < instances.size(); n++) {
            int[] win = window(instances.get(n));
            byte[] mask = new byte[win[2] * win[3]];
            if (mask.length > 0) {
                if (options.masks() == MaskResolution.PROBABILITY) {
                    probability(instances, n, maps, win, mask);
                } else {
                    embedding(instances.get(n), maps, win, mask);
                }
            }
            windows.add(win);
            out.add(Rle.encodeWindow(mask, win[0], win[1], win[2], win[3], geometry.originalHeight(),
                    geometry.originalWidth()));
        }
        for (int[] win : windows) {
            for (int r = 0; r < win[3]; r++) {
                int at = (win[1] + r) * geometry.originalWidth() + win[0];
                Arrays.fill(claimed, at, at + win[2], (byte) 0);
            }
        }
        return out;
    }

    /** {x0, y0, width, height} of the frame pixels within {@link #REACH} head pixels of the instance's head-mask box. */
    private int[] window(Instance instance) {
        int[] b = instance.box();
        if (b[2] < b[0]) {
            return new int[] {0, 0, 0, 0};
        }
        int ox0 = clamp((int) Math.floor(geometry.originalX(b[0] - REACH)), geometry.originalWidth());
        int ox1 = clamp((int) Math.ceil(geometry.originalX(b[2] + REACH)), geometry.originalWidth());
        int oy0 = clamp((int) Math.floor(geometry.originalY(b[1] - REACH)), geometry.originalHeight());
        int oy1 = clamp((int) Math.ceil(geometry.originalY(b[3] + REACH)), geometry.originalHeight());
        return new int[] {ox0, oy0, ox1 - ox0 + 1, oy1 - oy0 + 1};
    }

    /** Bilinear sampling positions along one axis: lower head index, upper head index, weight of the upper. */
    private record Axis(int[] lo, int[] hi, float[] weight, double[] head) {
        static Axis of(int from, int n, int valid, boolean columns, InputGeometry g) {
            int[] lo = new int[n];
            int[] hi = new int[n];
            float[] weight = new float[n];
            double[] head = new double[n];
            for (int i = 0; i < n; i++) {
                head[i] = columns ? g.headX(from + i) : g.headY(from + i);
                double h = Math.min(Math.max(head[i], 0), valid - 1);
                lo[i] = (int) h;
                hi[i] = Math.min(lo[i] + 1, valid - 1);
                weight[i] = (float) (h - lo[i]);
            }
            return new Axis(lo, hi, weight, head);
        }
    }

    private void embedding(Instance instance, HeadMaps maps, int[] win, byte[] mask) {
        int w = maps.width();
        int plane = maps.plane();
        float[] e = maps.offsets();
        float[] o = maps.objectiveness();
        float[] c = instance.centre();
        float[] b = instance.inverseVariance();
        int dims = c.length;
        float gate = (float) options.foregroundGate();
        SpatialGrid grid = SpatialGrid.of(maps.width(), maps.height());
        Axis ax = Axis.of(win[0], win[2], maps.validWidth(), true, geometry);
        Axis ay = Axis.of(win[1], win[3], maps.validHeight(), false, geometry);
        int fw = geometry.originalWidth();
        for (int j = 0; j < win[3]; j++) {
            int r0 = ay.lo[j] * w;
            int r1 = ay.hi[j] * w;
            float wy = ay.weight[j];
            double sy = grid.y(ay.head[j]);
            for (int i = 0, m = j * win[2]; i < win[2]; i++, m++) {
                int frame = (win[1] + j) * fw + win[0] + i;
                if (claimed[frame] != 0) {
                    continue;
                }
                int c0 = ax.lo[i];
                int c1 = ax.hi[i];
                float wx = ax.weight[i];
                // Inside a cell whose four corners are members, q (convex) and O (bilinear) cannot leave the
                // member range: the pixel is in without evaluating Eq. 3.
                if (instance.contains(r0 + c0) && instance.contains(r0 + c1) && instance.contains(r1 + c0)
                        && instance.contains(r1 + c1)) {
                    mask[m] = 1;
                    claimed[frame] = 1;
                    continue;
                }
                if (!(lerp(o, 0, r0, r1, c0, c1, wx, wy) > gate)) {
                    continue;
                }
                double dx = lerp(e, 0, r0, r1, c0, c1, wx, wy) + grid.x(ax.head[i]) - c[0];
                double dy = lerp(e, plane, r0, r1, c0, c1, wx, wy) + sy - c[1];
                double q = b[0] * dx * dx + b[1] * dy * dy;
                for (int k = 2; k < dims && q < MEMBER_Q; k++) {
                    double d = lerp(e, k * plane, r0, r1, c0, c1, wx, wy) - c[k];
                    q += b[k] * d * d;
                }
                if (q < MEMBER_Q) {
                    mask[m] = 1;
                    claimed[frame] = 1;
                }
            }
        }
    }

    private void probability(List<Instance> instances, int n, HeadMaps maps, int[] win, byte[] mask) {
        Instance instance = instances.get(n);
        int w = maps.width();
        int plane = maps.plane();
        float[] e = maps.offsets();
        float[] o = maps.objectiveness();
        float[] c = instance.centre();
        float[] b = instance.inverseVariance();
        SpatialGrid grid = SpatialGrid.of(maps.width(), maps.height());
        // P_n at every head pixel the window can read: the head box plus REACH + 1 pixels each side.
        int[] box = instance.box();
        int hx0 = Math.max(0, box[0] - REACH - 1);
        int hy0 = Math.max(0, box[1] - REACH - 1);
        int hx1 = Math.min(maps.validWidth() - 1, box[2] + REACH + 1);
        int hy1 = Math.min(maps.validHeight() - 1, box[3] + REACH + 1);
        int sw = hx1 - hx0 + 1;
        float[] soft = new float[sw * (hy1 - hy0 + 1)];
        for (int y = hy0; y <= hy1; y++) {
            for (int x = hx0; x <= hx1; x++) {
                int p = y * w + x;
                if (!(o[p] > options.foregroundGate()) || takenEarlier(instances, n, p)) {
                    continue;
                }
                double dx = e[p] + grid.x(x) - c[0];
                double dy = e[plane + p] + grid.y(y) - c[1];
                double q = b[0] * dx * dx + b[1] * dy * dy;
                for (int k = 2; k < c.length; k++) {
                    double d = e[k * plane + p] - c[k];
                    q += b[k] * d * d;
                }
                soft[(y - hy0) * sw + (x - hx0)] = (float) Math.exp(-0.5 * q); // Eq. 3
            }
        }
        Axis ax = Axis.of(win[0], win[2], maps.validWidth(), true, geometry);
        Axis ay = Axis.of(win[1], win[3], maps.validHeight(), false, geometry);
        int fw = geometry.originalWidth();
        for (int j = 0; j < win[3]; j++) {
            int r0 = (Math.max(ay.lo[j], hy0) - hy0) * sw;
            int r1 = (Math.min(ay.hi[j], hy1) - hy0) * sw;
            float wy = ay.weight[j];
            for (int i = 0, m = j * win[2]; i < win[2]; i++, m++) {
                int frame = (win[1] + j) * fw + win[0] + i;
                int c0 = Math.max(ax.lo[i], hx0) - hx0;
                int c1 = Math.min(ax.hi[i], hx1) - hx0;
                if (claimed[frame] == 0 && lerp(soft, 0, r0, r1, c0, c1, ax.weight[i], wy) > 0.5f) {
                    mask[m] = 1;
                    claimed[frame] = 1;
                }
            }
        }
    }

    private static boolean takenEarlier(List<Instance> instances, int n, int p) {
        for (int k = 0; k < n; k++) {
            if (instances.get(k).contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Bilinear sample of channel {@code base}: rows r0, r1 (already times the row stride), columns c0, c1. */
    private static float lerp(float[] map, int base, int r0, int r1, int c0, int c1, float wx, float wy) {
        float top = map[base + r0 + c0] + wx * (map[base + r0 + c1] - map[base + r0 + c0]);
        float bottom = map[base + r1 + c0] + wx * (map[base + r1 + c1] - map[base + r1 + c0]);
        return top + wy * (bottom - top);
    }

    private static int clamp(int v, int n) {
        return Math.min(Math.max(v, 0), n - 1);
    }
}
