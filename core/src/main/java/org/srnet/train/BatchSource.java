package org.srnet.train;

/**
 * Training batches as a function of the iteration number, so that a run resumed from a checkpoint sees exactly the
 * batches the uninterrupted run would have seen. What a batch is ({@code B}) is the method's.
 */
@FunctionalInterface
public interface BatchSource<B> {
    /** The batch of iteration {@code iteration}: always the same for the same iteration. */
    B batch(int iteration);
}
