package org.srnet.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.srnet.mask.Rle;

/**
 * One entry of a YouTube-VIS {@code results.json}: a track over a whole video.
 *
 * @param videoId       the dataset's video id
 * @param categoryId    the track's category (1..40 for YouTube-VIS 2019)
 * @param score         the track's confidence (see {@link org.srnet.result.TrackSummary})
 * @param segmentations one mask per frame of the video, null where the track is absent (unmodifiable)
 */
public record YtvisTrack(long videoId, int categoryId, double score, List<Rle> segmentations) {

    public YtvisTrack {
        segmentations = Collections.unmodifiableList(new ArrayList<>(segmentations));
    }
}
