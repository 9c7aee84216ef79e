package org.srnet.train;

/**
 * The learning rate of §4.1: constant until the decay starts, then multiplied by the same factor γ every iteration
 * so that it reaches the final rate at the last iteration: lr(i) = base · γ^(i − start), γ = (final/base)^(1/(end − start)).
 * With the paper's numbers: 1e-3 until 60K, 1e-4 at 110K, 1e-5 at 160K.
 */
public record LrSchedule(double baseLr, double finalLr, int decayStart, int iterations) {

    public static LrSchedule of(TrainConfig c) {
        return new LrSchedule(c.baseLr(), c.finalLr(), Math.min(c.decayStart(), c.iterations()), c.iterations());
    }

    /** Learning rate of iteration {@code i} (0-based). */
    public double at(int i) {
        if (i <= decayStart || iterations <= decayStart) {
            return baseLr;
        }
        double progress = (double) Math.min(i, iterations) - decayStart;
        return baseLr * Math.pow(finalLr / baseLr, progress / (iterations - decayStart));
    }
}
