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

    /** Loads annotated frame {@code frame} of {@code video}; a missing or mismatched file is a user error. */
    AnnotatedFrame load(int video, int frame);
}
