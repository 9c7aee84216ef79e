package org.srnet.methods.srnet.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.config.Overrides;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.train.BatchSource;
import org.srnet.train.PrefetchedBatches;
import org.srnet.train.Trainer;
import org.srnet.train.TrainingLog;
import org.srnet.train.ValidationLog;
import org.srnet.train.Validator;

/** Validation during training keeps the best model, also across a kill and resume, and prefetching changes nothing. */
class ValidationTest {

    @Test
    void theBestValidatedModelIsKeptAcrossAResume(@TempDir Path dir) {
        SrNetConfig config = Overrides.apply(OverfitTest.tinyConfig(8),
                List.of("train.checkpointEvery=2", "train.validateEvery=2"));
        BatchBuilder builder = new BatchBuilder(config.train(), true);
        BatchSource<TrainingBatch> data = it -> builder.build(List.of(PairFixtures.twoObjects(128, 96)), new Random(it));
        // Scores by validation number: the second validation (iteration 4) is the best of all.
        double[] scores = {0.2, 0.9, 0.5, 0.7};
        List<Integer> validated = new ArrayList<>();
        Validator<SrNetModel> validator = model -> {
            double s = scores[validated.size()];
            validated.add(validated.size());
            return Map.of(Validator.SCORE, s);
        };
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 5)) {
            BatchSource<TrainingBatch> dies = it -> {
                if (it == 5) {
                    throw new IllegalStateException("killed");
                }
                return data.batch(it);
            };
            assertThatThrownBy(() -> Training.trainer(model, config, dies, dir, validator).run(false)).hasMessage("killed");
        }
        assertThat(validated).hasSize(2);
        try (SrNetModel best = SrNetModel.load(dir.resolve(Trainer.BEST_DIR))) {
            assertThat(best.metadata()).containsEntry("iterations", 4);
        }
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 5)) {
            Training.trainer(model, config, data, dir, validator).run(true);
        }
        // Resumed from the checkpoint at 4: validations at 6 (0.5) and 8 (0.7) do not beat 0.9.
        assertThat(validated).hasSize(4);
        try (SrNetModel best = SrNetModel.load(dir.resolve(Trainer.BEST_DIR))) {
            assertThat(best.metadata()).containsEntry("iterations", 4);
        }
        assertThat(ValidationLog.best(dir, 8)).isEqualTo(0.9);
    }

    @Test
    void aNonFiniteStepReturnsToTheLastCheckpointAndTrainingGoesOn(@TempDir Path dir) {
        SrNetConfig config = Overrides.apply(OverfitTest.tinyConfig(6), List.of("train.checkpointEvery=2"));
        BatchBuilder builder = new BatchBuilder(config.train(), true);
        BatchSource<TrainingBatch> data = it -> builder.build(List.of(PairFixtures.twoObjects(128, 96)), new Random(it));
        boolean[] poisoned = {false};
        BatchSource<TrainingBatch> once = it -> {
            TrainingBatch b = data.batch(it);
            if (it == 3 && !poisoned[0]) {
                poisoned[0] = true;
                java.util.Arrays.fill(b.currentImages(), Float.NaN); // NaN through the network, once
            }
            return b;
        };
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 5)) {
            Training.trainer(model, config, once, dir).run(false);
            assertThat(model.network().state().firstNonFinite()).isNull();
        }
        assertThat(poisoned[0]).isTrue();
        // Iteration 2 and 3 were trained again from the checkpoint of iteration 2; the log holds each iteration once.
        assertThat(TrainingLog.read(dir.resolve(TrainingLog.FILE)))
                .extracting(e -> ((Number) e.get("iteration")).intValue()).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void prefetchedBatchesAreTheBatchesOfTheirIterations() {
        List<Integer> built = new ArrayList<>();
        BatchSource<TrainingBatch> source = it -> {
            synchronized (built) {
                built.add(it);
            }
            return new TrainingBatch(1, 1, 1, new float[] {it, it, it}, new float[] {it, it, it}, new float[] {0}, List.of(
                    new org.srnet.methods.srnet.loss.HeadTargets(1, 1, List.of(), null)));
        };
        try (PrefetchedBatches<TrainingBatch> prefetched = new PrefetchedBatches<>(source)) {
            for (int it : new int[] {0, 1, 2, 5, 6}) {
                assertThat(prefetched.batch(it).currentImages()[0]).isEqualTo(it);
            }
        }
    }
}
