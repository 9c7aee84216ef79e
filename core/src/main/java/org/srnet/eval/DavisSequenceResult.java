package org.srnet.eval;

import java.util.List;

/**
 * The evaluation of one sequence: its matched pairs in the official order (increasing proposal id, which is the
 * order scipy returns them in; row k of the official per-object table is the k-th pair, not object k).
 *
 * @param name the sequence name
 * @param objects number of ground-truth objects N (largest label of the first annotated frame)
 * @param proposals number of proposals P (largest predicted label over all frames)
 * @param frameIds the evaluated frame ids, in order
 * @param matches one pair per ground-truth object, in increasing proposal id
 * @param identity the identity figures of the sequence (palette indices as track ids)
 */
public record DavisSequenceResult(String name, int objects, int proposals, List<String> frameIds,
        List<DavisMatchedObject> matches, VideoIdentity identity) {
    public DavisSequenceResult {
        frameIds = List.copyOf(frameIds);
        matches = List.copyOf(matches);
        if (matches.size() != objects) {
            throw new IllegalArgumentException("sequence " + name + " has " + objects + " objects but "
                    + matches.size() + " matches");
        }
    }
}
