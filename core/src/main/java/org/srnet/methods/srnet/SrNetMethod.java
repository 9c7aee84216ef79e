package org.srnet.methods.srnet;

import java.nio.file.Path;
import java.util.List;

import org.srnet.config.Overrides;
import org.srnet.method.Method;
import org.srnet.method.SegmentationModel;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;

/** SRNet in the method registry: loads a model directory written by {@code srnet train}. */
public final class SrNetMethod implements Method {
    /** The registry name, recorded as {@code method} in the {@code model.json} that SRNet writes. */
    public static final String NAME = SrNetModel.METHOD;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "SRNet (ACM MM 2021): one network pass per frame gives embeddings, objectiveness, tracking offsets and "
                + "categories; Algorithm 1 clusters and tracks. Trained with 'srnet train'.";
    }

    @Override
    public String bundledModel() {
        return "models/cpu-small";
    }

    /** {@inheritDoc} The overrides are {@link SegmenterOptions}' keys ({@code inference.*}, ...). */
    @Override
    public SegmentationModel load(Path dir, List<String> overrides) {
        SrNetModel model = SrNetModel.load(dir);
        try {
            return new SrNetInference(model, Overrides.apply(SegmenterOptions.forModel(model), overrides), true);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
