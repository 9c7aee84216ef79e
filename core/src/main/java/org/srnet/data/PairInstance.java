package org.srnet.data;

/**
 * An instance of a {@link FramePair}: its track id (the same object in both frames), its category, and its mask
 * in each frame. A {@code null} mask means the instance is absent in that frame (it left the view, is fully
 * occluded, or appears only later), so no tracking target exists for it there.
 *
 * @param trackId id of the object within the pair (positive; equal ids in both frames = same object)
 * @param category category index 1..C into {@link TrainingData#categories}; 1 for class-agnostic data; 0 for an
 *     instance whose data set has no category the training categories know (train no category loss on it)
 * @param previousMask {@code H×W} row-major 0/1 mask in frame t−1, or {@code null}
 * @param currentMask {@code H×W} row-major 0/1 mask in frame t, or {@code null}
 */
public record PairInstance(int trackId, int category, byte[] previousMask, byte[] currentMask) {
    /** Validates that the instance exists in at least one frame and that both masks have one size. */
    public PairInstance {
        if (previousMask == null && currentMask == null) {
            throw new IllegalArgumentException("instance " + trackId + " is absent in both frames");
        }
        if (previousMask != null && currentMask != null && previousMask.length != currentMask.length) {
            throw new IllegalArgumentException("instance " + trackId + " masks differ in size: " + previousMask.length
                    + " vs " + currentMask.length);
        }
        if (category < 0) {
            throw new IllegalArgumentException("instance " + trackId + " has negative category " + category);
        }
    }
}
