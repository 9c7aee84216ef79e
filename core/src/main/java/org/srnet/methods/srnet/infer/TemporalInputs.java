package org.srnet.methods.srnet.infer;

/**
 * Which of its two inputs from frame t−1 the network receives during online inference; switching one off is the
 * inference-time ablation of the paper's Table 2 (§4.3), run on a model trained with both.
 *
 * @param temporalFeatures F32(t−1) goes to the decoder's 3D convolution; false runs "w/o temporal features":
 *                         F32(t−1) := F32(t), as on the first frame
 * @param instanceHeatmap  H(t−1) goes to the tracking head; false runs "w/o instance heatmaps": H(t−1) = 0
 */
public record TemporalInputs(boolean temporalFeatures, boolean instanceHeatmap) {

    /** Both inputs, as SRNet runs. */
    public static final TemporalInputs BOTH = new TemporalInputs(true, true);
}
