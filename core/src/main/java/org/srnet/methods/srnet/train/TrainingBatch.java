package org.srnet.methods.srnet.train;

import java.util.List;

import org.srnet.methods.srnet.loss.HeadTargets;

/**
 * One step's input on the host: N frame pairs at the training size, normalised NCHW, the previous-frame heat maps
 * H(t−1) at head resolution (N×1×h×w) and the ground truth at head resolution.
 */
public record TrainingBatch(int size, int width, int height, float[] previousImages, float[] currentImages,
        float[] heatmaps, List<HeadTargets> targets) {

    public TrainingBatch {
        int image = 3 * width * height;
        int head = ((width + 3) / 4) * ((height + 3) / 4);
        if (previousImages.length != size * image || currentImages.length != size * image
                || heatmaps.length != size * head || targets.size() != size) {
            throw new IllegalArgumentException("training batch arrays do not match " + size + "×" + width + "×" + height);
        }
    }
}
