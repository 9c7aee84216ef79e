package org.srnet.methods.srnet.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;

import org.srnet.data.DataOptions;
import org.srnet.data.FramePair;
import org.srnet.data.PairInstance;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.Segmenter;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.loss.LossConfig;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.ModelConfig;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.train.TrainConfig;
import org.srnet.train.Trainer;
import org.srnet.train.TrainingLog;

/**
 * The whole model can learn: on one frame pair its loss falls far below where it started, and the online inference
 * path (Algorithm 1 and the tracker) then recovers the instance masks with stable track IDs.
 */
class OverfitTest {

    static SrNetConfig tinyConfig(int iterations) {
        ModelConfig model = ModelConfig.builder().backbone(18).backboneWidth(16).fpnChannels(32).decoderChannels(32)
                .headChannels(16).build();
        TrainConfig train = TrainConfig.builder().iterations(iterations).batchSize(1).baseLr(0.02).finalLr(0.002)
                .decayStart(iterations / 2).weightDecay(0).clipGradNorm(10.0).checkpointEvery(iterations)
                .firstFrameProbability(0).heatmapJitter(0).heatmapDrop(0).heatmapFalsePositive(0).build();
        return new SrNetConfig("test", model, LossConfig.paper(), DataOptions.defaults().withSize(128, 96),
                InferenceOptions.DEFAULT, train);
    }

    @Test
    void lossDropsOnASinglePair(@TempDir Path out) {
        SrNetConfig config = tinyConfig(200);
        SrNetConfig firstFrameToo = org.srnet.config.Overrides.apply(config, List.of("train.firstFrameProbability=0.3"));
        BatchBuilder builder = new BatchBuilder(firstFrameToo.train(), true);
        FramePair trainingPair = PairFixtures.twoObjects(128, 96);
        try (SrNetModel model = SrNetModel.create(config.model(), List.of(), 0)) {
            long t0 = System.nanoTime();
            Trainer.Result r = Training.trainer(model, firstFrameToo,
                    it -> builder.build(List.of(it % 2 == 0 ? trainingPair : PairFixtures.reversed(trainingPair)), new Random(it)), out).run(false);
            System.out.printf("overfit: %d its in %.1f s, last %s%n", r.iterations(), (System.nanoTime() - t0) / 1e9, r.lastLosses());
            List<Map<String, Object>> log = TrainingLog.read(out.resolve(TrainingLog.FILE));
            double first = ((Number) log.get(0).get("total")).doubleValue();
            assertThat(r.lastLosses().get("total")).isLessThan((float) first * 0.3f);

            FramePair pair = PairFixtures.twoObjects(128, 96);
            SegmenterOptions options = new SegmenterOptions(InferenceOptions.DEFAULT.withMinScore(0.5), 128, 96);
            try (Segmenter s = Segmenter.open(model, options)) {
                FrameResult previous = s.next(toImage(pair.previousRgb(), 128, 96));
                FrameResult current = s.next(toImage(pair.currentRgb(), 128, 96));
                // Each object is found, sharply, under the same track ID in both frames. Stray fragments a few pixels
                // big may appear beside them (float summation order alone can decide whether one does); they must
                // stay small.
                for (PairInstance gt : pair.instances()) {
                    SegmentedInstance before = bestMatch(previous, gt.previousMask());
                    SegmentedInstance now = bestMatch(current, gt.currentMask());
                    assertThat(iou(before.mask().decode(), gt.previousMask())).as("IoU of object %d at t-1", gt.trackId()).isGreaterThan(0.9);
                    assertThat(iou(now.mask().decode(), gt.currentMask())).as("IoU of object %d at t", gt.trackId()).isGreaterThan(0.9);
                    assertThat(now.trackId()).as("track ID of object %d", gt.trackId()).isEqualTo(before.trackId());
                }
                for (FrameResult frame : List.of(previous, current)) {
                    List<SegmentedInstance> matched = pair.instances().stream()
                            .map(gt -> bestMatch(frame, frame == previous ? gt.previousMask() : gt.currentMask())).toList();
                    assertThat(matched).doesNotHaveDuplicates();
                    long strayPixels = frame.instances().stream().filter(i -> !matched.contains(i))
                            .mapToLong(i -> area(i.mask().decode())).sum();
                    assertThat(strayPixels).as("pixels in stray instances").isLessThan(128 * 96 / 100);
                }
            }
        }
    }

    private static SegmentedInstance bestMatch(FrameResult frame, byte[] gt) {
        return frame.instances().stream().max(java.util.Comparator.comparingDouble(i -> iou(i.mask().decode(), gt)))
                .orElseThrow(() -> new AssertionError("no instance found"));
    }

    private static long area(byte[] mask) {
        long n = 0;
        for (byte b : mask) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    static BufferedImage toImage(float[] rgb, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int plane = w * h;
        for (int k = 0; k < plane; k++) {
            int r = Math.round(rgb[k] * 255);
            int g = Math.round(rgb[plane + k] * 255);
            int b = Math.round(rgb[2 * plane + k] * 255);
            img.setRGB(k % w, k / w, (r << 16) | (g << 8) | b);
        }
        return img;
    }

    static double iou(byte[] a, byte[] b) {
        int inter = 0;
        int union = 0;
        for (int i = 0; i < a.length; i++) {
            inter += (a[i] != 0 && b[i] != 0) ? 1 : 0;
            union += (a[i] != 0 || b[i] != 0) ? 1 : 0;
        }
        return union == 0 ? 0 : (double) inter / union;
    }
}
