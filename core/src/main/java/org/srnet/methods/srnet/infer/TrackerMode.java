package org.srnet.methods.srnet.infer;

/** Which association {@link Tracker} runs after the clustering. */
public enum TrackerMode {
    /** Algorithm 1 lines 15–19 as written: only the previous frame's instances can be matched. */
    PAPER,
    /**
     * Unmatched tracks stay matchable for {@code trackMemory} frames, matches are gated by object size, near-equal
     * distances are decided by mask overlap, and a track is tentative until it has been seen {@code minTrackLength}
     * times.
     */
    PERSISTENT
}
