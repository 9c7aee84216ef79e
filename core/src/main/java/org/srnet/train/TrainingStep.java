package org.srnet.train;

import java.util.Map;

import ai.djl.ndarray.NDManager;

/**
 * The method's part of one training step: forward the batch of {@code iteration} and back-propagate its loss,
 * leaving the gradients in the parameters. The {@link Trainer} clips them, steps the optimizer and closes
 * {@code step}, the manager every array of the step belongs to.
 */
@FunctionalInterface
public interface TrainingStep {
    /** The named loss values of the batch (for the log), {@value #TOTAL} among them. */
    Map<String, Float> forwardBackward(NDManager step, int iteration);

    /** The key of the loss that was back-propagated. */
    String TOTAL = "total";
}
