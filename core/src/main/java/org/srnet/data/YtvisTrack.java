package org.srnet.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.srnet.mask.Rle;

/**
 * One annotated object of a YouTube-VIS video: its category and its mask in every frame of the video.
 *
 * @param id the annotation id of the JSON
 * @param categoryId the data set's category id ({@code category_id})
 * @param crowd the {@code iscrowd} flag
 * @param segmentations per frame, the mask, or {@code null} where the object is absent
 * @param areas per frame, the JSON {@code areas} entry, or {@code null} where absent or not given (the
 *     official evaluation takes the average area from these, not from the masks)
 */
public record YtvisTrack(int id, int categoryId, boolean crowd, List<Rle> segmentations, List<Double> areas) {
    /** Copies the lists (they may hold nulls, so {@code List.copyOf} cannot be used). */
    public YtvisTrack {
        if (segmentations.size() != areas.size()) {
            throw new IllegalArgumentException("segmentations (" + segmentations.size() + ") and areas (" + areas.size()
                    + ") differ in length");
        }
        segmentations = Collections.unmodifiableList(Arrays.asList(segmentations.toArray(new Rle[0])));
        areas = Collections.unmodifiableList(Arrays.asList(areas.toArray(new Double[0])));
    }
}
