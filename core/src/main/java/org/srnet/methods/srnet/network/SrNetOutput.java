package org.srnet.methods.srnet.network;

import ai.djl.ndarray.NDArray;

/**
 * What one forward pass of SRNet produces, each NCHW at head resolution (1/4 of the input, rounded up):
 *
 * @param offsets            pixel offsets E after activation, 2 + extra dimensions, in grid units (x, y first)
 * @param inverseVariance    the bandwidth head's output as an inverse variance b = 10·exp(r), so Σ = b^−½ of Eq. 3;
 *                           2 channels (x, y)
 * @param inverseVarianceRaw r, the bandwidth head's raw output (the smoothness term of Eq. 5 works on it)
 * @param objectiveness      O = sigmoid(raw), 1 channel
 * @param tracking           tracking vectors T in grid units, 2 channels (x, y)
 * @param categoryLogits     category logits Y, C + 1 channels with 0 = background; null in UVOS mode
 * @param f32                F32(t), the feature to carry to the next frame as F32(t−1) (padded size)
 */
public record SrNetOutput(
        NDArray offsets,
        NDArray inverseVariance,
        NDArray inverseVarianceRaw,
        NDArray objectiveness,
        NDArray tracking,
        NDArray categoryLogits,
        NDArray f32) {
}
