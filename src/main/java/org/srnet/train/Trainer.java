package org.srnet.train;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import me.tongfei.progressbar.ProgressBar;

import org.srnet.UserError;
import org.srnet.config.SrNetConfig;
import org.srnet.loss.LossTerms;
import org.srnet.loss.SrNetLoss;
import org.srnet.model.SrNetModel;
import org.srnet.model.SrNetOutput;
import org.srnet.util.Progress;

/**
 * The training loop of §4.1: forward a batch of frame pairs, sum the loss terms, back-propagate, clip, take a
 * momentum-SGD step at the scheduled rate. Every step's arrays live in a sub-manager closed at the end of the step,
 * so memory stays flat. Checkpoints are written every {@code checkpointEvery} iterations and at the end; the model,
 * the log and a loss-curve picture end up in the output directory.
 */
public final class Trainer {
    public static final String LOSS_CURVE = "loss-curve.png";
    private static final int MAX_SKIPPED_IN_A_ROW = 10;

    private final SrNetModel model;
    private final SrNetConfig config;
    private final BatchSource data;
    private final Path out;

    public Trainer(SrNetModel model, SrNetConfig config, BatchSource data, Path out) {
        this.model = model;
        this.config = config;
        this.data = data;
        this.out = out;
    }

    /** What a finished run reports. */
    public record Result(int iterations, double wallSeconds, double itPerSecond, Map<String, Float> lastLosses) {}

    /**
     * Trains up to {@code config.train().iterations()}; with {@code resume}, continues from the checkpoint in the
     * output directory (an absent checkpoint starts from scratch).
     */
    public Result run(boolean resume) {
        return run(resume, () -> false);
    }

    /**
     * As {@link #run(boolean)}; {@code stop} is asked after every step, and when it answers true a checkpoint is
     * written and {@link TrainingStopped} thrown. Stopping only between steps keeps libtorch out of a half-done
     * backward pass when the JVM goes down, which is what crashed it on SIGTERM.
     */
    public Result run(boolean resume, BooleanSupplier stop) {
        TrainConfig tc = config.train();
        TorchSgd sgd = new TorchSgd(model.network().state(), tc.momentum(), tc.nesterov(), tc.weightDecay());
        LrSchedule schedule = LrSchedule.of(tc);
        SrNetLoss loss = new SrNetLoss(model.config(), config.loss());
        int start = 0;
        double elapsedBefore = 0;
        if (resume && Checkpoint.exists(out)) {
            Checkpoint.State s = Checkpoint.load(out, model, sgd);
            start = s.iteration();
            elapsedBefore = s.elapsedSeconds();
        }
        long t0 = System.nanoTime();
        Map<String, Float> last = Map.of();
        double itPerSecond = 0;
        int skippedInARow = 0;
        try (TrainingLog log = TrainingLog.open(out, start);
                ProgressBar bar = Progress.bar("train", tc.iterations(), "it")) {
            bar.stepTo(start);
            for (int it = start; it < tc.iterations(); it++) {
                long stepStart = System.nanoTime();
                double lr = schedule.at(it);
                double gradNorm;
                try (NDManager step = model.manager().newSubManager()) {
                    LossTerms terms = forwardBackward(step, data.batch(it), loss);
                    last = terms.values();
                    if (!Float.isFinite(last.get("total"))) {
                        throw new UserError("training diverged: the loss is " + last.get("total") + " at iteration " + it
                                + "; the last checkpoint in " + out + " is intact (lower train.baseLr or set train.clipGradNorm)");
                    }
                    gradNorm = sgd.clipGradNorm(tc.clipGradNorm());
                    if (Double.isFinite(gradNorm)) {
                        sgd.step(lr);
                        skippedInARow = 0;
                    } else {
                        // One bad batch must not poison the weights: skip the update, as mixed-precision trainers do.
                        java.util.List<String> bad = sgd.nonFiniteGradients();
                        System.err.printf("%nsrnet: iteration %d: non-finite gradient in %d tensors (last: %s); update skipped%n",
                                it, bad.size(), bad.isEmpty() ? "-" : bad.get(bad.size() - 1));
                        sgd.zeroGradients();
                        if (++skippedInARow >= MAX_SKIPPED_IN_A_ROW) {
                            throw new UserError("training diverged: " + skippedInARow + " updates in a row had non-finite "
                                    + "gradients (iteration " + it + "); the last checkpoint in " + out + " is intact");
                        }
                    }
                }
                itPerSecond = 1e9 / (System.nanoTime() - stepStart);
                log.append(it, lr, last, itPerSecond, gradNorm);
                bar.step();
                bar.setExtraMessage(String.format(" loss %.3f lr %.1e", last.get("total"), lr));
                boolean end = it + 1 == tc.iterations();
                boolean stopping = !end && stop.getAsBoolean();
                if (end || stopping || (it + 1) % tc.checkpointEvery() == 0) {
                    Checkpoint.save(out, model, sgd, it + 1, elapsedBefore + (System.nanoTime() - t0) / 1e9, config);
                }
                if (stopping) {
                    throw new TrainingStopped(it + 1, out.resolve(Checkpoint.FILE));
                }
            }
        }
        double wall = elapsedBefore + (System.nanoTime() - t0) / 1e9;
        model.metadata().put("preset", config.preset());
        model.metadata().put("iterations", tc.iterations());
        model.metadata().put("train_wall_seconds", Math.round(wall));
        model.metadata().put("trained_at", Instant.now().toString());
        model.metadata().put("final_losses", last);
        model.save(out);
        LossCurve.write(out.resolve(TrainingLog.FILE), out.resolve(LOSS_CURVE));
        return new Result(tc.iterations(), wall, itPerSecond, last);
    }

    /** Forward and backward of one batch; returns the loss terms (gradients are left in the parameters). */
    LossTerms forwardBackward(NDManager step, TrainingBatch b, SrNetLoss loss) {
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
