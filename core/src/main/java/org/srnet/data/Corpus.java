package org.srnet.data;

/**
 * A data set as the training sampler sees it: videos of annotated frames (a still image is a video of one
 * frame). Implementations are read-only after construction.
 */
interface Corpus {
    /** What to call this data set in messages (its path). */
    String describe();

    /** Number of videos. */
    int videos();

    /** Number of annotated frames of a video. */
    int frames(int video);

    /**
     * Whether one frame alone says what the objects are, so it may become a synthesized static pair (true for
     * photographs; false for a world where only motion tells objects from look-alikes).
     */
    default boolean framesDefineObjects() {
        return true;
    }

    /** Loads annotated frame {@code frame} of {@code video}; a missing or mismatched file is a user error. */
    AnnotatedFrame load(int video, int frame);
}
