package org.srnet.train;

/**
 * How SRNet is trained (§4.1): momentum SGD, learning rate held at {@code baseLr} until {@code decayStart}, then
 * decayed exponentially to reach {@code finalLr} at the last iteration (the paper: 1e-3, decay from 60K, 1e-5 at
 * 160K), a batch of frame pairs.
 *
 * @param iterations        total optimizer steps
 * @param batchSize         frame pairs per step
 * @param baseLr            learning rate until {@code decayStart}
 * @param finalLr           learning rate at the last iteration
 * @param decayStart        iteration at which the exponential decay begins
 * @param momentum          SGD momentum (torch semantics: v = m·v + g; w −= lr·v)
 * @param nesterov          Nesterov momentum (STEm-Seg's choice)
 * @param weightDecay       L2 weight decay added to the gradient
 * @param clipGradNorm      clip the global gradient L2 norm to this value; 0 = off
 * @param checkpointEvery   write a checkpoint every this many iterations (and always at the end)
 * @param seed              seeds initialisation and data sampling; a resumed run continues the same sequence
 * @param firstFrameProbability fraction of pairs trained in the first-frame condition (F32(t−1) = F32(t), H = 0), so
 *                          the t = 0 case of §3.7 is seen in training
 * @param heatmapJitter     H(t−1) noise: centre jitter as a fraction of the box size (CenterTrack: 0.05)
 * @param heatmapDrop       H(t−1) noise: probability that an instance is not drawn (CenterTrack: 0.4)
 * @param heatmapFalsePositive H(t−1) noise: probability of an extra stamp near an instance (CenterTrack: 0.1)
 * @param validateEvery     score the model on the validation data every this many iterations (and at the end) and
 *                          keep the best one; needs validation data ({@code train --val}), ignored without it
 */
public record TrainConfig(
        int iterations,
        int batchSize,
        double baseLr,
        double finalLr,
        int decayStart,
        double momentum,
        boolean nesterov,
        double weightDecay,
        double clipGradNorm,
        int checkpointEvery,
        int seed,
        double firstFrameProbability,
        double heatmapJitter,
        double heatmapDrop,
        double heatmapFalsePositive,
        int validateEvery) {

    /** A configuration that validates with every checkpoint. */
    public TrainConfig(int iterations, int batchSize, double baseLr, double finalLr, int decayStart, double momentum,
            boolean nesterov, double weightDecay, double clipGradNorm, int checkpointEvery, int seed,
            double firstFrameProbability, double heatmapJitter, double heatmapDrop, double heatmapFalsePositive) {
        this(iterations, batchSize, baseLr, finalLr, decayStart, momentum, nesterov, weightDecay, clipGradNorm,
                checkpointEvery, seed, firstFrameProbability, heatmapJitter, heatmapDrop, heatmapFalsePositive, checkpointEvery);
    }

    public TrainConfig {
        positive("train.iterations", iterations);
        positive("train.batchSize", batchSize);
        if (!(baseLr > 0) || !(finalLr > 0) || finalLr > baseLr) {
            throw new IllegalArgumentException("need 0 < train.finalLr <= train.baseLr, got " + finalLr + " and " + baseLr);
        }
        if (decayStart < 0) {
            throw new IllegalArgumentException("train.decayStart must be >= 0, got " + decayStart);
        }
        if (momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("train.momentum must be in [0, 1), got " + momentum);
        }
        positive("train.checkpointEvery", checkpointEvery);
        positive("train.validateEvery", validateEvery);
        probability("train.firstFrameProbability", firstFrameProbability);
        probability("train.heatmapDrop", heatmapDrop);
        probability("train.heatmapFalsePositive", heatmapFalsePositive);
    }

    private static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + v);
        }
    }

    private static void probability(String name, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + p);
        }
    }
}
