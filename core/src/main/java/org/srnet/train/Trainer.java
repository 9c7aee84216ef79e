package org.srnet.train;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.djl.ndarray.NDManager;
import me.tongfei.progressbar.ProgressBar;

import org.srnet.UserError;
import org.srnet.util.Progress;

/**
 * The training loop, whatever the method: the method's {@link TrainingStep} forwards a batch and back-propagates
 * its loss; the loop clips the gradient, takes a momentum-SGD step at the scheduled rate, logs, checkpoints,
 * validates and, at the end, saves the model (SRNet's §4.1 schedule is one configuration of it). Every step's arrays live in a sub-manager closed at the end of the step,
 * so memory stays flat. Checkpoints are written every {@code checkpointEvery} iterations and at the end; the model,
 * the log and a loss-curve picture end up in the output directory.
 */
public final class Trainer<M extends TrainableModel> {
    public static final String LOSS_CURVE = "loss-curve.png";
    /** Returns to the last checkpoint a run may make before it is declared diverged. */
    private static final int MAX_ROLLBACKS = 50;

    private final M model;
    private final TrainConfig train;
    private final Object runConfig;
    private final TrainingStep step;
    private final Path out;
    private final Validator<? super M> validator;

    /**
     * A trainer of {@code model} by {@code step} with the optimisation of {@code train}, into {@code out}. It also
     * scores the model every {@code train.validateEvery} iterations and at the end, logging to {@code val-log.jsonl}
     * and saving the best-scoring model to {@code DIR/best}; {@code validator} may be null. {@code runConfig} (the
     * whole configuration of the run) is recorded in every checkpoint.
     */
    public Trainer(M model, TrainConfig train, Object runConfig, TrainingStep step, Path out, Validator<? super M> validator) {
        this.model = model;
        this.train = train;
        this.runConfig = runConfig;
        this.step = step;
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
     * Trains up to {@code train.iterations()}; with {@code resume}, continues from the checkpoint in the
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
        TrainConfig tc = train;
        TorchSgd sgd = new TorchSgd(model.state(), tc.momentum(), tc.nesterov(), tc.weightDecay());
        LrSchedule schedule = LrSchedule.of(tc);
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
            Checkpoint.save(out, model, sgd, start, elapsedBefore, runConfig); // a state to return to from the first step
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
                try (NDManager scope = model.manager().newSubManager()) {
                    last = step.forwardBackward(scope, it);
                    gradNorm = Float.isFinite(last.get(TrainingStep.TOTAL)) ? sgd.clipGradNorm(tc.clipGradNorm()) : Double.NaN;
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
                        : checkpoint ? model.state().firstNonFinite() : null;
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
                bar.setExtraMessage(String.format(" loss %.3f lr %.1e", last.get(TrainingStep.TOTAL), lr));
                if (checkpoint) {
                    Checkpoint.save(out, model, sgd, it + 1, elapsedBefore + (System.nanoTime() - t0) / 1e9, runConfig);
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
}
