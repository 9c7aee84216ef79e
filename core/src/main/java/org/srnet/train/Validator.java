package org.srnet.train;

import java.util.Map;

/**
 * Scores the model being trained on held-out data, so a run keeps its best weights rather than its last. The
 * training package only calls it; what "score" means (J&F of an online segmentation, say) is the caller's.
 */
public interface Validator<M> {
    /** The key of the figure that picks the best model; higher is better. */
    String SCORE = "score";

    /** Named figures of the model as it is now, including {@link #SCORE}. */
    Map<String, Double> validate(M model);
}
