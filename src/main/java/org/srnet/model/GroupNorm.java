package org.srnet.model;

import ai.djl.ndarray.NDArray;

/**
 * Group normalisation (Wu &amp; He 2018) for the decoder, as STEm-Seg's decoders use: unlike BatchNorm it does not
 * depend on the batch, which is 1–4 frame pairs here. Its affine parameters are stored as (1, C, 1, 1) so that the
 * per-frame arithmetic never has a parameter as first operand (DJL attaches a result to its first operand's
 * manager, and a parameter's manager lives as long as the model).
 */
final class GroupNorm {
    private static final float EPS = 1e-5f;

    private GroupNorm() {}

    /** 32 groups as in the paper that introduced it, fewer when the width is small. */
    static int groups(int channels) {
        int g = Math.min(32, channels);
        while (channels % g != 0) {
            g--;
        }
        return g;
    }

    static void create(StateDict p, String name, int channels) {
        p.constant(name + ".weight", 1f, true, 1, channels, 1, 1);
        p.constant(name + ".bias", 0f, true, 1, channels, 1, 1);
    }

    static NDArray apply(StateDict p, String name, NDArray x) {
        long n = x.getShape().get(0);
        long c = x.getShape().get(1);
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        int g = groups((int) c);
        NDArray grouped = x.reshape(n, g, -1);
        NDArray mean = grouped.mean(new int[] {2}, true);
        NDArray centred = grouped.sub(mean);
        NDArray var = centred.square().mean(new int[] {2}, true);
        NDArray normed = centred.div(var.add(EPS).sqrt()).reshape(n, c, h, w);
        return normed.mul(p.get(name + ".weight")).add(p.get(name + ".bias"));
    }
}
