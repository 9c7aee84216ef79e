package org.srnet.eval;

/**
 * Mean, recall and decay of one matched object's per-frame J or F values (the official {@code db_statistics}).
 *
 * @param mean M: mean over all frames
 * @param recall O: fraction of frames with a value strictly above 0.5
 * @param decay D: mean of the first quarter of the frames minus mean of the last quarter (see {@link #decayEdges})
 */
public record DavisStatistics(double mean, double recall, double decay) {
    /** Number of decay bins of the official tool. */
    public static final int DECAY_BINS = 4;

    /** Returns the statistics of {@code values} (one value per annotated frame, at least one frame). */
    public static DavisStatistics of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no frames");
        }
        double[] above = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            above[i] = values[i] > 0.5 ? 1 : 0;
        }
        int[] e = decayEdges(values.length);
        double first = binMean(values, e[0], e[1]);
        double last = binMean(values, e[DECAY_BINS - 1], e[DECAY_BINS]);
        return new DavisStatistics(NumpyMath.mean(values), NumpyMath.mean(above), first - last);
    }

    /**
     * Returns the five decay bin edges for {@code frames} values, as the official tool computes them:
     * {@code round(linspace(1, T, 5) + 1e-10) - 1} with numpy's half-to-even rounding (the epsilon makes exact
     * halves round up), then cast to uint8, so edges wrap modulo 256 for sequences longer than 256 frames.
     */
    public static int[] decayEdges(int frames) {
        double[] x = NumpyMath.linspace(1, frames, DECAY_BINS + 1);
        int[] edges = new int[x.length];
        for (int k = 0; k < x.length; k++) {
            edges[k] = ((int) Math.rint(x[k] + 1e-10) - 1) & 0xff;
        }
        return edges;
    }

    /**
     * Mean of {@code v[from .. to]}, both ends included, with Python slice semantics on the uint8 edges: the end
     * {@code to + 1} is itself a uint8 (255 + 1 wraps to 0) and an empty slice gives NaN, as numpy's nanmean.
     */
    private static double binMean(double[] v, int from, int to) {
        int end = Math.min((to + 1) & 0xff, v.length);
        int start = Math.min(from, v.length);
        if (end <= start) {
            return Double.NaN;
        }
        return NumpyMath.mean(v, start, end);
    }
}
