package org.srnet.eval;

/**
 * Floating-point reductions in the order numpy performs them, so that means match the official tools to the last
 * bit rather than only to the sixth decimal.
 *
 * <p>numpy sums a contiguous float64 array pairwise: blocks of up to 128 elements are summed with eight partial
 * accumulators, larger ranges are split in two halves (the first rounded down to a multiple of eight).
 */
public final class NumpyMath {
    private static final int BLOCK = 128;

    private NumpyMath() {}

    /** Returns {@code np.sum(values[from:to])} computed with numpy's pairwise summation. */
    public static double sum(double[] values, int from, int to) {
        int n = to - from;
        if (n < 8) {
            // numpy starts the short loop from -0.0 so that an all -0.0 sum stays -0.0; 0.0 + x == x otherwise.
            double s = -0.0;
            for (int i = from; i < to; i++) {
                s += values[i];
            }
            return s;
        }
        if (n <= BLOCK) {
            double r0 = values[from];
            double r1 = values[from + 1];
            double r2 = values[from + 2];
            double r3 = values[from + 3];
            double r4 = values[from + 4];
            double r5 = values[from + 5];
            double r6 = values[from + 6];
            double r7 = values[from + 7];
            int i = from + 8;
            int last = from + n - n % 8;
            for (; i < last; i += 8) {
                r0 += values[i];
                r1 += values[i + 1];
                r2 += values[i + 2];
                r3 += values[i + 3];
                r4 += values[i + 4];
                r5 += values[i + 5];
                r6 += values[i + 6];
                r7 += values[i + 7];
            }
            double s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < to; i++) {
                s += values[i];
            }
            return s;
        }
        int half = n / 2;
        half -= half % 8;
        return sum(values, from, from + half) + sum(values, from + half, to);
    }

    /** Returns {@code np.sum(values)}. */
    public static double sum(double[] values) {
        return sum(values, 0, values.length);
    }

    /** Returns {@code np.mean(values[from:to])}; NaN for an empty range, as numpy (with a warning). */
    public static double mean(double[] values, int from, int to) {
        return sum(values, from, to) / (to - from);
    }

    /** Returns {@code np.mean(values)}. */
    public static double mean(double[] values) {
        return mean(values, 0, values.length);
    }

    /**
     * Returns {@code np.linspace(start, stop, num)[i]}: {@code i * step + start} with the last value set to
     * {@code stop} exactly, which is why the 0.9 IoU threshold of the COCO tools is 0.8999999999999999.
     */
    public static double[] linspace(double start, double stop, int num) {
        double[] y = new double[num];
        double step = (stop - start) / (num - 1);
        for (int i = 0; i < num; i++) {
            y[i] = i * step + start;
        }
        y[num - 1] = stop;
        return y;
    }
}
