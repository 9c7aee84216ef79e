package org.srnet.model;

import ai.djl.ndarray.NDArray;

/**
 * The output heads of §3.1 and §4.1: each is a 3×3 conv → ReLU → 1×1 conv on X. The tracking head reads
 * concat(X, H(t−1)), the others X alone. The final 1×1 convs start small (std 0.01) so the first losses are
 * moderate, and the pixel-offset head starts at exactly zero (SpatialEmbeddings), i.e. every pixel first points at
 * itself.
 */
final class Heads {
    static final String OFFSETS = "offsets";
    static final String BANDWIDTH = "bandwidth";
    static final String OBJECTIVENESS = "objectiveness";
    static final String TRACKING = "tracking";
    static final String CATEGORY = "category";

    private final String prefix;

    Heads(StateDict p, String prefix, ModelConfig c) {
        this.prefix = prefix;
        int x = c.decoderChannels();
        int h = c.headChannels();
        head(p, OFFSETS, x, h, c.offsetDims(), 0.0);
        head(p, BANDWIDTH, x, h, 2, 0.01);
        head(p, OBJECTIVENESS, x, h, 1, 0.01);
        head(p, TRACKING, x + 1, h, 2, 0.01);
        if (c.hasCategoryHead()) {
            head(p, CATEGORY, x, h, c.numClasses() + 1, 0.01);
        }
    }

    private void head(StateDict p, String name, int in, int hidden, int out, double finalStd) {
        p.conv(prefix + name + ".0", hidden, in, true, 3, 3);
        if (finalStd == 0) {
            p.constant(prefix + name + ".2.weight", 0f, true, out, hidden, 1, 1);
        } else {
            p.normal(prefix + name + ".2.weight", finalStd, out, hidden, 1, 1);
        }
        p.constant(prefix + name + ".2.bias", 0f, true, out);
    }

    /** Raw (pre-activation) output of one head. */
    NDArray apply(StateDict p, String name, NDArray input) {
        return Layers.scoped(input, x -> Layers.conv2d(p, prefix + name + ".2",
                Layers.relu(Layers.conv2d(p, prefix + name + ".0", x, 1)), 1));
    }
}
