package org.srnet.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.srnet.mask.Rle;

/**
 * One entry of a YouTube-VIS results file: a track hypothesis for one video with one category and score.
 *
 * @param videoId the GT video it belongs to
 * @param categoryId its category
 * @param score its confidence
 * @param segmentations per frame, the mask, or {@code null} where the track is absent
 */
public record YtvisDetection(int videoId, int categoryId, double score, List<Rle> segmentations) {
    /** Copies the list (it may hold nulls). */
    public YtvisDetection {
        segmentations = Collections.unmodifiableList(Arrays.asList(segmentations.toArray(new Rle[0])));
    }
}
