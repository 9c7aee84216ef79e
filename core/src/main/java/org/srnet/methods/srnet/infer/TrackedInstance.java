package org.srnet.methods.srnet.infer;

/**
 * An instance of the current frame with the track ID the tracker gave it (Algorithm 1, lines 15–19).
 *
 * @param trackId   track ID, unique within the video, starting at 1
 * @param instance  the clustered instance at head resolution
 * @param tentative whether the track has not yet been seen often enough to be confirmed ({@link Tracker})
 */
public record TrackedInstance(int trackId, Instance instance, boolean tentative) {

    public TrackedInstance {
        if (trackId < 1) {
            throw new IllegalArgumentException("TrackedInstance: track id must be >= 1, got " + trackId);
        }
        if (instance == null) {
            throw new IllegalArgumentException("TrackedInstance: instance must not be null");
        }
    }
}
