package org.srnet.infer;

import java.util.ArrayList;
import java.util.List;

import org.srnet.mask.Rle;

/**
 * The segmentation of one frame at its original resolution: the tracked objects with their full-size masks.
 * Masks are disjoint (the clustering makes them so), so each pixel belongs to at most one track.
 *
 * @param frameIndex 0-based index of the frame in its video
 * @param frameName  the frame's name without extension (e.g. "00005"), used for output file names
 * @param width      frame width in pixels
 * @param height     frame height in pixels
 * @param instances  the objects found, in seed order
 */
public record FrameResult(int frameIndex, String frameName, int width, int height, List<SegmentedInstance> instances) {

    public FrameResult {
        if (frameIndex < 0) {
            throw new IllegalArgumentException("FrameResult: frame index must be >= 0, got " + frameIndex);
        }
        if (frameName == null || frameName.isEmpty()) {
            throw new IllegalArgumentException("FrameResult: frame name must not be empty");
        }
        instances = List.copyOf(instances);
        for (SegmentedInstance s : instances) {
            if (s.mask().width() != width || s.mask().height() != height) {
                throw new IllegalArgumentException("FrameResult: mask of track " + s.trackId() + " is "
                        + s.mask().width() + "×" + s.mask().height() + ", frame is " + width + "×" + height);
            }
        }
    }

    /** Brings tracked head-resolution instances back to the original frame through {@code geometry}. */
    public static FrameResult of(int frameIndex, String frameName, List<TrackedInstance> tracked, InputGeometry geometry) {
        List<SegmentedInstance> out = new ArrayList<>(tracked.size());
        int w = geometry.originalWidth();
        int h = geometry.originalHeight();
        for (TrackedInstance t : tracked) {
            Instance i = t.instance();
            Rle rle = geometry.toOriginalRle(i.mask());
            out.add(new SegmentedInstance(t.trackId(), rle, i.category(), i.seedScore(), i.classProbs()));
        }
        return new FrameResult(frameIndex, frameName, w, h, out);
    }
}
