package org.srnet.report;

import java.nio.file.Path;
import java.util.List;

import org.srnet.job.VideoSummary;
import org.srnet.result.FrameResult;

/**
 * One segmented video as the report shows it.
 *
 * @param name          video name, shown as the section title
 * @param overlayFrames the overlay image of every frame (JPEG or PNG, as written by the overlay writer), in frame
 *                      order; either empty (no strip) or one per entry of {@code results}
 * @param results       the segmentation of every frame, in frame order
 * @param speed         what segmenting the video took; null when it was not measured
 */
public record ReportVideo(String name, List<Path> overlayFrames, List<FrameResult> results, VideoSummary speed) {

    public ReportVideo {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("ReportVideo: name must not be empty");
        }
        overlayFrames = List.copyOf(overlayFrames);
        results = List.copyOf(results);
        if (!overlayFrames.isEmpty() && overlayFrames.size() != results.size()) {
            throw new IllegalArgumentException("ReportVideo " + name + ": " + overlayFrames.size()
                    + " overlay frames but " + results.size() + " frame results; give one overlay per frame or none");
        }
    }
}
