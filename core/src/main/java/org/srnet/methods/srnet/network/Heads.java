package org.srnet.methods.srnet.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.srnet.nn.Layers;
import org.srnet.weights.StateDict;

/**
 * The output heads of §3.1 and §4.1: each is a 3×3 conv → ReLU → 1×1 conv on X. The tracking head reads
 * concat(X, H(t−1)), the others X alone (or also H(t−1), with {@link ModelConfig#heatmapToAllHeads()}). The final 1×1 convs start small (std 0.01) so the first losses are
 * moderate, and the pixel-offset head starts at exactly zero (SpatialEmbeddings), i.e. every pixel first points at
 * itself.
 *
 * <p>The heads keep their own weights (torchvision-style names, one 3×3 and one 1×1 conv each) but run together: one
 * 3×3 conv over concat(X, H) computes every head's hidden layer (a head that does not read H has zero weights for
 * it), and one block-diagonal 1×1 conv computes every head's output. That is exactly the arithmetic of separate heads
 * in two convolutions instead of ten, which libtorch runs about a third faster. In training the fused weights are
 * assembled from the heads' own on every pass, so gradients reach each head's parameters as before; inference fuses
 * them once per video ({@link SrNet#inferenceWeights()}).
 */
final class Heads {
    static final String OFFSETS = "offsets";
    static final String BANDWIDTH = "bandwidth";
    static final String OBJECTIVENESS = "objectiveness";
    static final String TRACKING = "tracking";
    static final String CATEGORY = "category";

    private final String prefix;
    private final int hidden;
    /** Output channels of each head, in the order of the fused output. */
    private final Map<String, Integer> outputs = new LinkedHashMap<>();

    Heads(StateDict p, String prefix, ModelConfig c) {
        this.prefix = prefix;
        this.hidden = c.headChannels();
        int x = c.decoderChannels();
        int others = c.heatmapToAllHeads() ? x + 1 : x;
        head(p, OFFSETS, others, c.offsetDims(), 0.0);
        head(p, BANDWIDTH, others, 2, 0.01);
        head(p, OBJECTIVENESS, others, 1, 0.01);
        head(p, TRACKING, x + 1, 2, 0.01);
        if (c.hasCategoryHead()) {
            head(p, CATEGORY, others, c.numClasses() + 1, 0.01);
        }
    }

    private void head(StateDict p, String name, int in, int out, double finalStd) {
        outputs.put(name, out);
        p.conv(prefix + name + ".0", hidden, in, true, 3, 3);
        if (finalStd == 0) {
            p.constant(prefix + name + ".2.weight", 0f, true, out, hidden, 1, 1);
        } else {
            p.normal(prefix + name + ".2.weight", finalStd, out, hidden, 1, 1);
        }
        p.constant(prefix + name + ".2.bias", 0f, true, out);
    }

    /**
     * The heads' weights in their fused form: the 3×3 layer over concat(X, H) and the block-diagonal 1×1 layer, with
     * their biases. Built from the heads' own parameters, so they must be fused again after those change.
     */
    record Fused(NDArray hiddenWeight, NDArray hiddenBias, NDArray outputWeight, NDArray outputBias) implements AutoCloseable {
        @Override
        public void close() {
            hiddenWeight.close();
            hiddenBias.close();
            outputWeight.close();
            outputBias.close();
        }
    }

    /** The fused weights for X with {@code xChannels} channels (H(t−1) adds one), as arrays of {@code m}. */
    Fused fuse(StateDict p, NDManager m, long xChannels) {
        return new Fused(hiddenWeight(p, m, xChannels + 1), biases(p, m, ".0.bias"), outputWeight(p, m), biases(p, m, ".2.bias"));
    }

    /**
     * Raw (pre-activation) outputs of every head on X and H(t−1), by head name: views of one array. {@code fused}
     * null fuses the weights for this pass (as training must, so that gradients reach each head's parameters).
     */
    Map<String, NDArray> apply(StateDict p, NDArray x, NDArray heat, Fused fused) {
        NDArray input = NDArrays.concat(new NDList(x, heat), 1);
        NDArray raw = Layers.then(input, in -> Layers.scoped(in, scopedIn -> {
            Fused w = fused != null ? fused : fuse(p, scopedIn.getManager(), x.getShape().get(1));
            NDArray hiddenLayer = Layers.then(Layers.conv2d(scopedIn, w.hiddenWeight(), w.hiddenBias(), 1), Layers::relu);
            return Layers.then(hiddenLayer, hl -> Layers.conv2d(hl, w.outputWeight(), w.outputBias(), 1));
        }));
        Map<String, NDArray> out = new LinkedHashMap<>();
        int from = 0;
        for (Map.Entry<String, Integer> e : outputs.entrySet()) {
            out.put(e.getKey(), raw.get(":, " + from + ":" + (from + e.getValue())));
            from += e.getValue();
        }
        return out;
    }

    /** Every head's bias of one layer ({@code suffix}), in the order of the fused output. */
    private NDArray biases(StateDict p, NDManager m, String suffix) {
        return concat(m, 0, outputs.keySet().stream().map(n -> p.get(prefix + n + suffix)).toList());
    }

    /** Every head's 3×3 weights stacked along the output channels; heads other than tracking get a zero H column. */
    private NDArray hiddenWeight(StateDict p, NDManager m, long inChannels) {
        List<NDArray> rows = new ArrayList<>();
        for (String name : outputs.keySet()) {
            NDArray w = p.get(prefix + name + ".0.weight");
            long missing = inChannels - w.getShape().get(1);
            rows.add(missing == 0 ? w : concat(m, 1, List.of(w, m.zeros(new Shape(hidden, missing, 3, 3)))));
        }
        return concat(m, 0, rows);
    }

    /** The heads' 1×1 weights as one block-diagonal matrix: head i's outputs read only head i's hidden channels. */
    private NDArray outputWeight(StateDict p, NDManager m) {
        List<NDArray> rows = new ArrayList<>();
        int heads = outputs.size();
        int i = 0;
        for (Map.Entry<String, Integer> e : outputs.entrySet()) {
            List<NDArray> row = new ArrayList<>();
            if (i > 0) {
                row.add(m.zeros(new Shape(e.getValue(), (long) hidden * i, 1, 1)));
            }
            row.add(p.get(prefix + e.getKey() + ".2.weight"));
            if (i < heads - 1) {
                row.add(m.zeros(new Shape(e.getValue(), (long) hidden * (heads - 1 - i), 1, 1)));
            }
            rows.add(concat(m, 1, row));
            i++;
        }
        return concat(m, 0, rows);
    }

    /**
     * Concatenation whose result belongs to {@code m}: DJL gives a result to its first operand's manager, so an empty
     * array of {@code m} goes first; otherwise a parameter first in line would collect a new array every pass.
     */
    private static NDArray concat(NDManager m, int axis, List<NDArray> parts) {
        long[] empty = parts.get(0).getShape().getShape().clone(); // DJL hands out its own array
        empty[axis] = 0;
        NDList all = new NDList(m.zeros(new Shape(empty)));
        all.addAll(parts);
        return NDArrays.concat(all, axis);
    }
}
