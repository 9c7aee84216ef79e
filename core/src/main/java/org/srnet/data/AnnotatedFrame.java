package org.srnet.data;

import java.util.ArrayList;
import java.util.List;

import org.srnet.image.RgbImage;
import org.srnet.mask.Rle;

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

    /** Collects one frame's annotations: instances, with crowd regions merged into the ignore map instead. */
    static final class Builder {
        private final List<Instance> instances = new ArrayList<>();
        private byte[] ignore;

        /** Adds an annotation; a null or empty mask is absent in this frame and adds nothing. */
        void add(int trackId, int category, Rle rle, boolean crowd) {
            if (rle == null || rle.area() == 0) {
                return;
            }
            byte[] mask = rle.decode();
            if (!crowd) {
                instances.add(new Instance(trackId, category, mask));
                return;
            }
            if (ignore == null) {
                ignore = new byte[mask.length];
            }
            for (int i = 0; i < mask.length; i++) {
                ignore[i] |= mask[i];
            }
        }

        /** Adds an instance whose mask is already decoded (non-empty). */
        void add(int trackId, int category, byte[] mask) {
            instances.add(new Instance(trackId, category, mask));
        }

        AnnotatedFrame build(RgbImage image) {
            return new AnnotatedFrame(image, instances, ignore);
        }
    }
}
