package org.srnet.data;

import java.util.List;

/**
 * One frame at its source size with the instances visible in it, as the training sampler loads it.
 *
 * @param image the frame
 * @param instances the instances with a non-empty mask in this frame
 * @param ignore row-major 1 = ignore (void, crowd), or {@code null}
 */
record AnnotatedFrame(RgbImage image, List<Instance> instances, byte[] ignore) {
    /**
     * An instance of one frame.
     *
     * @param trackId the object's id within its video
     * @param category the training category index (see {@link PairInstance#category})
     * @param mask row-major 0/1 at the frame size
     */
    record Instance(int trackId, int category, byte[] mask) {}
}
