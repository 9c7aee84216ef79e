package org.srnet.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.srnet.weights.StateDict;

/**
 * Group normalisation (Wu &amp; He 2018) for the decoder, as STEm-Seg's decoders use: unlike BatchNorm it does not
 * depend on the batch, which is 1–4 frame pairs here. Its affine parameters are stored as (1, C, 1, 1) so that the
 * per-frame arithmetic never has a parameter as first operand (DJL attaches a result to its first operand's
 * manager, and a parameter's manager lives as long as the model).
 */
public final class GroupNorm {
    private static final float EPS = 1e-5f;

    private GroupNorm() {}

    /** 32 groups as in the paper that introduced it, fewer when the width is small. */
    public static int groups(int channels) {
        int g = Math.min(32, channels);
        while (channels % g != 0) {
            g--;
        }
        return g;
    }

    public static void create(StateDict p, String name, int channels) {
        p.constant(name + ".weight", 1f, true, 1, channels, 1, 1);
        p.constant(name + ".bias", 0f, true, 1, channels, 1, 1);
    }

    public static NDArray apply(StateDict p, String name, NDArray x) {
        Shape shape = x.getShape();
        int g = groups((int) shape.get(1));
        // Group norm is a layer norm over each group's (C/G)·H·W values; libtorch's fused layer norm makes one pass
        // where mean, variance and normalisation written out make eight.
        NDArray grouped = x.reshape(shape.get(0), g, -1);
        Shape perGroup = new Shape(grouped.getShape().get(2));
        NDManager m = x.getManager();
        NDArray ones = m.ones(perGroup);
        NDArray zeros = m.zeros(perGroup);
        NDArray normed = Layers.then(grouped, gr -> gr.getNDArrayInternal().layerNorm(gr, perGroup, ones, zeros, EPS).head());
        ones.close();
        zeros.close();
        NDArray scaled = Layers.then(Layers.then(normed, n -> n.reshape(shape)), n -> n.mul(p.get(name + ".weight")));
        return Layers.then(scaled, y -> y.add(p.get(name + ".bias")));
    }
}
