package org.srnet.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.config.SrNetConfig;
import org.srnet.loss.LossConfig;
import org.srnet.model.ModelConfig;
import org.srnet.model.SrNetModel;

/** The whole model can learn: on one frame pair its loss falls far below where it started. */
class OverfitTest {

    static SrNetConfig tinyConfig(int iterations) {
        ModelConfig model = new ModelConfig(18, 16, 32, 32, 16, 2, 0.3, 0, false, true, true, 0.25, true);
        TrainConfig train = new TrainConfig(iterations, 1, 128, 96, 0.02, 0.002, iterations / 2, 0.9, true, 0, 10.0,
                iterations, 0, 0.0, 0.0, 0.0, 0.0);
        return new SrNetConfig("test", model, LossConfig.paper(), train);
    }

    @Test
    void lossDropsOnASinglePair(@TempDir Path out) {
        SrNetConfig config = tinyConfig(150);
        TrainingBatch batch = new BatchBuilder(config.train(), true).build(List.of(PairFixtures.twoObjects(128, 96)), new Random(0));
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 0)) {
            long t0 = System.nanoTime();
            Trainer.Result r = new Trainer(model, config, it -> batch, out).run(false);
            System.out.printf("overfit: %d its in %.1f s, last %s%n", r.iterations(), (System.nanoTime() - t0) / 1e9, r.lastLosses());
            List<Map<String, Object>> log = TrainingLog.read(out.resolve(TrainingLog.FILE));
            double first = ((Number) log.get(0).get("total")).doubleValue();
            assertThat(r.lastLosses().get("total")).isLessThan((float) first * 0.3f);
        }
    }
}
