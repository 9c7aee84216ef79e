package org.srnet.methods.srnet.infer;

/**
 * Options of the online segmenter: the post-processing thresholds and the network input size. Each frame is
 * resized, keeping its aspect ratio, to fit {@code inputWidth×inputHeight} and padded right/bottom to a multiple of
 * 32 ({@link InputGeometry}); masks come back at the frame's own size. The input size should be close to the size
 * the model was trained at, since the spatial grid's unit is tied to the map size (§3.2).
 *
 * <p>Its {@code --set} keys are {@code inference.*}, {@code model.temporalFeatures}, {@code model.instanceHeatmap},
 * {@code inputWidth} and {@code inputHeight}: the {@code model.*} pair are the same keys as the training switches of
 * Table 2, here applied to a trained model at inference time.
 *
 * @param inference  Algorithm 1 and tracker thresholds
 * @param model      which inputs from frame t−1 the network gets (Table 2's inference-time ablations)
 * @param inputWidth  network input width to fit frames into
 * @param inputHeight network input height to fit frames into
 */
public record SegmenterOptions(InferenceOptions inference, TemporalInputs model, int inputWidth, int inputHeight) {

    public SegmenterOptions {
        if (inference == null || model == null) {
            throw new IllegalArgumentException("inference options and temporal inputs are required");
        }
        if (inputWidth < 32 || inputHeight < 32) {
            throw new IllegalArgumentException("input size must be at least 32×32, got " + inputWidth + "×" + inputHeight);
        }
    }

    /** Model metadata key: {@code key=value} option overrides tuned for that model on its validation data. */
    public static final String TUNED_OPTIONS = "segmenter_options";

    /**
     * Default options for a model: Algorithm 1 defaults and, as network input, the size the model was trained at (so
     * the spatial grid's unit matches training), or 640×384 for a model that does not record it; then any overrides
     * the model's metadata records under {@value #TUNED_OPTIONS} (e.g. a {@code min_score} tuned on validation data).
     */
    public static SegmenterOptions forModel(org.srnet.methods.srnet.model.SrNetModel model) {
        int w = ((Number) model.metadata().getOrDefault("input_width", 640)).intValue();
        int h = ((Number) model.metadata().getOrDefault("input_height", 384)).intValue();
        TemporalInputs inputs = new TemporalInputs(model.config().temporalFeatures(), model.config().instanceHeatmap());
        SegmenterOptions defaults = new SegmenterOptions(InferenceOptions.DEFAULT, inputs, w, h);
        Object tuned = model.metadata().get(TUNED_OPTIONS);
        if (tuned instanceof java.util.List<?> list) {
            return org.srnet.config.Overrides.apply(defaults, list.stream().map(String::valueOf).toList());
        }
        return defaults;
    }

    /** Options with Algorithm 1 defaults and both temporal inputs, for frames fitted into {@code width×height}. */
    public SegmenterOptions(InferenceOptions inference, int inputWidth, int inputHeight) {
        this(inference, TemporalInputs.BOTH, inputWidth, inputHeight);
    }

    public SegmenterOptions withInputSize(int width, int height) {
        return new SegmenterOptions(inference, model, width, height);
    }

    /** A copy with other temporal inputs. */
    public SegmenterOptions withModel(TemporalInputs inputs) {
        return new SegmenterOptions(inference, inputs, inputWidth, inputHeight);
    }
}
