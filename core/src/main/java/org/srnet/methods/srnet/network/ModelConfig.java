package org.srnet.methods.srnet.network;

import org.srnet.nn.GroupNorm;

/**
 * The shape of an SRNet (§3.1, §4.1): backbone, FPN and decoder widths, heads, and the switches of the paper's
 * Table 2 ablations that change the network.
 *
 * @param backbone          ResNet depth: 18, 34 (basic blocks), 50 or 101 (bottleneck blocks)
 * @param backboneWidth     channels of the ResNet stem; 64 is torchvision's (and needed to load pretrained weights)
 * @param fpnChannels       FPN output width (256 in the paper)
 * @param decoderChannels   decoder width (the feature map X the heads read)
 * @param headChannels      hidden width of every head (3×3 conv → ReLU → 1×1 conv)
 * @param extraDims         extra embedding dimensions (§3.3; 2 in the paper's final model, 0 for the ablation)
 * @param extraStd          fixed bandwidth φ of each extra dimension, as a standard deviation in grid units
 * @param numClasses        object categories C for VIS (category head with C+1 channels); 0 = UVOS, no category head
 * @param frozenBatchNorm   use running statistics and freeze BatchNorm (for fine-tuning a pretrained backbone)
 * @param temporalFeatures  feed F32(t−1) to the 3D convolution; false is the "w/o temporal features" ablation
 *                          (F32(t−1) := F32(t))
 * @param instanceHeatmap   feed H(t−1) to the tracking head; false is the "w/o instance heatmaps" ablation (zeros)
 * @param offsetActivationScale  E = bound · tanh(scale · raw) (STEm-Seg uses 0.25)
 * @param offsetBoundToGrid  bound the spatial offsets by the grid extent (T_x, T_y) instead of 1, so a pixel at one
 *                          edge of a wide frame can still point at an object centre on the other side
 * @param motionInput       beyond the paper: the ResNet stem also sees the frame difference I(t) − I(t−1) (zero on the
 *                          first frame), so motion enters at full resolution. The paper's only temporal paths are F32(t−1)
 *                          and H(t−1); at 320×192 a typical object moves a fifth of a 1/32 cell per frame, too little for
 *                          the 1/32 path to see.
 * @param heatmapToAllHeads beyond the paper: H(t−1) reaches every head, not only the tracking head, so objectiveness can
 *                          use where objects were (an object that pauses stays an object)
 */
public record ModelConfig(
        int backbone,
        int backboneWidth,
        int fpnChannels,
        int decoderChannels,
        int headChannels,
        int extraDims,
        double extraStd,
        int numClasses,
        boolean frozenBatchNorm,
        boolean temporalFeatures,
        boolean instanceHeatmap,
        double offsetActivationScale,
        boolean offsetBoundToGrid,
        boolean motionInput,
        boolean heatmapToAllHeads) {

    public ModelConfig {
        if (backbone != 18 && backbone != 34 && backbone != 50 && backbone != 101) {
            throw new IllegalArgumentException("model.backbone must be 18, 34, 50 or 101, got " + backbone);
        }
        requirePositive("model.backboneWidth", backboneWidth);
        requirePositive("model.fpnChannels", fpnChannels);
        requirePositive("model.decoderChannels", decoderChannels);
        requirePositive("model.headChannels", headChannels);
        if (extraDims < 0) {
            throw new IllegalArgumentException("model.extraDims must be >= 0, got " + extraDims);
        }
        if (!(extraStd > 0)) {
            throw new IllegalArgumentException("model.extraStd must be > 0, got " + extraStd);
        }
        if (numClasses < 0) {
            throw new IllegalArgumentException("model.numClasses must be >= 0, got " + numClasses);
        }
        if (decoderChannels % GroupNorm.groups(decoderChannels) != 0) {
            throw new IllegalArgumentException("model.decoderChannels must be divisible by its GroupNorm group count");
        }
    }

    private static void requirePositive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + v);
        }
    }

    /** Dimensions of the pixel-offset head: 2 spatial + the extra dimensions. */
    public int offsetDims() {
        return 2 + extraDims;
    }

    /** True in VIS mode (a category head exists). */
    public boolean hasCategoryHead() {
        return numClasses > 0;
    }

    /** The fixed inverse variance 1/φ² of the extra dimensions. */
    public double extraInverseVariance() {
        return 1.0 / (extraStd * extraStd);
    }

    /** A copy with {@code c} categories (0 = UVOS). */
    public ModelConfig withNumClasses(int c) {
        return toBuilder().numClasses(c).build();
    }

    /** A builder with {@link #builder()}'s defaults changed to this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backbone = backbone;
        b.backboneWidth = backboneWidth;
        b.fpnChannels = fpnChannels;
        b.decoderChannels = decoderChannels;
        b.headChannels = headChannels;
        b.extraDims = extraDims;
        b.extraStd = extraStd;
        b.numClasses = numClasses;
        b.frozenBatchNorm = frozenBatchNorm;
        b.temporalFeatures = temporalFeatures;
        b.instanceHeatmap = instanceHeatmap;
        b.offsetActivationScale = offsetActivationScale;
        b.offsetBoundToGrid = offsetBoundToGrid;
        b.motionInput = motionInput;
        b.heatmapToAllHeads = heatmapToAllHeads;
        return b;
    }

    /**
     * A builder that starts from the paper's network (§4.1): ResNet-50, FPN and decoder 256 wide, 64-wide heads, two
     * extra dimensions with φ = 0.3, both temporal inputs, UVOS (no categories), trainable BatchNorm, E = bound ·
     * tanh(0.25 · raw) bounded by the grid, no motion input, H(t−1) for the tracking head only.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelConfig} field by field, by name; {@link #build()} validates. */
    public static final class Builder {
        private int backbone = 50;
        private int backboneWidth = 64;
        private int fpnChannels = 256;
        private int decoderChannels = 256;
        private int headChannels = 64;
        private int extraDims = 2;
        private double extraStd = 0.3;
        private int numClasses = 0;
        private boolean frozenBatchNorm = false;
        private boolean temporalFeatures = true;
        private boolean instanceHeatmap = true;
        private double offsetActivationScale = 0.25;
        private boolean offsetBoundToGrid = true;
        private boolean motionInput = false;
        private boolean heatmapToAllHeads = false;

        private Builder() {}

        /** See {@link ModelConfig#backbone()}. */
        public Builder backbone(int value) {
            this.backbone = value;
            return this;
        }

        /** See {@link ModelConfig#backboneWidth()}. */
        public Builder backboneWidth(int value) {
            this.backboneWidth = value;
            return this;
        }

        /** See {@link ModelConfig#fpnChannels()}. */
        public Builder fpnChannels(int value) {
            this.fpnChannels = value;
            return this;
        }

        /** See {@link ModelConfig#decoderChannels()}. */
        public Builder decoderChannels(int value) {
            this.decoderChannels = value;
            return this;
        }

        /** See {@link ModelConfig#headChannels()}. */
        public Builder headChannels(int value) {
            this.headChannels = value;
            return this;
        }

        /** See {@link ModelConfig#extraDims()}. */
        public Builder extraDims(int value) {
            this.extraDims = value;
            return this;
        }

        /** See {@link ModelConfig#extraStd()}. */
        public Builder extraStd(double value) {
            this.extraStd = value;
            return this;
        }

        /** See {@link ModelConfig#numClasses()}. */
        public Builder numClasses(int value) {
            this.numClasses = value;
            return this;
        }

        /** See {@link ModelConfig#frozenBatchNorm()}. */
        public Builder frozenBatchNorm(boolean value) {
            this.frozenBatchNorm = value;
            return this;
        }

        /** See {@link ModelConfig#temporalFeatures()}. */
        public Builder temporalFeatures(boolean value) {
            this.temporalFeatures = value;
            return this;
        }

        /** See {@link ModelConfig#instanceHeatmap()}. */
        public Builder instanceHeatmap(boolean value) {
            this.instanceHeatmap = value;
            return this;
        }

        /** See {@link ModelConfig#offsetActivationScale()}. */
        public Builder offsetActivationScale(double value) {
            this.offsetActivationScale = value;
            return this;
        }

        /** See {@link ModelConfig#offsetBoundToGrid()}. */
        public Builder offsetBoundToGrid(boolean value) {
            this.offsetBoundToGrid = value;
            return this;
        }

        /** See {@link ModelConfig#motionInput()}. */
        public Builder motionInput(boolean value) {
            this.motionInput = value;
            return this;
        }

        /** See {@link ModelConfig#heatmapToAllHeads()}. */
        public Builder heatmapToAllHeads(boolean value) {
            this.heatmapToAllHeads = value;
            return this;
        }

        /** The configuration; invalid values are an {@link IllegalArgumentException} naming the key. */
        public ModelConfig build() {
            return new ModelConfig(backbone, backboneWidth, fpnChannels, decoderChannels, headChannels, extraDims, extraStd,
                    numClasses, frozenBatchNorm, temporalFeatures, instanceHeatmap, offsetActivationScale, offsetBoundToGrid,
                    motionInput, heatmapToAllHeads);
        }
    }
}
