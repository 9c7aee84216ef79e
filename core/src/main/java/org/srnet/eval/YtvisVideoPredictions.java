package org.srnet.eval;

import java.util.List;

import org.srnet.data.YtvisVideo;

/**
 * One YouTube-VIS video with its detections, the unit {@link YtvisEvaluator} processes.
 *
 * @param video the ground-truth video with its tracks
 * @param detections this video's detections in results-file order
 */
public record YtvisVideoPredictions(YtvisVideo video, List<YtvisDetection> detections) {
    public YtvisVideoPredictions {
        detections = List.copyOf(detections);
    }
}
