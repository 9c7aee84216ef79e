package org.srnet.data;

import java.util.List;

/** One training example at the training size: two frames and their instances. */
public record FramePair(int width, int height,
                        float[] previousRgb,
                        float[] currentRgb,
                        List<PairInstance> instances,
                        byte[] ignoreCurrent) {
}
