package org.srnet.bench;

/**
 * A plain micro-benchmark harness (not JMH): untimed warm-up calls so the JIT compiles the kernel, then timed calls,
 * each timed on its own with {@link System#nanoTime()}; the result is their median and spread in milliseconds. Each
 * call's return value is folded into a sink that is checked afterwards, so the JIT cannot drop the work.
 */
public final class Harness {
    private Harness() {}

    /** A kernel under test; returns something derived from its result so the work cannot be eliminated. */
    @FunctionalInterface
    public interface Kernel {
        double run();
    }

    /** Runs {@code warmup} untimed then {@code repeats} timed calls; returns per-call milliseconds. */
    public static SampleStats time(int warmup, int repeats, Kernel kernel) {
        if (warmup < 0 || repeats < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and repeats >= 1, got " + warmup + " and " + repeats);
        }
        double sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += kernel.run();
        }
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            sink += kernel.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("kernel returned NaN");
        }
        return SampleStats.of(ms);
    }
}
