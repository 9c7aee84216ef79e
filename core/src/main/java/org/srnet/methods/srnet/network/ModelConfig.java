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

    /** The paper's network: no motion input, H(t−1) for the tracking head only. */
    public ModelConfig(int backbone, int backboneWidth, int fpnChannels, int decoderChannels, int headChannels, int extraDims,
            double extraStd, int numClasses, boolean frozenBatchNorm, boolean temporalFeatures, boolean instanceHeatmap,
            double offsetActivationScale, boolean offsetBoundToGrid) {
        this(backbone, backboneWidth, fpnChannels, decoderChannels, headChannels, extraDims, extraStd, numClasses,
                frozenBatchNorm, temporalFeatures, instanceHeatmap, offsetActivationScale, offsetBoundToGrid, false, false);
    }

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

    public ModelConfig withNumClasses(int c) {
        return new ModelConfig(backbone, backboneWidth, fpnChannels, decoderChannels, headChannels, extraDims, extraStd,
                c, frozenBatchNorm, temporalFeatures, instanceHeatmap, offsetActivationScale, offsetBoundToGrid, motionInput,
                heatmapToAllHeads);
    }
}
