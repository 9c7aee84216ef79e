package org.srnet.methods.srnet;

import java.util.List;
import java.util.Map;

import org.srnet.method.Methods;
import org.srnet.method.OnlineSegmenter;
import org.srnet.method.SegmentationModel;
import org.srnet.methods.srnet.infer.Segmenter;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;

/**
 * A trained SRNet with the options of its online inference: SRNet as the framework sees it. Each video gets its own
 * {@link Segmenter}.
 */
public final class SrNetInference implements SegmentationModel {
    private final SrNetModel model;
    private final SegmenterOptions options;
    private final boolean owned;
    private String digest;

    /**
     * SRNet's inference with {@code model} and {@code options}; {@code owned}: closing this closes the model too
     * (false while training, where the trainer owns it).
     */
    public SrNetInference(SrNetModel model, SegmenterOptions options, boolean owned) {
        this.model = model;
        this.options = options;
        this.owned = owned;
    }

    @Override
    public String method() {
        return SrNetMethod.NAME;
    }

    @Override
    public List<String> categories() {
        return model.categories();
    }

    /** {@inheritDoc} Taken from the weights in memory (not the files), once. */
    @Override
    public String digest() {
        if (digest == null) {
            digest = model.digest();
        }
        return digest;
    }

    @Override
    public String optionsJson() {
        return Methods.json(options);
    }

    @Override
    public int inputWidth() {
        return options.inputWidth();
    }

    @Override
    public int inputHeight() {
        return options.inputHeight();
    }

    @Override
    public Map<String, Object> metadata() {
        return model.metadata();
    }

    @Override
    public OnlineSegmenter open() {
        return Segmenter.open(model, options);
    }

    @Override
    public void close() {
        if (owned) {
            model.close();
        }
    }
}
