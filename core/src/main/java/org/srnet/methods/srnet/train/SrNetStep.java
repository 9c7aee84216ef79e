package org.srnet.methods.srnet.train;

import java.util.Map;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.loss.LossTerms;
import org.srnet.methods.srnet.loss.SrNetLoss;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.SrNetOutput;
import org.srnet.train.BatchSource;
import org.srnet.train.TrainingStep;

/**
 * SRNet's training step (§4.1): forward a batch of frame pairs (frame t−1, frame t, H(t−1) rendered from t−1's
 * ground truth), compute the loss terms (Eqs. 5, 7, 8, 9) and back-propagate their weighted sum.
 */
public final class SrNetStep implements TrainingStep {
    private final SrNetModel model;
    private final SrNetLoss loss;
    private final BatchSource<TrainingBatch> batches;

    public SrNetStep(SrNetModel model, SrNetConfig config, BatchSource<TrainingBatch> batches) {
        this.model = model;
        this.loss = new SrNetLoss(model.config(), config.loss());
        this.batches = batches;
    }

    @Override
    public Map<String, Float> forwardBackward(NDManager step, int iteration) {
        return forwardBackward(step, batches.batch(iteration)).values();
    }

    /** Forward and backward of one batch; returns the loss terms (gradients are left in the parameters). */
    public LossTerms forwardBackward(NDManager step, TrainingBatch b) {
        Shape images = new Shape(b.size(), 3, b.height(), b.width());
        NDArray previous = step.create(b.previousImages(), images);
        NDArray current = step.create(b.currentImages(), images);
        NDArray heat = step.create(b.heatmaps(), new Shape(b.size(), 1, (b.height() + 3) / 4, (b.width() + 3) / 4));
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            SrNetOutput output = model.network().forwardPair(previous, current, heat, true);
            LossTerms terms = loss.compute(output, b.targets());
            gc.backward(terms.total());
            return terms;
        }
    }
}
