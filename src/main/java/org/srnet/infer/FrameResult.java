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

    /**
     * The result of tracked head-resolution instances whose frame-size masks were already made
     * ({@link FrameMasks}), in the same order.
     */
    public static FrameResult of(int frameIndex, String frameName, List<TrackedInstance> tracked, List<Rle> masks,
            InputGeometry geometry) {
        if (masks.size() != tracked.size()) {
            throw new IllegalArgumentException("FrameResult: " + masks.size() + " masks for " + tracked.size() + " instances");
        }
        List<SegmentedInstance> out = new ArrayList<>(tracked.size());
        for (int k = 0; k < tracked.size(); k++) {
            TrackedInstance t = tracked.get(k);
            Instance i = t.instance();
            out.add(new SegmentedInstance(t.trackId(), masks.get(k), i.category(), i.seedScore(), i.classProbs(),
                    t.tentative()));
        }
        return new FrameResult(frameIndex, frameName, geometry.originalWidth(), geometry.originalHeight(), out);
    }
}
