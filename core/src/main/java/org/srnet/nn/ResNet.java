package org.srnet.nn;

import ai.djl.ndarray.NDArray;

import org.srnet.weights.StateDict;

/**
 * The ResNet backbone (He et al. 2016) in torchvision's layout and naming — stem (7×7 conv, BN, ReLU, 3×3 max
 * pool), then four stages of basic (ResNet-18/34) or bottleneck (ResNet-50/101, stride on the 3×3 conv as in
 * torchvision) blocks. It returns the stage outputs C2..C5 at strides 4, 8, 16 and 32 for the FPN.
 */
public final class ResNet {
    private static final int[][] BLOCKS = {{18, 2, 2, 2, 2}, {34, 3, 4, 6, 3}, {50, 3, 4, 6, 3}, {101, 3, 4, 23, 3}};

    private final String prefix;
    private final int[] blocks;
    private final boolean bottleneck;
    private final boolean frozenBn;
    private final int[] stageChannels = new int[4];

    public ResNet(StateDict p, String prefix, int depth, int width, boolean frozenBn, boolean motionInput) {
        this.prefix = prefix;
        this.bottleneck = depth >= 50;
        this.frozenBn = frozenBn;
        int[] row = java.util.Arrays.stream(BLOCKS).filter(r -> r[0] == depth).findFirst().orElseThrow();
        this.blocks = java.util.Arrays.copyOfRange(row, 1, 5);
        int expansion = bottleneck ? 4 : 1;

        p.conv(prefix + "conv1", width, 3, false, 7, 7);
        if (motionInput) {
            // The frame difference's own 7×7 stem filters, summed with conv1's: the same arithmetic as one conv over
            // six channels, but conv1 keeps torchvision's shape (pretrained weights still load) and a still frame
            // costs nothing extra.
            p.conv(prefix + "motion_conv1", width, 3, false, 7, 7);
        }
        p.batchNorm(prefix + "bn1", width, frozenBn);
        int in = width;
        for (int s = 0; s < 4; s++) {
            int planes = width << s;
            for (int b = 0; b < blocks[s]; b++) {
                String n = prefix + "layer" + (s + 1) + "." + b + ".";
                int stride = b == 0 && s > 0 ? 2 : 1;
                int out = planes * expansion;
                if (bottleneck) {
                    p.conv(n + "conv1", planes, in, false, 1, 1);
                    p.batchNorm(n + "bn1", planes, frozenBn);
                    p.conv(n + "conv2", planes, planes, false, 3, 3);
                    p.batchNorm(n + "bn2", planes, frozenBn);
                    p.conv(n + "conv3", out, planes, false, 1, 1);
                    p.batchNorm(n + "bn3", out, frozenBn);
                } else {
                    p.conv(n + "conv1", planes, in, false, 3, 3);
                    p.batchNorm(n + "bn1", planes, frozenBn);
                    p.conv(n + "conv2", planes, planes, false, 3, 3);
                    p.batchNorm(n + "bn2", planes, frozenBn);
                }
                if (stride != 1 || in != out) {
                    p.conv(n + "downsample.0", out, in, false, 1, 1);
                    p.batchNorm(n + "downsample.1", out, frozenBn);
                }
                in = out;
            }
            stageChannels[s] = in;
        }
    }

    /** Output channels of C2, C3, C4, C5. */
    public int[] stageChannels() {
        return stageChannels.clone();
    }

    /** C2..C5 of an NCHW image batch. */
    public NDArray[] forward(StateDict p, NDArray image, boolean training) {
        return forward(p, image, null, training);
    }

    /** C2..C5 of an NCHW image batch and its frame difference I(t) − I(t−1) (null = no motion). */
    public NDArray[] forward(StateDict p, NDArray image, NDArray difference, boolean training) {
        boolean batchStats = training && !frozenBn;
        NDArray x = Layers.conv2d(p, prefix + "conv1", image, 2);
        if (difference != null) {
            x = Layers.then(x, stem -> stem.add(Layers.conv2d(p, prefix + "motion_conv1", difference, 2)));
        }
        x = Layers.then(Layers.then(x, stem -> Layers.batchNorm(p, prefix + "bn1", stem, batchStats)), Layers::relu);
        x = Layers.then(x, Layers::maxPool3x3Stride2);
        NDArray[] c = new NDArray[4];
        for (int s = 0; s < 4; s++) {
            for (int b = 0; b < blocks[s]; b++) {
                String n = prefix + "layer" + (s + 1) + "." + b + ".";
                int stride = b == 0 && s > 0 ? 2 : 1;
                NDArray in = x;
                x = Layers.scoped(in, i -> block(p, n, i, stride, batchStats));
                if (b > 0 || s == 0) {
                    in.close(); // an intermediate; the input of a later stage's first block is C(s), which the FPN reads
                }
            }
            c[s] = x;
        }
        return c;
    }

    private NDArray block(StateDict p, String n, NDArray x, int stride, boolean batchStats) {
        NDArray y;
        if (bottleneck) {
            y = Layers.convBn(p, n + "conv1", n + "bn1", x, 1, batchStats, true);
            y = Layers.then(y, a -> Layers.convBn(p, n + "conv2", n + "bn2", a, stride, batchStats, true));
            y = Layers.then(y, a -> Layers.convBn(p, n + "conv3", n + "bn3", a, 1, batchStats, false));
        } else {
            y = Layers.convBn(p, n + "conv1", n + "bn1", x, stride, batchStats, true);
            y = Layers.then(y, a -> Layers.convBn(p, n + "conv2", n + "bn2", a, 1, batchStats, false));
        }
        if (p.contains(n + "downsample.0.weight")) {
            NDArray shortcut = Layers.convBn(p, n + "downsample.0", n + "downsample.1", x, stride, batchStats, false);
            y = Layers.then(y, a -> Layers.then(shortcut, a::add));
        } else {
            y = Layers.then(y, a -> a.add(x));
        }
        return Layers.then(y, Layers::relu);
    }
}
