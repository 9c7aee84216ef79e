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
import org.srnet.methods.srnet.SrNetConfig;
import org.srnet.methods.srnet.SrNetModel;
import org.srnet.methods.srnet.loss.SrNetLoss;
import org.srnet.methods.srnet.network.SrNetOutput;
import org.srnet.methods.srnet.train.TrainingBatch;
import org.srnet.util.Progress;

/**
 * The training loop of §4.1: forward a batch of frame pairs, sum the loss terms, back-propagate, clip, take a
 * momentum-SGD step at the scheduled rate. Every step's arrays live in a sub-manager closed at the end of the step,
 * so memory stays flat. Checkpoints are written every {@code checkpointEvery} iterations and at the end; the model,
 * the log and a loss-curve picture end up in the output directory.
 */
public final class Trainer {
    public static final String LOSS_CURVE = "loss-curve.png";
    /** Returns to the last checkpoint a run may make before it is declared diverged. */
    private static final int MAX_ROLLBACKS = 50;

    private final SrNetModel model;
    private final SrNetConfig config;
    private final BatchSource data;
    private final Path out;
    private final Validator validator;

    public Trainer(SrNetModel model, SrNetConfig config, BatchSource data, Path out) {
        this(model, config, data, out, null);
    }

    /**
     * A trainer that also scores the model every {@code train.validateEvery} iterations and at the end, logging to
     * {@code val-log.jsonl} and saving the best-scoring model to {@code DIR/best}; {@code validator} may be null.
     */
    public Trainer(SrNetModel model, SrNetConfig config, BatchSource data, Path out, Validator validator) {
        this.model = model;
        this.config = config;
        this.data = data;
        this.out = out;
        this.validator = validator;
    }

    /** The folder under the output directory that holds the best validated model. */
    public static final String BEST_DIR = "best";

    /**
     * What a run reports: {@code iterations} done so far in all; {@code finished} when the last iteration was reached
     * (otherwise the run stopped early and left a checkpoint to resume from).
     */
    public record Result(int iterations, double wallSeconds, double itPerSecond, Map<String, Float> lastLosses,
            boolean finished) {}

    /**
     * Trains up to {@code config.train().iterations()}; with {@code resume}, continues from the checkpoint in the
     * output directory (an absent checkpoint starts from scratch).
     */
    public Result run(boolean resume) {
        return run(resume, Integer.MAX_VALUE, () -> false);
    }

    /** As {@link #run(boolean)}; {@code stopRequested} as in {@link #run(boolean, int, BooleanSupplier)}. */
    public Result run(boolean resume, BooleanSupplier stopRequested) {
        return run(resume, Integer.MAX_VALUE, stopRequested);
    }

    /**
     * As {@link #run(boolean)}, but stops after {@code stopAfter} iterations of this call, writing a checkpoint; a
     * later {@code run(true, …)} continues exactly where it stopped, so long jobs can be cut into slices that each
     * fit a time limit. {@code stopRequested} is asked after every step, and when it answers true a checkpoint is
     * written and {@link TrainingStopped} thrown. Stopping only between steps keeps libtorch out of a half-done
     * backward pass when the JVM goes down, which is what crashed it on SIGTERM.
     */
    public Result run(boolean resume, int stopAfter, BooleanSupplier stopRequested) {
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
        double best = ValidationLog.best(out, start);
        int stop = (int) Math.min(tc.iterations(), (long) start + Math.max(1, stopAfter));
        if (!Checkpoint.exists(out)) {
            Checkpoint.save(out, model, sgd, start, elapsedBefore, config); // a state to return to from the first step
        }
        long t0 = System.nanoTime();
        Map<String, Float> last = Map.of();
        double itPerSecond = 0;
        int rollbacks = 0;
        TrainingLog log = TrainingLog.open(out, start);
        try (ProgressBar bar = Progress.bar("train", tc.iterations(), "it")) {
            bar.stepTo(start);
            int it = start;
            while (it < stop) {
                long stepStart = System.nanoTime();
                double lr = schedule.at(it);
                double gradNorm;
                try (NDManager step = model.manager().newSubManager()) {
                    LossTerms terms = forwardBackward(step, data.batch(it), loss);
                    last = terms.values();
                    gradNorm = Float.isFinite(last.get("total")) ? sgd.clipGradNorm(tc.clipGradNorm()) : Double.NaN;
                    if (Double.isFinite(gradNorm)) {
                        sgd.step(lr);
                    } else {
                        sgd.zeroGradients();
                    }
                }
                boolean end = it + 1 == tc.iterations();
                boolean stopping = !end && stopRequested.getAsBoolean();
                boolean checkpoint = end || stopping || it + 1 == stop || (it + 1) % tc.checkpointEvery() == 0;
                String damaged = !Double.isFinite(gradNorm) ? "the loss or its gradient"
                        : checkpoint ? model.network().state().firstNonFinite() : null;
                if (damaged != null) {
                    // A non-finite step also leaves BatchNorm's running statistics damaged, so skipping the update is not
                    // enough: go back to the last checkpoint, whose state is known to be finite, and train on from there.
                    if (++rollbacks > MAX_ROLLBACKS) {
                        throw new UserError("training diverged: " + rollbacks + " non-finite steps (the last at iteration " + it
                                + ", in " + damaged + "); the last checkpoint in " + out + " is intact (lower train.baseLr or set "
                                + "train.clipGradNorm)");
                    }
                    log.close();
                    int back = Checkpoint.load(out, model, sgd).iteration();
                    System.err.printf("%nsrnet: iteration %d: %s is not finite; back to the checkpoint of iteration %d "
                            + "(%d of at most %d such returns)%n", it, damaged, back, rollbacks, MAX_ROLLBACKS);
                    log = TrainingLog.open(out, back);
                    bar.stepTo(back);
                    it = back;
                    continue;
                }
                itPerSecond = 1e9 / (System.nanoTime() - stepStart);
                log.append(it, lr, last, itPerSecond, gradNorm);
                bar.step();
                bar.setExtraMessage(String.format(" loss %.3f lr %.1e", last.get("total"), lr));
                if (checkpoint) {
                    Checkpoint.save(out, model, sgd, it + 1, elapsedBefore + (System.nanoTime() - t0) / 1e9, config);
                }
                if (stopping) {
                    throw new TrainingStopped(it + 1, out.resolve(Checkpoint.FILE));
                }
                if (validator != null && (end || (it + 1) % tc.validateEvery() == 0)) {
                    best = validate(it + 1, best, bar);
                }
                it++;
            }
        } finally {
            log.close();
        }
        double wall = elapsedBefore + (System.nanoTime() - t0) / 1e9;
        if (stop < tc.iterations()) {
            return new Result(stop, wall, itPerSecond, last, false);
        }
        model.metadata().put("preset", config.preset());
        model.metadata().put("iterations", tc.iterations());
        model.metadata().put("train_wall_seconds", Math.round(wall));
        model.metadata().put("trained_at", Instant.now().toString());
        model.metadata().put("final_losses", last);
        model.save(out);
        LossCurve.write(out.resolve(TrainingLog.FILE), out.resolve(LOSS_CURVE));
        return new Result(tc.iterations(), wall, itPerSecond, last, true);
    }

    /** Scores the model, logs the figures, and saves it to {@link #BEST_DIR} when it beats {@code best}. */
    private double validate(int iteration, double best, ProgressBar bar) {
        Map<String, Double> scores = validator.validate(model);
        ValidationLog.append(out, iteration, scores);
        double score = scores.getOrDefault(Validator.SCORE, Double.NaN);
        boolean better = score > best;
        if (better) {
            Map<String, Object> saved = new java.util.LinkedHashMap<>(model.metadata());
            model.metadata().put("iterations", iteration);
            model.metadata().put("validation", scores);
            model.save(out.resolve(BEST_DIR));
            model.metadata().clear();
            model.metadata().putAll(saved);
        }
        bar.setExtraMessage(String.format(" val %.3f%s", score, better ? " (best)" : ""));
        System.err.printf("%nsrnet: iteration %d: validation %s%s%n", iteration, scores, better ? ", new best saved to "
                + out.resolve(BEST_DIR) : "");
        return Math.max(best, score);
    }

    /** Forward and backward of one batch; returns the loss terms (gradients are left in the parameters). */
    public LossTerms forwardBackward(NDManager step, TrainingBatch b, SrNetLoss loss) {
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
