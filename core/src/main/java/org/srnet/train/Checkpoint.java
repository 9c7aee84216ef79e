package org.srnet.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.srnet.UserError;
import org.srnet.util.AtomicFiles;
import org.srnet.weights.SafeTensors;

/**
 * A resumable training state: every model tensor, the optimizer's velocity buffers and the number of completed
 * iterations, in {@code checkpoint.safetensors} (written to a temporary name and renamed, so a kill never leaves a
 * broken one). Data sampling is a function of (seed, iteration), so nothing else is needed to continue exactly.
 */
public final class Checkpoint {
    public static final String FILE = "checkpoint.safetensors";
    private static final String VELOCITY = "optimizer.velocity.";
    private static final String ITERATION = "iteration";
    private static final String ELAPSED = "elapsed_seconds";
    private static final String CONFIG = "config";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Checkpoint() {}

    /** What a checkpoint restores. */
    public record State(int iteration, double elapsedSeconds) {}

    public static void save(Path dir, TrainableModel model, TorchSgd sgd, int iteration, double elapsedSeconds, Object config) {
        Map<String, SafeTensors.Tensor> tensors = new LinkedHashMap<>(model.toHost());
        sgd.velocity().forEach((name, v) -> tensors.put(VELOCITY + name, new SafeTensors.Tensor(v.getShape().getShape(), v.toFloatArray())));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(ITERATION, Integer.toString(iteration));
        meta.put(ELAPSED, Double.toString(elapsedSeconds));
        try {
            meta.put(CONFIG, JSON.writeValueAsString(config));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SafeTensors.write(dir.resolve(FILE), tensors, meta);
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /** Restores model tensors and velocities; the checkpoint must come from the same architecture. */
    public static State load(Path dir, TrainableModel model, TorchSgd sgd) {
        Path file = dir.resolve(FILE);
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, SafeTensors.Tensor> tensors = SafeTensors.read(file, meta);
        Map<String, SafeTensors.Tensor> params = new LinkedHashMap<>();
        tensors.forEach((name, t) -> {
            if (name.startsWith(VELOCITY)) {
                sgd.setVelocity(name.substring(VELOCITY.length()), t.data());
            } else {
                params.put(name, t);
            }
        });
        try {
            model.loadTensors(params, true);
            return new State(Integer.parseInt(meta.get(ITERATION)), Double.parseDouble(meta.getOrDefault(ELAPSED, "0")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw UserError.inFile(file, "cannot resume from this checkpoint (" + e.getMessage()
                    + "); was it written with another preset or --set?", e);
        }
    }

    public static void writeJson(Path file, Object value) {
        try {
            AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot write", e);
        }
    }
}
