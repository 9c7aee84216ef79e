package org.srnet.bench;

import java.util.Arrays;

/**
 * Summary of repeated timings (or any samples): median and spread. Percentiles use linear interpolation between
 * order statistics (NumPy's default), so the median of an even count is the mean of the two middle samples.
 *
 * @param count  number of samples
 * @param median 50th percentile
 * @param p10    10th percentile
 * @param p90    90th percentile
 * @param min    smallest sample
 * @param max    largest sample
 * @param mean   arithmetic mean
 */
public record SampleStats(int count, double median, double p10, double p90, double min, double max, double mean) {

    public SampleStats {
        if (count < 1) {
            throw new IllegalArgumentException("statistics need at least one sample, got " + count);
        }
    }

    /** Summarises {@code samples} (not modified). */
    public static SampleStats of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("statistics need at least one sample, got none");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return new SampleStats(s.length, percentile(s, 50), percentile(s, 10), percentile(s, 90), s[0], s[s.length - 1],
                sum / s.length);
    }

    /** The {@code q}-th percentile (0..100) of already sorted samples, interpolating linearly. */
    public static double percentile(double[] sorted, double q) {
        if (q < 0 || q > 100) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + q);
        }
        double pos = q / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Relative spread (p90 − p10) / median, 0 when the median is 0. */
    public double relativeSpread() {
        return median == 0 ? 0 : (p90 - p10) / median;
    }
}
