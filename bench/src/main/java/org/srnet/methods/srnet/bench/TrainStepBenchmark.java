package org.srnet.methods.srnet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.djl.ndarray.NDManager;

import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.loss.HeadTargets;
import org.srnet.methods.srnet.loss.InstanceTarget;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.train.SrNetStep;
import org.srnet.methods.srnet.train.TrainingBatch;
import org.srnet.train.TorchSgd;
import org.srnet.train.TrainConfig;

/**
 * Training-step throughput: the exact step of {@link org.srnet.train.Trainer} (forward of a frame pair, loss, backward, gradient
 * clipping, SGD update, all in one sub-manager) on a random batch of the right shape: uniform noise images and
 * {@code objects} square instances that move by one head pixel between the two frames. Returns milliseconds per
 * step; its inverse is iterations per second.
 */
public final class TrainStepBenchmark {
    private TrainStepBenchmark() {}

    /**
     * Times {@code warmup} untimed then {@code repeats} timed steps at batch size {@code batch} and input
     * {@code width×height}; returns the milliseconds of each timed step.
     */
    public static double[] run(SrNetModel model, SrNetConfig config, int batch, int width, int height, int objects,
            int warmup, int repeats) {
        TrainingBatch b = randomBatch(batch, width, height, objects, Math.max(1, config.model().numClasses()), new Random(1));
        SrNetStep trainStep = new SrNetStep(model, config, it -> b);
        TrainConfig tc = config.train();
        TorchSgd sgd = new TorchSgd(model.network().state(), tc.momentum(), tc.nesterov(), tc.weightDecay());
        double[] ms = new double[repeats];
        for (int i = -warmup; i < repeats; i++) {
            long t0 = System.nanoTime();
            try (NDManager step = model.manager().newSubManager()) {
                trainStep.forwardBackward(step, b);
                // A tiny rate: the weights must stay finite over many steps on noise, the cost is the same.
                sgd.clipGradNorm(tc.clipGradNorm());
                sgd.step(1e-6);
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }

    /** A batch of noise images with {@code objects} moving squares per pair. */
    static TrainingBatch randomBatch(int n, int width, int height, int objects, int classes, Random rnd) {
        int image = 3 * width * height;
        float[] previous = new float[n * image];
        float[] current = new float[n * image];
        for (int i = 0; i < previous.length; i++) {
            previous[i] = (float) rnd.nextGaussian();
            current[i] = (float) rnd.nextGaussian();
        }
        int hw = (width + 3) / 4;
        int hh = (height + 3) / 4;
        float[] heat = new float[n * hw * hh];
        List<HeadTargets> targets = new ArrayList<>();
        int side = Math.max(2, Math.min(hw, hh) / 4);
        for (int b = 0; b < n; b++) {
            List<InstanceTarget> instances = new ArrayList<>();
            for (int k = 0; k < objects; k++) {
                int x = rnd.nextInt(Math.max(1, hw - side - 1));
                int y = rnd.nextInt(Math.max(1, hh - side - 1));
                instances.add(new InstanceTarget(1 + k % classes, square(hw, hh, x + 1, y, side), square(hw, hh, x, y, side)));
            }
            targets.add(new HeadTargets(hw, hh, instances, null));
        }
        return new TrainingBatch(n, width, height, previous, current, heat, targets);
    }

    private static byte[] square(int w, int h, int x0, int y0, int side) {
        byte[] m = new byte[w * h];
        for (int y = y0; y < Math.min(h, y0 + side); y++) {
            for (int x = x0; x < Math.min(w, x0 + side); x++) {
                m[y * w + x] = 1;
            }
        }
        return m;
    }
}
