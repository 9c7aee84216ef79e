package org.srnet.methods.srnet.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.config.Overrides;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.train.BatchSource;
import org.srnet.train.Trainer;
import org.srnet.train.TrainingLog;
import org.srnet.weights.SafeTensors;

/** A run killed after a checkpoint and resumed ends exactly where the uninterrupted run ends. */
class ResumeTest {

    @Test
    void killedAndResumedRunEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
        SrNetConfig config = Overrides.apply(OverfitTest.tinyConfig(6), List.of("train.checkpointEvery=3", "train.decayStart=2"));
        BatchBuilder builder = new BatchBuilder(config.train(), true);
        BatchSource<TrainingBatch> data = it -> builder.build(List.of(PairFixtures.twoObjects(128, 96)), new Random(it));

        Path straight = dir.resolve("straight");
        Map<String, SafeTensors.Tensor> expected;
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 5)) {
            Training.trainer(model, config, data, straight).run(false);
            expected = model.toHost();
        }

        Path killed = dir.resolve("killed");
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 5)) {
            BatchSource<TrainingBatch> dies = it -> {
                if (it == 4) {
                    throw new IllegalStateException("killed");
                }
                return data.batch(it);
            };
            assertThatThrownBy(() -> Training.trainer(model, config, dies, killed).run(false)).hasMessage("killed");
        }
        assertThat(TrainingLog.read(killed.resolve(TrainingLog.FILE))).hasSize(4);
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 99)) {
            Training.trainer(model, config, data, killed).run(true);
            Map<String, SafeTensors.Tensor> actual = model.toHost();
            for (String name : expected.keySet()) {
                assertThat(actual.get(name).data()).as(name).containsExactly(expected.get(name).data());
            }
        }
        List<Map<String, Object>> log = TrainingLog.read(killed.resolve(TrainingLog.FILE));
        assertThat(log).extracting(e -> ((Number) e.get("iteration")).intValue()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(killed.resolve(Trainer.LOSS_CURVE)).exists();
        assertThat(Files.size(killed.resolve(Trainer.LOSS_CURVE))).isGreaterThan(1000);
        try (SrNetModel loaded = SrNetModel.load(killed)) {
            assertThat(loaded.metadata()).containsEntry("iterations", 6);
        }
    }
}
