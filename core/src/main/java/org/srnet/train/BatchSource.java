package org.srnet.train;

import org.srnet.methods.srnet.train.TrainingBatch;

/**
 * Training batches as a function of the iteration number, so that a run resumed from a checkpoint sees exactly the
 * batches the uninterrupted run would have seen.
 */
@FunctionalInterface
public interface BatchSource {
    TrainingBatch batch(int iteration);
}
