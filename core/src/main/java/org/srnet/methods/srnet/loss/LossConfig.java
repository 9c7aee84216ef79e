package org.srnet.methods.srnet.loss;

/**
 * The loss of §3.3–3.6: "each term equally weighted" (§4.1), so every weight defaults to 1.
 *
 * @param iou                      L_IOU of Eq. 5: LOVASZ (the paper's final choice) or DICE (Table 1 ablation)
 * @param segmentationWeight       weight of L_IOU
 * @param smoothnessWeight         weight of the bandwidth smoothness term of Eq. 5 (SpatialEmbeddings and STEm-Seg use 10)
 * @param trackingWeight           weight of L_track (Eq. 7)
 * @param objectivenessWeight      weight of L_score (Eq. 8)
 * @param categoryWeight           weight of L_cat (Eq. 9), VIS only
 * @param objectivenessForegroundWeight extra weight of the foreground part of Eq. 8 (1 = as printed; SE uses 10)
 * @param categoryForegroundWeight extra weight of the object pixels in Eq. 9 (1 = as printed). Objects cover a few
 *                                 percent of a frame, so with 1 the per-pixel mean is mostly "background" and the
 *                                 classes of the objects are learnt last.
 */
public record LossConfig(
        IouLoss iou,
        double segmentationWeight,
        double smoothnessWeight,
        double trackingWeight,
        double objectivenessWeight,
        double categoryWeight,
        double objectivenessForegroundWeight,
        double categoryForegroundWeight) {

    /** The two L_IOU choices of Table 1. */
    public enum IouLoss { LOVASZ, DICE }

    public static LossConfig paper() {
        return new LossConfig(IouLoss.LOVASZ, 1, 1, 1, 1, 1, 1, 1);
    }

    /** This config with the extra weights of the foreground parts of Eq. 8 and Eq. 9. */
    public LossConfig withForegroundWeights(double objectiveness, double category) {
        return new LossConfig(iou, segmentationWeight, smoothnessWeight, trackingWeight, objectivenessWeight, categoryWeight,
                objectiveness, category);
    }
}
