package org.srnet.train;

import java.nio.file.Path;
import java.util.Map;

import ai.djl.ndarray.NDManager;

import org.srnet.weights.SafeTensors;
import org.srnet.weights.StateDict;

/** What the {@link Trainer} needs of a model, whatever the method: its tensors, their manager, and saving. */
public interface TrainableModel {
    /** Every tensor by name: the trainable parameters and the buffers (BatchNorm statistics). */
    StateDict state();

    /** The manager the tensors live in; each step's arrays live in a sub-manager of it. */
    NDManager manager();

    /** Free-form facts saved with the model (the trainer adds iterations, wall time, final losses). */
    Map<String, Object> metadata();

    /** Writes the model directory ({@code model.json} and its weights) into {@code dir}. */
    void save(Path dir);

    /** Every tensor copied to the host. */
    Map<String, SafeTensors.Tensor> toHost();

    /**
     * Copies host tensors into the model by name; {@code strict}: every tensor must be given and nothing else.
     * Shapes must match; a mismatch is an {@link IllegalArgumentException}.
     */
    void loadTensors(Map<String, SafeTensors.Tensor> tensors, boolean strict);
}
