package org.srnet.data.synth;

/**
 * Which families of the synthetic world a video draws from. Every family (silhouette variant, texture, palette,
 * background, camera motion) belongs to exactly one side, so a model trained on {@link #TRAINING} and scored on
 * {@link #HELD_OUT} is scored on shapes, surfaces, colours, scenes and camera motions it never saw.
 */
public enum WorldSplit {
    /** The families training draws; the in-distribution val split draws them too (with other seeds). */
    TRAINING,
    /** The families training never draws: the generalisation split. */
    HELD_OUT
}
