package org.srnet.methods.srnet.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.srnet.geometry.SpatialGrid;

/**
 * SRNet's sequential clustering, Algorithm 1 lines 1–14: seeds are taken from the objectiveness map O in
 * descending order, each seed c' gives an instance centre c_n = E_{c'} + S_{c'} and bandwidth Σ_n = Σ_{c'}
 * (Eq. 4), and the instance mask is every still-available pixel whose Gaussian membership P (Eq. 3) exceeds 0.5.
 *
 * <p>Decisions the paper leaves open (method notes §11, §16.8), all ours:
 * <ul>
 *   <li>mask = (P &gt; 0.5) ∧ available, so masks are disjoint (first come, first served, as STEm-Seg);</li>
 *   <li>the padding outside the valid region is never available: it is neither seeded nor put in a mask;</li>
 *   <li>only foreground pixels, whose objectiveness exceeds {@code foregroundGate}, are seeded or put in a mask:
 *       a background pixel whose embedding happens to land near a centre is not part of that object;</li>
 *   <li>an instance with fewer than {@code minPixels} pixels, or whose P &gt; 0.5 foreground pixels were mostly taken
 *       already (free fraction below {@code minFreeFraction}), is dropped but its pixels, and always its seed, are
 *       consumed, so every iteration removes at least one candidate and the loop terminates;</li>
 *   <li>at most {@code maxInstances} instances are kept and at most {@code maxDroppedSeeds} seeds dropped per frame,
 *       so a frame whose objectiveness is high everywhere costs a bounded number of seeds;</li>
 *   <li>a negative inverse variance (predicted or fixed) is treated as 0; a NaN one gives an empty mask (the seed is
 *       consumed).</li>
 * </ul>
 *
 * <p>P &gt; 0.5 is evaluated as q = Σ_k b_k (e_k − c_k)² &lt; 2 ln 2 (b = inverse variance, see {@link HeadMaps}),
 * which needs no exponential and lets the x and y terms reject most pixels before the extra dimensions are read.
 * Since every term is non-negative, a member's spatial embedding lies within sqrt(2 ln 2 / b) of c_n per axis; the
 * pixels are bucketed by spatial embedding once per frame, so each seed visits only the nearby buckets. That keeps
 * the cost per seed near the instance's size, also when many seeds are dropped one pixel at a time.
 *
 * <p>An instance holds scratch buffers that are reused from frame to frame (no per-pixel allocation), so it is
 * not thread-safe: use one per video stream.
 */
public final class Clustering {
    /** Eq. 3: exp(−q/2) &gt; 0.5 ⇔ q &lt; 2 ln 2. */
    private static final double MEMBER_Q = 2 * Math.log(2);

    private final InferenceOptions options;
    private SpatialGrid grid;
    private float[] gridX = new float[0];
    private float[] gridY = new float[0];
    private boolean[] available = new boolean[0];
    private long[] order = new long[0];
    private double[] classSums = new double[0];

    /** Side of an embedding-index cell, grid units (about a quarter of the P &gt; 0.5 radius at b = 10). */
    private static final double CELL = 0.1;
    /** How far beyond the grid's extent embeddings are still bucketed, grid units. */
    private static final double MARGIN = 1.5;
    private boolean useIndex = true;
    private double originX;
    private double originY;
    private int cellsX;
    private int cellsY;
    private int[] cellStart = new int[0];
    private int[] cellFill = new int[0];
    private int[] cellPixels = new int[0];
    private int[] cellOfPixel = new int[0];
    private int[] outlierPixels = new int[0];
    private int outliers;
    private int[] memberPixels = new int[0];
    private int members;
    /** The seed being grown: its maps, centre c_n, inverse variances b_n and index. */
    private HeadMaps query;
    private double cx;
    private double cy;
    private double bx;
    private double by;
    private int seedIndex;
    /** Foreground pixels with P &gt; 0.5 for the current seed that an earlier seed had already taken. */
    private int taken;
    private float gate;
    private int seedsTried;

    /** A clustering with the given thresholds. */
    public Clustering(InferenceOptions options) {
        this.options = options;
    }

    /**
     * Runs Algorithm 1 lines 1–14 on one frame's head outputs.
     *
     * @return the instances in the order they were seeded (descending seed score)
     */
    public List<Instance> cluster(HeadMaps maps) {
        int w = maps.width();
        int h = maps.height();
        int plane = maps.plane();
        prepare(w, h, maps.numClasses());

        // Alg. 1 l. 2: available = 1 inside the valid region; the padding is never available.
        Arrays.fill(available, 0, plane, false);
        for (int y = 0; y < maps.validHeight(); y++) {
            Arrays.fill(available, y * w, y * w + maps.validWidth(), true);
        }
        int candidates = sortCandidates(maps);
        buildIndex(maps);

        List<Instance> found = new ArrayList<>();
        int next = 0;
        int dropped = 0;
        seedsTried = 0;
        while (found.size() < options.maxInstances() && dropped <= options.maxDroppedSeeds()) {
            // Alg. 1 l. 3, 5: the best still-available pixel whose objectiveness exceeds min_score.
            while (next < candidates && !available[(int) order[next]]) {
                next++;
            }
            if (next == candidates) {
                break;
            }
            int seed = (int) order[next];
            seedsTried++;
            Instance instance = grow(maps, seed);
            available[seed] = false;
            if (instance != null) {
                found.add(instance);
            } else {
                dropped++;
            }
        }
        return found;
    }

    private void prepare(int w, int h, int numClasses) {
        if (grid == null || grid.width() != w || grid.height() != h) {
            grid = SpatialGrid.of(w, h);
            gridX = new float[w];
            gridY = new float[h];
            for (int i = 0; i < w; i++) {
                gridX[i] = (float) grid.x(i);
            }
            for (int j = 0; j < h; j++) {
                gridY[j] = (float) grid.y(j);
            }
            available = new boolean[w * h];
            order = new long[w * h];
            cellPixels = new int[w * h];
            cellOfPixel = new int[w * h];
            outlierPixels = new int[w * h];
            memberPixels = new int[w * h];
            int cells = (int) Math.ceil(2 * (grid.tx() + MARGIN) / CELL) * (int) Math.ceil(2 * (grid.ty() + MARGIN) / CELL);
            cellStart = new int[cells + 1];
            cellFill = new int[cells];
        }
        if (classSums.length != numClasses + 1) {
            classSums = new double[numClasses + 1];
        }
    }

    /**
     * Fills {@code order} with the valid pixels whose objectiveness exceeds min_score, best first (ties: lower
     * index first), and returns how many there are. Objectiveness above min_score is non-negative, so its IEEE
     * bits order like its values and one primitive sort of packed keys does the job.
     */
    private int sortCandidates(HeadMaps maps) {
        float[] o = maps.objectiveness();
        int w = maps.width();
        float min = (float) Math.max(options.minScore(), options.foregroundGate());
        int n = 0;
        for (int y = 0; y < maps.validHeight(); y++) {
            for (int x = 0, p = y * w; x < maps.validWidth(); x++, p++) {
                float v = o[p];
                if (v > min) {
                    long key = Integer.MAX_VALUE - Float.floatToIntBits(v);
                    order[n++] = key << 32 | p;
                }
            }
        }
        Arrays.sort(order, 0, n);
        for (int i = 0; i < n; i++) {
            order[i] &= 0xffffffffL;
        }
        return n;
    }

    /**
     * Buckets the valid pixels by their spatial embedding (E + S, x and y) into square cells of
     * {@value #CELL} grid units, so that a seed only visits pixels that can be within its P &gt; 0.5 radius. Pixels
     * with a non-finite embedding can never be members and are left out; embeddings beyond the grid's extent
     * plus a margin go to an outlier list that every seed scans.
     */
    private void buildIndex(HeadMaps maps) {
        int w = maps.width();
        int plane = maps.plane();
        float[] e = maps.offsets();
        originX = -grid.tx() - MARGIN;
        originY = -grid.ty() - MARGIN;
        cellsX = (int) Math.ceil(2 * (grid.tx() + MARGIN) / CELL);
        cellsY = (int) Math.ceil(2 * (grid.ty() + MARGIN) / CELL);
        int cells = cellsX * cellsY;
        if (cellStart.length < cells + 1) {
            cellStart = new int[cells + 1];
        }
        Arrays.fill(cellStart, 0, cells + 1, 0);
        outliers = 0;
        for (int y = 0; y < maps.validHeight(); y++) {
            for (int x = 0, p = y * w; x < maps.validWidth(); x++, p++) {
                int c = cellOf((double) e[p] + gridX[x], (double) e[plane + p] + gridY[y]);
                cellOfPixel[p] = c;
                if (c >= 0) {
                    cellStart[c + 1]++;
                } else if (c == OUTLIER) {
                    outlierPixels[outliers++] = p;
                }
            }
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        System.arraycopy(cellStart, 0, cellFill, 0, cells);
        for (int y = 0; y < maps.validHeight(); y++) {
            for (int x = 0, p = y * w; x < maps.validWidth(); x++, p++) {
                int c = cellOfPixel[p];
                if (c >= 0) {
                    cellPixels[cellFill[c]++] = p;
                }
            }
        }
    }

    private static final int OUTLIER = -1;
    private static final int NEVER = -2;

    private int cellOf(double ex, double ey) {
        if (!Double.isFinite(ex) || !Double.isFinite(ey)) {
            return NEVER;
        }
        double fx = (ex - originX) / CELL;
        double fy = (ey - originY) / CELL;
        if (fx < 0 || fy < 0 || fx >= cellsX || fy >= cellsY) {
            return OUTLIER;
        }
        return (int) fy * cellsX + (int) fx;
    }

    /** Alg. 1 l. 6–11 for one seed; marks the consumed pixels; returns null if the instance is dropped. */
    private Instance grow(HeadMaps maps, int seed) {
        int w = maps.width();
        int h = maps.height();
        int plane = maps.plane();
        float[] e = maps.offsets();
        float[] b = maps.inverseVariance();
        int sx = seed % w;
        int sy = seed / w;
        // Eq. 4: c_n = E_{c'} + S_{c'} (extra dims: grid 0), Σ_n = Σ_{c'} (here as inverse variances).
        query = maps;
        cx = e[seed] + gridX[sx];
        cy = e[plane + seed] + gridY[sy];
        bx = nonNegative(b[seed]);
        by = nonNegative(b[plane + seed]);
        seedIndex = seed;
        members = 0;
        taken = 0;
        gate = (float) options.foregroundGate();

        // Every term of q is >= 0, so a member has b_x·d_x² < 2 ln 2, i.e. |d_x| < sqrt(2 ln 2 / b_x) (same for y):
        // only the cells within that radius of c_n (one spare cell each side against rounding) can hold members.
        double rx = Math.sqrt(MEMBER_Q / bx);
        double ry = Math.sqrt(MEMBER_Q / by);
        boolean finite = Double.isFinite(cx) && Double.isFinite(cy) && !Double.isNaN(bx) && !Double.isNaN(by);
        if (finite) {
            int c0 = (int) Math.max(0, Math.floor((cx - rx - originX) / CELL) - 1);
            int c1 = (int) Math.min(cellsX - 1, Math.floor((cx + rx - originX) / CELL) + 1);
            int r0 = (int) Math.max(0, Math.floor((cy - ry - originY) / CELL) - 1);
            int r1 = (int) Math.min(cellsY - 1, Math.floor((cy + ry - originY) / CELL) + 1);
            if (useIndex && (long) (c1 - c0 + 1) * (r1 - r0 + 1) * 2 < (long) cellsX * cellsY) {
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        int cell = r * cellsX + c;
                        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                            test(cellPixels[k], w);
                        }
                    }
                }
                for (int k = 0; k < outliers; k++) {
                    test(outlierPixels[k], w);
                }
            } else {
                for (int y = 0; y < maps.validHeight(); y++) {
                    for (int x = 0, p = y * w; x < maps.validWidth(); x++, p++) {
                        test(p, w);
                    }
                }
            }
        }

        byte[] mask = new byte[plane];
        long sumX = 0;
        long sumY = 0;
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int k = 0; k < members; k++) {
            int p = memberPixels[k];
            int x = p % w;
            int y = p / w;
            mask[p] = 1;
            available[p] = false;
            sumX += x;
            sumY += y;
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
        }
        int area = members;
        if (area < options.minPixels() || area < options.minFreeFraction() * (area + taken)) {
            return null;
        }
        // Alg. 1 l. 9: mass centre, mapped to the grid; l. 10: tracking point = centre + T at the centre.
        double col = (double) sumX / area;
        double row = (double) sumY / area;
        double gx = grid.x(col);
        double gy = grid.y(row);
        float[] t = maps.tracking();
        double tx = gx + bilinear(t, 0, w, h, col, row);
        double ty = gy + bilinear(t, plane, w, h, col, row);

        int category = 0;
        float[] probs = new float[maps.numClasses()];
        if (maps.categories() != null && maps.numClasses() > 0) {
            category = classify(maps, mask, x0, y0, x1, y1, area, probs);
        }
        double gridArea = area * grid.spacingX() * grid.spacingY();
        int dims = maps.offsetDims();
        float[] centre = new float[dims];
        float[] inverseVariance = new float[dims];
        centre[0] = (float) cx;
        centre[1] = (float) cy;
        inverseVariance[0] = (float) bx;
        inverseVariance[1] = (float) by;
        for (int k = 2; k < dims; k++) {
            centre[k] = e[k * plane + seed];
            inverseVariance[k] = (float) nonNegative(maps.extraInverseVariance()[k - 2]);
        }
        return new Instance(w, h, mask, area, maps.objectiveness()[seed], seed, col, row, gx, gy, tx, ty, gridArea,
                new int[] {x0, y0, x1, y1}, category, probs, centre, inverseVariance);
    }

    /**
     * Eq. 3 for foreground pixel p against the current seed: if P &gt; 0.5, appends p to the members when it is
     * available and counts it as taken otherwise.
     */
    private void test(int p, int w) {
        if (!(query.objectiveness()[p] > gate)) {
            return;
        }
        float[] e = query.offsets();
        int plane = query.plane();
        // Eq. 3 over the embedding E + [S | 0 0].
        double dx = e[p] + gridX[p % w] - cx;
        double dy = e[plane + p] + gridY[p / w] - cy;
        double q = bx * dx * dx + by * dy * dy;
        if (!(q < MEMBER_Q)) {
            return;
        }
        float[] be = query.extraInverseVariance();
        for (int k = 2; k < query.offsetDims() && q < MEMBER_Q; k++) {
            double d = e[k * plane + p] - e[k * plane + seedIndex];
            q += nonNegative(be[k - 2]) * d * d;
        }
        if (q < MEMBER_Q) {
            if (available[p]) {
                memberPixels[members++] = p;
            } else {
                taken++;
            }
        }
    }

    /** Alg. 1 l. 11: argmax over the object channels 1..C of the class probabilities summed over the mask. */
    private int classify(HeadMaps maps, byte[] mask, int x0, int y0, int x1, int y1, int area, float[] probs) {
        int w = maps.width();
        int plane = maps.plane();
        float[] y = maps.categories();
        int classes = maps.numClasses();
        Arrays.fill(classSums, 0);
        for (int r = y0; r <= y1; r++) {
            for (int p = r * w + x0; p <= r * w + x1; p++) {
                if (mask[p] != 0) {
                    for (int c = 1; c <= classes; c++) {
                        classSums[c] += y[c * plane + p];
                    }
                }
            }
        }
        int best = 1;
        for (int c = 1; c <= classes; c++) {
            probs[c - 1] = (float) (classSums[c] / area);
            if (classSums[c] > classSums[best]) {
                best = c;
            }
        }
        return best;
    }

    /** How many seeds the last {@link #cluster} call grew, kept or dropped (for tests of the bound). */
    int lastSeedsTried() {
        return seedsTried;
    }

    /** Switches the embedding index off (every seed scans the whole valid region); for tests and benchmarks. */
    public void useIndex(boolean on) {
        useIndex = on;
    }

    private static double nonNegative(float v) {
        return v < 0 ? 0 : v;
    }

    /** Bilinear sample of channel plane {@code base} at a fractional pixel position, clamped to the map. */
    static double bilinear(float[] map, int base, int w, int h, double col, double row) {
        double c = Math.min(Math.max(col, 0), w - 1);
        double r = Math.min(Math.max(row, 0), h - 1);
        int c0 = (int) c;
        int r0 = (int) r;
        int c1 = Math.min(c0 + 1, w - 1);
        int r1 = Math.min(r0 + 1, h - 1);
        double fc = c - c0;
        double fr = r - r0;
        double top = map[base + r0 * w + c0] * (1 - fc) + map[base + r0 * w + c1] * fc;
        double bottom = map[base + r1 * w + c0] * (1 - fc) + map[base + r1 * w + c1] * fc;
        return top * (1 - fr) + bottom * fr;
    }
}
