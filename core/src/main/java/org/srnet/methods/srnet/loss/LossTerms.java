package org.srnet.methods.srnet.loss;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.ndarray.NDArray;

import org.srnet.train.TrainingStep;

/**
 * The terms of SRNet's loss for one batch, each already averaged as its equation says, and their weighted sum.
 * Terms that do not apply (no instance, no tracked instance, UVOS) are 0.
 */
public record LossTerms(
        NDArray segmentation,
        NDArray smoothness,
        NDArray tracking,
        NDArray objectiveness,
        NDArray category,
        NDArray total) {

    /** Host values by name, in a fixed order (for logs and progress bars). */
    public Map<String, Float> values() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(TrainingStep.TOTAL, total.getFloat());
        m.put("seg", segmentation.getFloat());
        m.put("smooth", smoothness.getFloat());
        m.put("track", tracking.getFloat());
        m.put("score", objectiveness.getFloat());
        m.put("cat", category.getFloat());
        return m;
    }
}
