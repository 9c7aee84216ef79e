package org.srnet.result;

import java.util.List;

/**
 * The segmentation of one frame at its original resolution: the tracked objects with their full-size masks.
 * Masks are disjoint (every method makes them so), so each pixel belongs to at most one track. What every method
 * returns for every frame.
 *
 * @param frameIndex 0-based index of the frame in its video
 * @param frameName  the frame's name without extension (e.g. "00005"), used for output file names
 * @param width      frame width in pixels
 * @param height     frame height in pixels
 * @param instances  the objects found, in the order the method found them (SRNet: seed order)
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
}
