package org.srnet.methods.srnet.network;

import java.util.Map;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

import org.srnet.nn.Fpn;
import org.srnet.nn.Layers;
import org.srnet.nn.ResNet;
import org.srnet.nn.Scalars;
import org.srnet.weights.StateDict;

/**
 * SRNet (§3.1): a ResNet + FPN encoder, the temporal decoder whose first block convolves F32(t−1) and F32(t)
 * with a 2×3×3 3D kernel, and the pixel-offset, bandwidth, objectiveness, tracking and category heads on the
 * 1/4-resolution feature X.
 *
 * <p>F32(t−1) is an explicit input and F32(t) an explicit output so online inference can carry it between frames;
 * on the first frame F32(t−1) = F32(t) and H(t−1) = 0 (§3.7). Inputs of any size are padded right and bottom to a
 * multiple of 32, and the padding is cropped from every head output, which is ceil(H/4) × ceil(W/4).
 *
 * <p>This class has no file I/O; {@link SrNetModel} saves and loads it.
 */
public final class SrNet implements AutoCloseable {
    /** b = BANDWIDTH_SCALE · exp(r): r = 0 gives Σ ≈ 0.32 grid units, about a sixth of the short side (STEm-Seg). */
    public static final float BANDWIDTH_SCALE = 10f;
    /** Clamp of r before exp, only to keep b finite; the head never needs values near it. */
    private static final float BANDWIDTH_RAW_LIMIT = 10f;

    private final ModelConfig config;
    private final StateDict state;
    private final ResNet backbone;
    private final Fpn fpn;
    private final TemporalDecoder decoder;
    private final Heads heads;

    private SrNet(ModelConfig config, NDManager manager) {
        this.config = config;
        this.state = new StateDict(manager);
        this.backbone = new ResNet(state, "backbone.", config.backbone(), config.backboneWidth(), config.frozenBatchNorm(),
                config.motionInput());
        this.fpn = new Fpn(state, "fpn.", backbone.stageChannels(), config.fpnChannels());
        this.decoder = new TemporalDecoder(state, "decoder.", config.fpnChannels(), config.decoderChannels());
        this.heads = new Heads(state, "heads.", config);
    }

    /** A freshly initialised network, deterministic for a given seed; it owns a child of {@code parent}. */
    public static SrNet create(ModelConfig config, NDManager parent, int seed) {
        Engine.getInstance().setRandomSeed(seed);
        return new SrNet(config, parent.newSubManager());
    }

    public ModelConfig config() {
        return config;
    }

    public StateDict state() {
        return state;
    }

    /**
     * One frame: {@code image} is NCHW (normalised), {@code previousF32} the F32 of frame t−1 (null on the first
     * frame, or when the temporal ablation is on: then F32(t) is used), {@code heatmap} H(t−1) as N×1×ceil(H/4)×ceil(W/4)
     * (null = zeros).
     */
    public SrNetOutput forward(NDArray image, NDArray previousF32, NDArray heatmap, boolean training) {
        return forward(image, null, previousF32, heatmap, training);
    }

    /**
     * {@link #forward(NDArray, NDArray, NDArray, boolean)} with frame t−1's image (normalised, same shape), which a
     * network with {@link ModelConfig#motionInput()} needs; null on the first frame (no motion).
     */
    public SrNetOutput forward(NDArray image, NDArray previousImage, NDArray previousF32, NDArray heatmap, boolean training) {
        return decode(image.getShape(), encode(image, previousImage, training), previousF32, heatmap);
    }

    /**
     * Inference ({@code training} false) with weights prepared by {@link #inferenceWeights()}: the same outputs as
     * {@link #forward(NDArray, NDArray, NDArray, NDArray, boolean)}, without re-assembling the heads' fused weights.
     */
    public SrNetOutput forward(NDArray image, NDArray previousImage, NDArray previousF32, NDArray heatmap,
            InferenceWeights weights) {
        return decode(image.getShape(), encode(image, previousImage, false), previousF32, heatmap, weights);
    }

    /**
     * What inference can compute once per video instead of once per frame: the heads' fused weights ({@link Heads}).
     * They are a copy, valid while the network's weights do not change (a segmenter holds one per video); close it to
     * free them.
     */
    public InferenceWeights inferenceWeights() {
        NDManager m = state.manager().newSubManager();
        return new InferenceWeights(heads.fuse(state, m, config.decoderChannels()), m);
    }

    /** See {@link #inferenceWeights()}. */
    public static final class InferenceWeights implements AutoCloseable {
        private final Heads.Fused heads;
        private final NDManager manager;

        private InferenceWeights(Heads.Fused heads, NDManager manager) {
            this.heads = heads;
            this.manager = manager;
        }

        @Override
        public void close() {
            manager.close();
        }
    }

    /**
     * The encoder half of {@link #forward}: backbone and FPN on the padded image, returning P2…P5 (finest first,
     * P5 being F32). Exposed so a benchmark can time the encoder apart from the decoder and heads.
     */
    public NDArray[] encode(NDArray image, boolean training) {
        return encode(image, null, training);
    }

    /** {@link #encode(NDArray, boolean)} with frame t−1's image for the motion input (null = none). */
    public NDArray[] encode(NDArray image, NDArray previousImage, boolean training) {
        // Without a previous frame the motion input is zero, as in a still scene.
        NDArray difference = config.motionInput() && previousImage != null
                ? Layers.then(image.sub(previousImage), SrNet::padTo32) : null;
        NDArray padded = padTo32(image);
        NDArray[] c = backbone.forward(state, padded, difference, training);
        // Everything but P2…P5 is freed here rather than with the frame (see Layers.then).
        if (padded != image) {
            padded.close();
        }
        if (difference != null) {
            difference.close();
        }
        NDArray[] f = fpn.forward(state, c);
        for (NDArray stage : c) {
            stage.close();
        }
        return f;
    }

    /**
     * The decoder half of {@link #forward}: temporal decoder and heads on the FPN features of an image of shape
     * {@code inputShape} (NCHW, before padding); {@code previousF32} and {@code heatmap} as in {@link #forward}.
     */
    public SrNetOutput decode(Shape inputShape, NDArray[] features, NDArray previousF32, NDArray heatmap) {
        return decode(inputShape, features, previousF32, heatmap, null);
    }

    /**
     * {@link #decode(Shape, NDArray[], NDArray, NDArray)} with prepared inference weights (null: none). P2…P4 are
     * freed once read; P5 is returned as F32(t).
     */
    public SrNetOutput decode(Shape inputShape, NDArray[] features, NDArray previousF32, NDArray heatmap,
            InferenceWeights weights) {
        NDArray prev = previousF32 == null || !config.temporalFeatures() ? features[3] : previousF32;
        return heads(inputShape, features, prev, heatmap, weights == null ? null : weights.heads);
    }

    /**
     * The training form: frames t−1 and t go through the backbone as one batch (so BatchNorm sees both), and only
     * F32 is computed for frame t−1. Gradients flow through both frames' encoders. In the first-frame condition the
     * caller passes the same image twice, so the motion input is zero as in inference.
     */
    public SrNetOutput forwardPair(NDArray previousImage, NDArray image, NDArray heatmap, boolean training) {
        if (!config.temporalFeatures()) {
            return forward(image, previousImage, null, heatmap, training);
        }
        long n = image.getShape().get(0);
        NDArray both = padTo32(NDArrays.concat(new NDList(previousImage, image), 0));
        // Frame t−1's own predecessor is not in the pair: its motion input is zero, as on a first frame.
        NDArray difference = config.motionInput()
                ? padTo32(NDArrays.concat(new NDList(previousImage.zerosLike(), image.sub(previousImage)), 0)) : null;
        NDArray[] c = backbone.forward(state, both, difference, training);
        NDArray[] current = new NDArray[4];
        for (int l = 0; l < 4; l++) {
            current[l] = c[l].get(n + ":");
        }
        NDArray previousF32 = fpn.f32(state, c[3].get(":" + n));
        NDArray[] f = fpn.forward(state, current);
        return heads(image.getShape(), f, previousF32, heatmap, null);
    }

    private SrNetOutput heads(Shape inputShape, NDArray[] f, NDArray previousF32, NDArray heatmap, Heads.Fused fused) {
        NDArray x = decoder.forward(state, f, previousF32);
        long h = (inputShape.get(2) + 3) / 4;
        long w = (inputShape.get(3) + 3) / 4;
        long ph = x.getShape().get(2);
        long pw = x.getShape().get(3);
        NDManager m = x.getManager();
        NDArray heat = heatmap != null && config.instanceHeatmap()
                ? padRightBottom(heatmap, ph, pw)
                : m.zeros(new Shape(x.getShape().get(0), 1, ph, pw));

        String crop = ":, :, 0:" + h + ", 0:" + w;
        Map<String, NDArray> raw = heads.apply(state, x, heat, fused);
        x.close();
        if (heat != heatmap) {
            heat.close();
        }
        NDArray offsetsRaw = raw.get(Heads.OFFSETS).get(crop);
        NDArray offsets = Layers.then(Layers.then(Scalars.mul(offsetsRaw, config.offsetActivationScale()), NDArray::tanh),
                t -> t.mul(offsetBound(m, h, w)));
        NDArray inverseVarianceRaw = raw.get(Heads.BANDWIDTH).get(crop);
        NDArray inverseVariance = Layers.then(
                Layers.then(inverseVarianceRaw.clip(-BANDWIDTH_RAW_LIMIT, BANDWIDTH_RAW_LIMIT), NDArray::exp),
                e -> Scalars.mul(e, BANDWIDTH_SCALE));
        NDArray objectiveness = Activation.sigmoid(raw.get(Heads.OBJECTIVENESS).get(crop));
        NDArray tracking = raw.get(Heads.TRACKING).get(crop);
        NDArray category = config.hasCategoryHead() ? raw.get(Heads.CATEGORY).get(crop) : null;
        return new SrNetOutput(offsets, inverseVariance, inverseVarianceRaw, objectiveness, tracking, category, f[3]);
    }

    /** Per-channel bound of the offsets: the grid extent (T_x, T_y) for the spatial dims, 1 for the extra ones. */
    private NDArray offsetBound(NDManager m, long h, long w) {
        float[] bound = new float[config.offsetDims()];
        java.util.Arrays.fill(bound, 1f);
        if (config.offsetBoundToGrid()) {
            bound[0] = (float) Math.max(1.0, (double) w / h);
            bound[1] = (float) Math.max(1.0, (double) h / w);
        }
        return m.create(bound, new Shape(1, bound.length, 1, 1));
    }

    private static NDArray padTo32(NDArray image) {
        long h = image.getShape().get(2);
        long w = image.getShape().get(3);
        return padRightBottom(image, (h + 31) / 32 * 32, (w + 31) / 32 * 32);
    }

    /** Zero padding on the right and bottom of an NCHW array up to {@code h×w} (differentiable). */
    static NDArray padRightBottom(NDArray x, long h, long w) {
        Shape s = x.getShape();
        return Layers.padZeros(x, 0, Math.max(0, h - s.get(2)), 0, Math.max(0, w - s.get(3)));
    }

    @Override
    public void close() {
        state.manager().close();
    }
}
