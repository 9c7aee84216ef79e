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

    /** A builder with {@link #builder()}'s defaults changed to this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.iterations = iterations;
        b.batchSize = batchSize;
        b.baseLr = baseLr;
        b.finalLr = finalLr;
        b.decayStart = decayStart;
        b.momentum = momentum;
        b.nesterov = nesterov;
        b.weightDecay = weightDecay;
        b.clipGradNorm = clipGradNorm;
        b.checkpointEvery = checkpointEvery;
        b.seed = seed;
        b.firstFrameProbability = firstFrameProbability;
        b.heatmapJitter = heatmapJitter;
        b.heatmapDrop = heatmapDrop;
        b.heatmapFalsePositive = heatmapFalsePositive;
        b.validateEvery = validateEvery;
        return b;
    }

    /**
     * A builder that starts from the paper's schedule (§4.1): 160K iterations of batch 4, lr 1e-3 until 60K then down
     * to 1e-5, Nesterov momentum 0.9, weight decay 1e-4, no clipping, a checkpoint every 5,000 iterations,
     * CenterTrack's H(t−1) noise and a tenth of the pairs in the first-frame condition; validation with every
     * checkpoint unless {@code validateEvery} is set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrainConfig} field by field, by name; {@link #build()} validates. */
    public static final class Builder {
        private int iterations = 160_000;
        private int batchSize = 4;
        private double baseLr = 1e-3;
        private double finalLr = 1e-5;
        private int decayStart = 60_000;
        private double momentum = 0.9;
        private boolean nesterov = true;
        private double weightDecay = 1e-4;
        private double clipGradNorm = 0.0;
        private int checkpointEvery = 5000;
        private int seed = 0;
        private double firstFrameProbability = 0.1;
        private double heatmapJitter = 0.05;
        private double heatmapDrop = 0.4;
        private double heatmapFalsePositive = 0.1;
        private int validateEvery = 0;

        private Builder() {}

        /** See {@link TrainConfig#iterations()}. */
        public Builder iterations(int value) {
            this.iterations = value;
            return this;
        }

        /** See {@link TrainConfig#batchSize()}. */
        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        /** See {@link TrainConfig#baseLr()}. */
        public Builder baseLr(double value) {
            this.baseLr = value;
            return this;
        }

        /** See {@link TrainConfig#finalLr()}. */
        public Builder finalLr(double value) {
            this.finalLr = value;
            return this;
        }

        /** See {@link TrainConfig#decayStart()}. */
        public Builder decayStart(int value) {
            this.decayStart = value;
            return this;
        }

        /** See {@link TrainConfig#momentum()}. */
        public Builder momentum(double value) {
            this.momentum = value;
            return this;
        }

        /** See {@link TrainConfig#nesterov()}. */
        public Builder nesterov(boolean value) {
            this.nesterov = value;
            return this;
        }

        /** See {@link TrainConfig#weightDecay()}. */
        public Builder weightDecay(double value) {
            this.weightDecay = value;
            return this;
        }

        /** See {@link TrainConfig#clipGradNorm()}. */
        public Builder clipGradNorm(double value) {
            this.clipGradNorm = value;
            return this;
        }

        /** See {@link TrainConfig#checkpointEvery()}. */
        public Builder checkpointEvery(int value) {
            this.checkpointEvery = value;
            return this;
        }

        /** See {@link TrainConfig#seed()}. */
        public Builder seed(int value) {
            this.seed = value;
            return this;
        }

        /** See {@link TrainConfig#firstFrameProbability()}. */
        public Builder firstFrameProbability(double value) {
            this.firstFrameProbability = value;
            return this;
        }

        /** See {@link TrainConfig#heatmapJitter()}. */
        public Builder heatmapJitter(double value) {
            this.heatmapJitter = value;
            return this;
        }

        /** See {@link TrainConfig#heatmapDrop()}. */
        public Builder heatmapDrop(double value) {
            this.heatmapDrop = value;
            return this;
        }

        /** See {@link TrainConfig#heatmapFalsePositive()}. */
        public Builder heatmapFalsePositive(double value) {
            this.heatmapFalsePositive = value;
            return this;
        }

        /** See {@link TrainConfig#validateEvery()}. */
        public Builder validateEvery(int value) {
            this.validateEvery = value;
            return this;
        }

        /** The configuration; invalid values are an {@link IllegalArgumentException} naming the key. */
        public TrainConfig build() {
            int validate = validateEvery > 0 ? validateEvery : checkpointEvery;
            return new TrainConfig(iterations, batchSize, baseLr, finalLr, decayStart, momentum, nesterov, weightDecay,
                    clipGradNorm, checkpointEvery, seed, firstFrameProbability, heatmapJitter, heatmapDrop, heatmapFalsePositive,
                    validate);
        }
    }
}
