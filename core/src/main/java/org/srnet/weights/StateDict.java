package org.srnet.weights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * All tensors of a network by name, as PyTorch's {@code state_dict}: weights the optimizer updates and buffers
 * (BatchNorm running statistics) it does not. Names follow torchvision (e.g. {@code backbone.layer1.0.conv1.weight})
 * so pretrained ResNets load by name. The layers of srnet are written functionally against this map, which keeps
 * every parameter visible and the architecture readable top to bottom.
 */
public final class StateDict {
    private final NDManager manager;
    private final Map<String, NDArray> tensors = new LinkedHashMap<>();
    private final List<String> trainable = new ArrayList<>();

    public StateDict(NDManager manager) {
        this.manager = manager;
    }

    public NDManager manager() {
        return manager;
    }

    /** The tensor called {@code name}; a missing name is a programming error. */
    public NDArray get(String name) {
        NDArray a = tensors.get(name);
        if (a == null) {
            throw new IllegalStateException("no tensor named " + name);
        }
        return a;
    }

    public boolean contains(String name) {
        return tensors.containsKey(name);
    }

    /** Names in creation order. */
    public Map<String, NDArray> tensors() {
        return Collections.unmodifiableMap(tensors);
    }

    /** Names of the tensors the optimizer updates. */
    public List<String> trainableNames() {
        return Collections.unmodifiableList(trainable);
    }

    /** The name of the first tensor holding a NaN or an infinity, or null when every value is finite. */
    public String firstNonFinite() {
        for (Map.Entry<String, NDArray> e : tensors.entrySet()) {
            try (NDArray sum = e.getValue().abs().sum()) {
                if (!Float.isFinite(sum.getFloat())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Creates a weight drawn from N(0, std²). */
    public NDArray normal(String name, double std, long... shape) {
        return add(name, manager.randomNormal(0f, (float) std, new Shape(shape), DataType.FLOAT32), true);
    }

    /** Creates a tensor filled with {@code value}. */
    public NDArray constant(String name, float value, boolean isTrainable, long... shape) {
        return add(name, manager.full(new Shape(shape), value, DataType.FLOAT32), isTrainable);
    }

    /** A convolution weight with He (Kaiming) normal init over fan-out, as torchvision's ResNet initialises. */
    public void conv(String name, int out, int in, boolean bias, long... kernel) {
        long fanOut = out;
        long[] shape = new long[2 + kernel.length];
        shape[0] = out;
        shape[1] = in;
        for (int i = 0; i < kernel.length; i++) {
            shape[2 + i] = kernel[i];
            fanOut *= kernel[i];
        }
        normal(name + ".weight", Math.sqrt(2.0 / fanOut), shape);
        if (bias) {
            constant(name + ".bias", 0f, true, out);
        }
    }

    /** BatchNorm parameters and running statistics, with torchvision's names. */
    public void batchNorm(String name, int channels, boolean frozen) {
        constant(name + ".weight", 1f, !frozen, channels);
        constant(name + ".bias", 0f, !frozen, channels);
        constant(name + ".running_mean", 0f, false, channels);
        constant(name + ".running_var", 1f, false, channels);
    }

    /** Replaces the values of an existing tensor (same shape) in place, keeping its identity and gradient. */
    public void assign(String name, NDArray values) {
        NDArray target = get(name);
        if (!target.getShape().equals(values.getShape())) {
            throw new IllegalArgumentException(name + ": shape " + values.getShape() + " does not match " + target.getShape());
        }
        target.set(values.toType(DataType.FLOAT32, false).toFloatArray());
    }

    private NDArray add(String name, NDArray array, boolean isTrainable) {
        if (tensors.containsKey(name)) {
            throw new IllegalStateException("duplicate tensor " + name);
        }
        array.setName(name);
        tensors.put(name, array);
        if (isTrainable) {
            array.setRequiresGradient(true);
            trainable.add(name);
        }
        return array;
    }
}
