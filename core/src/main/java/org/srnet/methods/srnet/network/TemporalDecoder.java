package org.srnet.methods.srnet.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

import org.srnet.nn.GroupNorm;
import org.srnet.nn.Layers;
import org.srnet.weights.StateDict;

/**
 * SRNet's decoder (§3.1). Block 1 stacks F32(t−1) and F32(t) along a time axis and applies the 2×3×3 3D
 * convolution, which sees both frames at once at the cheapest scale (1/32). The next blocks upsample ×2 and merge
 * the skip features F16, F8, F4, each with a 3×3 conv, GroupNorm and ReLU, ending in X at 1/4 resolution.
 */
final class TemporalDecoder {
    private final String prefix;
    private final boolean projectSkips;

    TemporalDecoder(StateDict p, String prefix, int fpnChannels, int channels) {
        this.prefix = prefix;
        this.projectSkips = fpnChannels != channels;
        p.conv(prefix + "temporal", channels, fpnChannels, false, 2, 3, 3);
        GroupNorm.create(p, prefix + "temporal_norm", channels);
        for (int l = 2; l >= 0; l--) {
            if (projectSkips) {
                p.conv(prefix + "skip" + l, channels, fpnChannels, false, 1, 1);
            }
            p.conv(prefix + "block" + l, channels, channels, false, 3, 3);
            GroupNorm.create(p, prefix + "block" + l + "_norm", channels);
        }
    }

    /** X at 1/4 resolution from F4, F8, F16, F32 of frame t and F32 of frame t−1; F4, F8 and F16 are freed once read. */
    NDArray forward(StateDict p, NDArray[] f, NDArray previousF32) {
        NDArray stacked = NDArrays.stack(new NDList(previousF32, f[3]), 2); // N, C, 2 (t−1, t), H, W
        NDArray x = Layers.then(Layers.then(stacked, s -> Layers.conv3dTemporal(p, prefix + "temporal", s)), t -> t.squeeze(2));
        x = Layers.then(Layers.then(x, t -> GroupNorm.apply(p, prefix + "temporal_norm", t)), Layers::relu);
        for (int l = 2; l >= 0; l--) {
            NDArray skip = projectSkips ? Layers.conv2d(p, prefix + "skip" + l, f[l], 1) : f[l];
            String block = prefix + "block" + l;
            x = Layers.then(x, coarser -> Layers.scoped(coarser, in -> {
                NDArray merged = Layers.then(Layers.upsample2(in), up -> up.add(skip));
                NDArray conv = Layers.then(merged, m -> Layers.conv2d(p, block, m, 1));
                return Layers.then(Layers.then(conv, c -> GroupNorm.apply(p, block + "_norm", c)), Layers::relu);
            }));
            if (projectSkips) {
                skip.close();
            }
            f[l].close(); // P(l) has no other reader
        }
        return x;
    }
}
