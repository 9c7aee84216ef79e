package org.srnet.config;

import org.srnet.loss.LossConfig;
import org.srnet.model.ModelConfig;
import org.srnet.train.TrainConfig;

/**
 * Everything that defines a run: the network, its loss and its training. Immutable; made from a named preset
 * ({@link Presets}) and changed only through {@code --set key=value} overrides ({@link Overrides}), so every
 * ablation of the paper's Table 2 is a switch, not a code edit:
 * <ul>
 *   <li>w/o temporal features: {@code model.temporalFeatures=false}</li>
 *   <li>w/o instance heatmaps: {@code model.instanceHeatmap=false}</li>
 *   <li>w/o extra dimensions: {@code model.extraDims=0}</li>
 *   <li>Dice instead of Lovász (Table 1): {@code loss.iou=DICE}</li>
 *   <li>w/o synthesized data: {@code data.staticPairs=false}</li>
 * </ul>
 */
public record SrNetConfig(String preset, ModelConfig model, LossConfig loss, TrainConfig train) {

    public SrNetConfig withModel(ModelConfig m) {
        return new SrNetConfig(preset, m, loss, train);
    }
}
