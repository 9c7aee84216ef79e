package org.srnet.methods.srnet.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.srnet.UserError;
import org.srnet.data.DataOptions;
import org.srnet.data.FramePair;
import org.srnet.data.PairSource;
import org.srnet.data.TrainingData;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.train.BatchSource;
import org.srnet.train.Checkpoint;
import org.srnet.train.PrefetchedBatches;
import org.srnet.train.RunFolder;
import org.srnet.train.Trainer;
import org.srnet.train.Validator;

/**
 * {@code srnet train} as a library call: opens the data (DAVIS, YouTube-VIS, COCO or an {@code srnet synth} folder),
 * builds or resumes the model and runs the {@link Trainer}. UVOS trains class-agnostic without a category head; VIS
 * adds a category head over the data's categories.
 */
public final class Training {
    public static final String CONFIG_FILE = "config.json";

    private Training() {}

    /** The two task settings of the paper. */
    public enum Task { UVOS, VIS }

    public static Trainer.Result run(SrNetConfig config, Task task, List<Path> data, Path out, boolean resume,
            Path pretrainedBackbone) {
        return run(config, task, data, out, resume, pretrainedBackbone, false, () -> false);
    }

    /**
     * As {@link #run(SrNetConfig, Task, List, Path, boolean, Path)}; {@code force} moves an occupied {@code out}
     * aside to a backup instead of refusing it ({@link RunFolder}), and {@code stop} is polled between steps
     * ({@link Trainer#run(boolean, java.util.function.BooleanSupplier)}).
     */
    public static Trainer.Result run(SrNetConfig config, Task task, List<Path> data, Path out, boolean resume,
            Path pretrainedBackbone, boolean force, java.util.function.BooleanSupplier stop) {
        return run(config, task, data, out, resume, pretrainedBackbone, force, stop, null, Integer.MAX_VALUE);
    }

    /**
     * As above, scoring the model with {@code validator} (null = none) and keeping the best one, and stopping after
     * {@code stopAfter} iterations of this run with a checkpoint to resume from.
     */
    public static Trainer.Result run(SrNetConfig config, Task task, List<Path> data, Path out, boolean resume,
            Path pretrainedBackbone, boolean force, java.util.function.BooleanSupplier stop, Validator<? super SrNetModel> validator,
            int stopAfter) {
        return run(config, task, data, out, resume, pretrainedBackbone, null, force, stop, validator, stopAfter);
    }

    /** As above, starting from the weights of the trained model in {@code initialModel} (null = random). */
    public static Trainer.Result run(SrNetConfig config, Task task, List<Path> data, Path out, boolean resume,
            Path pretrainedBackbone, Path initialModel, boolean force, java.util.function.BooleanSupplier stop,
            Validator<? super SrNetModel> validator, int stopAfter) {
        RunFolder.check(out, resume, force);
        DataOptions dataOptions = config.data().withClassAgnostic(task == Task.UVOS);
        List<String> categories = task == Task.UVOS ? List.of() : TrainingData.categories(data, dataOptions);
        if (task == Task.VIS && categories.isEmpty()) {
            throw new UserError("--task vis needs data with categories (a YouTube-VIS or COCO JSON, or an srnet synth folder)");
        }
        SrNetConfig effective = config.withData(dataOptions).withModel(config.model().withNumClasses(categories.size()));
        PairSource pairs = TrainingData.open(data, dataOptions);
        BatchBuilder builder = new BatchBuilder(effective.train(), task == Task.UVOS);
        int batchSize = effective.train().batchSize();
        long seed = effective.train().seed();
        BatchSource<TrainingBatch> batches = iteration -> {
            Random rnd = new Random(seed * 1_000_003L + iteration);
            List<FramePair> list = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                list.add(pairs.next(rnd));
            }
            return builder.build(list, rnd);
        };
        RunFolder.moveAsideIfForced(out, resume, force).ifPresent(backup ->
                System.err.println("srnet: " + out + " moved aside to " + backup + " (--force)"));
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw UserError.inFile(out, "cannot create the output directory (" + e.getMessage() + ")", e);
        }
        Checkpoint.writeJson(out.resolve(CONFIG_FILE), effective);
        try (SrNetModel model = SrNetModel.create(effective.model(), categories, effective.train().seed());
                PrefetchedBatches<TrainingBatch> prefetched = new PrefetchedBatches<>(batches)) {
            boolean fresh = !(resume && Checkpoint.exists(out));
            if (pretrainedBackbone != null && fresh) {
                model.loadPretrainedBackbone(pretrainedBackbone);
            }
            if (initialModel != null) {
                if (fresh) {
                    model.initialiseFrom(initialModel);
                }
                model.metadata().put("initial_model", initialModel.toString());
            }
            model.metadata().put("task", task.name().toLowerCase());
            model.metadata().put("input_width", dataOptions.width());
            model.metadata().put("input_height", dataOptions.height());
            model.metadata().put("data", data.stream().map(Path::toString).toList());
            return trainer(model, effective, prefetched, out, validator).run(resume, stopAfter, stop);
        }
    }

    /**
     * The trainer of an SRNet: the method-neutral loop with SRNet's step ({@link SrNetStep}) on {@code batches}, the
     * optimisation of {@code config.train()}, and the preset recorded in the model's metadata.
     */
    public static Trainer<SrNetModel> trainer(SrNetModel model, SrNetConfig config, BatchSource<TrainingBatch> batches,
            Path out, Validator<? super SrNetModel> validator) {
        model.metadata().put("preset", config.preset());
        return new Trainer<>(model, config.train(), config, new SrNetStep(model, config, batches), out, validator);
    }

    /** As {@link #trainer(SrNetModel, SrNetConfig, BatchSource, Path, Validator)} without validation. */
    public static Trainer<SrNetModel> trainer(SrNetModel model, SrNetConfig config, BatchSource<TrainingBatch> batches,
            Path out) {
        return trainer(model, config, batches, out, null);
    }
}
