package org.srnet.eval;

import org.srnet.mask.LabelMap;

/**
 * One DAVIS sequence to evaluate: its annotated frames and, for each, the ground-truth and the predicted label
 * maps. Frames are read one at a time, so a long sequence never has to sit in memory.
 */
public interface DavisSequence {
    /** Returns the sequence name (the folder name under the annotation and results roots). */
    String name();

    /** Returns the number of annotated frames T; every one of them is evaluated. */
    int frameCount();

    /** Returns the id of frame {@code t} (the annotation file name without its extension). */
    String frameId(int t);

    /** Returns the ground-truth labels of frame {@code t}: 0 background, 1..N objects, 255 void. */
    LabelMap groundTruth(int t);

    /** Returns the predicted labels of frame {@code t}: 0 background, 1..20 proposal ids. */
    LabelMap prediction(int t);

    /** Returns how to name frame {@code t}'s prediction in an error message (a path where there is one). */
    default String predictionName(int t) {
        return name() + "/" + frameId(t) + ".png";
    }
}
