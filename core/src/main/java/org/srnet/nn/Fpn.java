package org.srnet.nn;

import ai.djl.ndarray.NDArray;

import org.srnet.weights.StateDict;

/**
 * Feature Pyramid Network (Lin et al. 2017) as in Mask R-CNN: 1×1 lateral convolutions, a nearest-upsampling
 * top-down path and a 3×3 output convolution per level, producing F4, F8, F16, F32 (§3.1).
 */
public final class Fpn {
    private final String prefix;

    public Fpn(StateDict p, String prefix, int[] inChannels, int channels) {
        this.prefix = prefix;
        for (int l = 0; l < 4; l++) {
            p.conv(prefix + "lateral" + l, channels, inChannels[l], true, 1, 1);
            p.conv(prefix + "output" + l, channels, channels, true, 3, 3);
        }
    }

    /** F4, F8, F16, F32 from C2..C5. */
    public NDArray[] forward(StateDict p, NDArray[] c) {
        NDArray[] f = new NDArray[4];
        NDArray top = Layers.conv2d(p, prefix + "lateral3", c[3], 1);
        f[3] = Layers.conv2d(p, prefix + "output3", top, 1);
        for (int l = 2; l >= 0; l--) {
            NDArray lateral = Layers.conv2d(p, prefix + "lateral" + l, c[l], 1);
            NDArray coarser = top;
            top = Layers.then(lateral, lat -> Layers.then(Layers.upsample2(coarser), lat::add));
            coarser.close();
            f[l] = Layers.conv2d(p, prefix + "output" + l, top, 1);
        }
        top.close();
        return f;
    }

    /** F32 alone: the top level does not depend on the finer ones, so the previous frame needs only this. */
    public NDArray f32(StateDict p, NDArray c5) {
        return Layers.conv2d(p, prefix + "output3", Layers.conv2d(p, prefix + "lateral3", c5, 1), 1);
    }
}
