package org.srnet.methods.srnet.train;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.UserError;
import org.srnet.config.Overrides;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;
import org.srnet.train.BatchSource;
import org.srnet.train.Checkpoint;
import org.srnet.weights.SafeTensors;

/**
 * NaN inside stored weights is named on load: a model gave "0 tracks" without a word, and a checkpoint sent the
 * user to lower the learning rate ("training diverged") instead of to the damaged file.
 */
class DamagedWeightsTest {

    /** Rewrites {@code file} with one value of {@code tensor} set to NaN, keeping its metadata. */
    private static void damage(Path file, String tensor) {
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, SafeTensors.Tensor> tensors = SafeTensors.read(file, meta);
        tensors.get(tensor).data()[tensors.get(tensor).data().length / 2] = Float.NaN;
        SafeTensors.write(file, tensors, meta);
    }

    @Test
    void modelWithNanWeightsIsRefusedNamingTheTensor(@TempDir Path dir) {
        try (SrNetModel m = SrNetModel.create(TinyModels.vis(2), List.of("a", "b"), 1)) {
            m.save(dir);
        }
        String tensor = "fpn.lateral3.weight";
        damage(dir.resolve(SrNetModel.WEIGHTS_FILE), tensor);
        assertThatThrownBy(() -> SrNetModel.load(dir)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(dir.resolve(SrNetModel.WEIGHTS_FILE).toString())
                .hasMessageContaining("tensor " + tensor).hasMessageContaining("NaN").hasMessageContaining("damaged");
    }

    @Test
    void resumingFromADamagedCheckpointNamesTheTensorNotDivergence(@TempDir Path dir) {
        SrNetConfig config = Overrides.apply(OverfitTest.tinyConfig(4), List.of("train.checkpointEvery=1"));
        BatchBuilder builder = new BatchBuilder(config.train(), true);
        BatchSource<TrainingBatch> data = it -> {
            if (it == 2) {
                throw new IllegalStateException("killed");
            }
            return builder.build(List.of(PairFixtures.twoObjects(128, 96)), new Random(it));
        };
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 5)) {
            assertThatThrownBy(() -> Training.trainer(model, config, data, dir).run(false)).hasMessage("killed");
        }
        Path checkpoint = dir.resolve(Checkpoint.FILE);
        String tensor = "backbone.layer1.0.conv1.weight";
        damage(checkpoint, tensor);
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 5)) {
            assertThatThrownBy(() -> Training.trainer(model, config, data, dir).run(true)).isInstanceOf(UserError.class)
                    .hasMessageStartingWith(checkpoint.toString()).hasMessageContaining("tensor " + tensor)
                    .hasMessageNotContaining("diverged");
        }
    }
}
