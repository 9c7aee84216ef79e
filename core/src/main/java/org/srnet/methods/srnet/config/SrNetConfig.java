package org.srnet.methods.srnet.config;

import org.srnet.data.DataOptions;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.loss.LossConfig;
import org.srnet.methods.srnet.network.ModelConfig;
import org.srnet.train.TrainConfig;

/**
 * Everything that defines a run: the network, its loss, the training data and sampling, online inference, and
 * the optimisation. Immutable; made from a named preset ({@link Presets}) and changed only through
 * {@code --set key=value} overrides ({@link Overrides}), so every ablation of the paper's Table 2 is a switch, not
 * a code edit:
 * <ul>
 *   <li>w/o temporal features: {@code model.temporalFeatures=false}</li>
 *   <li>w/o instance heatmaps: {@code model.instanceHeatmap=false}</li>
 *   <li>w/o extra dimensions: {@code model.extraDims=0}</li>
 *   <li>Dice instead of Lovász (Table 1): {@code loss.iou=DICE}</li>
 *   <li>w/o synthesized data: {@code data.staticPairs=false}</li>
 * </ul>
 * The training input size is {@code data.width × data.height} (multiples of 32); the segmenter fits frames into the
 * same size by default.
 */
public record SrNetConfig(String preset, ModelConfig model, LossConfig loss, DataOptions data, InferenceOptions inference,
        TrainConfig train) {

    public SrNetConfig {
        if (data.width() % 32 != 0 || data.height() % 32 != 0) {
            throw new IllegalArgumentException("data.width and data.height (the training size) must be multiples of 32, got "
                    + data.width() + "x" + data.height());
        }
    }

    public SrNetConfig withModel(ModelConfig m) {
        return new SrNetConfig(preset, m, loss, data, inference, train);
    }

    public SrNetConfig withData(DataOptions d) {
        return new SrNetConfig(preset, model, loss, d, inference, train);
    }
}
