package org.srnet.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.nn.norm.BatchNorm;

import org.srnet.weights.StateDict;

/** The few functional layers srnet is built from, reading their weights from a {@link StateDict} by name. */
public final class Layers {
    private Layers() {}

    /** A 2D convolution with "same" padding for odd kernels; bias used when the state dict has one. */
    public static NDArray conv2d(StateDict p, String name, NDArray x, int stride) {
        return conv2d(x, p.get(name + ".weight"), p.contains(name + ".bias") ? p.get(name + ".bias") : null, stride);
    }

    /** A 2D convolution with "same" padding for odd kernels and given weight and bias (null: none). */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray bias, int stride) {
        long k = weight.getShape().get(2);
        return Conv2d.conv2d(x, weight, bias, new Shape(stride, stride), new Shape(k / 2, k / 2), new Shape(1, 1), 1).head();
    }

    /** The 2×3×3 temporal convolution: depth is not padded, so two frames collapse into one. */
    public static NDArray conv3dTemporal(StateDict p, String name, NDArray x) {
        NDArray w = p.get(name + ".weight");
        NDArray b = p.contains(name + ".bias") ? p.get(name + ".bias") : null;
        return Conv3d.conv3d(x, w, b, new Shape(1, 1, 1), new Shape(0, 1, 1), new Shape(1, 1, 1), 1).head();
    }

    /** BatchNorm over channels (axis 1). Frozen or inference: running statistics, which stay unchanged. */
    public static NDArray batchNorm(StateDict p, String name, NDArray x, boolean useBatchStatistics) {
        // DJL's momentum 0.9 is torch's 0.1 (it is converted internally).
        return BatchNorm.batchNorm(x, p.get(name + ".running_mean"), p.get(name + ".running_var"),
                p.get(name + ".weight"), p.get(name + ".bias"), 1, 0.9f, 1e-5f, useBatchStatistics).head();
    }

    /**
     * {@code f(x)} with every intermediate array it makes freed on return; only the result stays, in {@code x}'s
     * manager. DJL otherwise keeps each intermediate until the whole frame's manager closes, so a frame's working set
     * grows to the sum of all its activations instead of a few live ones. Autograd holds its own references to what
     * backward needs, so this is safe in training too. {@code f} must start its arithmetic from {@code x}.
     */
    public static NDArray scoped(NDArray x, java.util.function.UnaryOperator<NDArray> f) {
        NDManager parent = x.getManager();
        try (NDManager scope = parent.newSubManager()) {
            x.tempAttach(scope);
            NDArray y = f.apply(x);
            y.attach(parent);
            return y;
        }
    }

    /**
     * The ResNet stem's max pooling (3×3 window, stride 2, padding 1), separably: the maximum of three strided row
     * views, then of three strided column views. libtorch's NCHW max_pool2d kernel took 4.4 ms on a 1×24×96×160 map
     * with one thread, about a tenth of the whole cpu-small forward pass. The input must be non-negative (it follows
     * a ReLU), so padding with zeros instead of −∞ changes no maximum: every window holds a real value ≥ 0.
     */
    public static NDArray maxPool3x3Stride2(NDArray x) {
        Shape s = x.getShape();
        NDArray rows = then(padZeros(x, 1, 1, 1, 1), padded -> stridedMax(padded, 2, (s.get(2) - 1) / 2 + 1));
        return then(rows, r -> stridedMax(r, 3, (s.get(3) - 1) / 2 + 1));
    }

    /** The maximum of the views at offsets 0, 1, 2 with step 2 along {@code axis} (2 or 3), {@code out} long each. */
    private static NDArray stridedMax(NDArray x, int axis, long out) {
        NDArray max = null;
        for (int d = 0; d < 3; d++) {
            String slice = d + ":" + (d + 2 * out - 1) + ":2";
            NDArray view = x.get(axis == 2 ? ":, :, " + slice + ", :" : ":, :, :, " + slice);
            if (max == null) {
                max = view;
            } else {
                NDArray previous = max;
                max = then(view, v -> previous.maximum(v));
                previous.close();
            }
        }
        return max;
    }

    /** Zero padding of an NCHW map by the given numbers of rows and columns (libtorch's constant pad, one op). */
    public static NDArray padZeros(NDArray x, long top, long bottom, long left, long right) {
        return top == 0 && bottom == 0 && left == 0 && right == 0 ? x : x.pad(new Shape(left, right, top, bottom), 0);
    }

    /**
     * {@code f(x)}, with {@code x} freed as soon as {@code f} has read it: for an intermediate map nothing else reads.
     * DJL otherwise keeps every intermediate until its manager closes, so each op writes to memory that has not been
     * touched for a while (cache misses, and page faults while the heap grows); freed at once, the allocator hands the
     * same, still cached, block to the next op, as PyTorch does when a tensor's last reference goes. Autograd keeps its
     * own reference to what backward needs, so this is safe in training too. When {@code f} returns {@code x} itself
     * nothing is freed.
     */
    public static NDArray then(NDArray x, java.util.function.UnaryOperator<NDArray> f) {
        NDArray y = f.apply(x);
        if (y != x) {
            x.close();
        }
        return y;
    }

    /** A convolution followed by BatchNorm (and ReLU), each intermediate freed once read. */
    public static NDArray convBn(StateDict p, String conv, String bn, NDArray x, int stride, boolean batchStats, boolean relu) {
        NDArray y = then(conv2d(p, conv, x, stride), c -> batchNorm(p, bn, c, batchStats));
        return relu ? then(y, Layers::relu) : y;
    }

    public static NDArray relu(NDArray x) {
        return Activation.relu(x);
    }

    /** Nearest-neighbour ×2 upsampling of an NCHW map (libtorch's upsample_nearest2d, one pass). */
    public static NDArray upsample2(NDArray x) {
        Shape s = x.getShape();
        return x.getNDArrayInternal().interpolation(new long[] {2 * s.get(2), 2 * s.get(3)}, NEAREST, false);
    }

    /** DJL's interpolation mode number for nearest neighbour. */
    private static final int NEAREST = 0;
}
