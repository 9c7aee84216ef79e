package org.srnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.config.Overrides;
import org.srnet.methods.srnet.config.Presets;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.train.SegmentationValidator;
import org.srnet.methods.srnet.train.Training;
import org.srnet.train.Trainer;
import org.srnet.train.TrainingStopped;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code srnet train}: trains SRNet on DAVIS, YouTube-VIS, COCO or built-in synthetic data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train SRNet. DIR ends up holding the model (model.json, model.safetensors), checkpoint, "
                + "train-log.jsonl and loss-curve.png.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--preset", defaultValue = "cpu-small", description = "cpu-small, paper-r50 or paper-r101 (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "PATH",
            description = "DAVIS root, YouTube-VIS JSON, COCO JSON, an 'srnet synth' folder, or synth-stream (the synthetic "
                    + "world generated on the fly, endless); several are mixed.")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--task", defaultValue = "uvos", description = "uvos (class-agnostic, DAVIS) or vis (with categories, YouTube-VIS).")
    String task;

    @Option(names = "--iterations", paramLabel = "N", description = "Shortcut for --set train.iterations=N.")
    Integer iterations;

    @Option(names = "--resume", description = "Continue from the checkpoint in DIR.")
    boolean resume;

    @Option(names = "--pretrained", paramLabel = "FILE",
            description = "ImageNet ResNet weights (.safetensors, torchvision/timm names) for the backbone.")
    Path pretrained;

    @Option(names = "--init", paramLabel = "DIR",
            description = "Start from the weights of a model written by 'srnet train' (same preset and categories), "
                    + "to fine-tune it.")
    Path init;

    @Option(names = "--val", paramLabel = "DIR",
            description = "Validate on this DAVIS-layout root (e.g. an 'srnet synth' folder) every train.validateEvery "
                    + "iterations and keep the best model in DIR/best.")
    Path val;

    @Option(names = "--val-sets", paramLabel = "SET", split = ",", defaultValue = "val",
            description = "Sets of --val to score; the first picks the best model, the others are reported "
                    + "(default: ${DEFAULT-VALUE}; e.g. val,gen for a synth folder's generalisation split).")
    List<String> valSets;

    @Option(names = "--stop-after", paramLabel = "N",
            description = "Stop after N iterations of this run with a checkpoint; continue later with --resume.")
    Integer stopAfter;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config value, e.g. model.extraDims=0.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--force", description = "Train into a DIR that already holds a model or run, after moving it aside "
            + "to DIR.backup-<date>-<time> (without --force such a DIR is refused).")
    boolean force;

    @Override
    public Integer call() {
        List<String> overrides = new ArrayList<>(sets);
        if (iterations != null) {
            overrides.add("train.iterations=" + iterations);
        }
        SrNetConfig config = Overrides.apply(Presets.get(preset), overrides);
        Training.Task t = switch (task.toLowerCase()) {
            case "uvos" -> Training.Task.UVOS;
            case "vis" -> Training.Task.VIS;
            default -> throw new org.srnet.UserError("--task must be uvos or vis, got " + task);
        };
        SegmentationValidator validator = val == null ? null
                : new SegmentationValidator(val, valSets, out.resolve("validation"), config.inference());
        Trainer.Result r;
        try (StopSignals signals = StopSignals.install(System.err, "stopping after the current step and writing a checkpoint")) {
            try {
                r = Training.run(config, t, data, out, resume, pretrained, init, force, signals::requested, validator,
                        stopAfter == null ? Integer.MAX_VALUE : stopAfter);
            } catch (TrainingStopped stopped) {
                System.err.printf("srnet: stopped by %s after %d iterations; checkpoint written to %s; continue with the "
                        + "same command and --resume%n", signals.signal(), stopped.iterations(), stopped.checkpoint());
                return signals.exitCode();
            }
        }
        if (!r.finished()) {
            System.out.printf("stopped at iteration %d of %d; the checkpoint in %s continues it with --resume%n",
                    r.iterations(), config.train().iterations(), out);
            return 0;
        }
        System.out.printf("trained %d iterations in %.0f s (%.2f it/s at the end); final losses %s%n", r.iterations(),
                r.wallSeconds(), r.itPerSecond(), r.lastLosses());
        System.out.println("model: " + out + "  log: " + out.resolve("train-log.jsonl") + "  curve: " + out.resolve(Trainer.LOSS_CURVE));
        return 0;
    }
}
