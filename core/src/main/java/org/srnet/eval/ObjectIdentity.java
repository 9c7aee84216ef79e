package org.srnet.eval;

import java.util.List;

/**
 * How one ground-truth object was followed through a video.
 *
 * @param object its id: the DAVIS label, or the YouTube-VIS annotation id
 * @param frames frames in which it is present
 * @param matchedFrames frames in which the per-frame matching paired it with a predicted track
 * @param tracks the predicted tracks it was paired with, in the order of their first pairing (DAVIS: palette
 *     index; YouTube-VIS: index of the entry among the video's results entries, in file order, from 0)
 * @param switches how often it was paired with another track than at its previous pairing
 */
public record ObjectIdentity(int object, int frames, int matchedFrames, List<Integer> tracks, int switches) {
    public ObjectIdentity {
        tracks = List.copyOf(tracks);
        if (matchedFrames > frames || (matchedFrames == 0) != tracks.isEmpty() || switches < tracks.size() - 1) {
            throw new IllegalArgumentException("object " + object + ": " + matchedFrames + " matched of " + frames
                    + " frames, " + tracks.size() + " tracks, " + switches + " switches");
        }
    }
}
