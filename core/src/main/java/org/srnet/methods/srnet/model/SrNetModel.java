package org.srnet.methods.srnet.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.srnet.UserError;
import org.srnet.methods.srnet.network.ModelConfig;
import org.srnet.methods.srnet.network.SrNet;
import org.srnet.train.TrainableModel;
import org.srnet.util.AtomicFiles;
import org.srnet.weights.SafeTensors;
import org.srnet.weights.StateDict;

/**
 * A trained SRNet on disk and in memory: a directory holding {@code model.json} (architecture, category names,
 * free-form metadata) and {@code model.safetensors} (every tensor of the state dict, including BatchNorm
 * statistics). This is what {@code srnet train} writes and {@code srnet segment --model DIR} loads.
 */
public final class SrNetModel implements TrainableModel, AutoCloseable {
    public static final String CONFIG_FILE = "model.json";
    public static final String WEIGHTS_FILE = "model.safetensors";
    /** The method name SRNet records in {@code model.json} (the registry's key). */
    public static final String METHOD = "srnet";
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The contents of {@code model.json}; {@code method} is {@value SrNetMethod#NAME} (models written before there
     * were several methods have none, and are SRNet models too).
     */
    public record Description(String format, int version, String method, ModelConfig model, List<String> categories,
            Map<String, Object> metadata) {}

    private final NDManager manager;
    private final SrNet network;
    private final List<String> categories;
    private final Map<String, Object> metadata;

    private SrNetModel(NDManager manager, SrNet network, List<String> categories, Map<String, Object> metadata) {
        this.manager = manager;
        this.network = network;
        this.categories = List.copyOf(categories);
        this.metadata = new LinkedHashMap<>(metadata);
    }

    /**
     * A new, randomly initialised model. {@code categories} are the VIS category names (index 0 = category id 1);
     * empty for UVOS, where the config must have no category head.
     */
    public static SrNetModel create(ModelConfig config, List<String> categories, int seed) {
        if (config.numClasses() != categories.size()) {
            throw new IllegalArgumentException("model has " + config.numClasses() + " classes but " + categories.size()
                    + " category names were given");
        }
        NDManager manager = NDManager.newBaseManager();
        return new SrNetModel(manager, SrNet.create(config, manager, seed), categories, Map.of());
    }

    /** Loads a model directory (or the {@code model.json} inside it); every problem is a UserError naming the file. */
    public static SrNetModel load(Path path) {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path configFile = dir.resolve(CONFIG_FILE);
        Path weights = dir.resolve(WEIGHTS_FILE);
        if (!Files.exists(path)) {
            throw UserError.inFile(path, "model not found");
        }
        if (!Files.isRegularFile(configFile)) {
            throw UserError.inFile(path, "not an srnet model: " + CONFIG_FILE + " is missing (a model directory holds "
                    + CONFIG_FILE + " and " + WEIGHTS_FILE + ", as written by 'srnet train')");
        }
        Description d;
        try {
            d = JSON.readValue(configFile.toFile(), Description.class);
        } catch (IOException | IllegalArgumentException e) {
            throw UserError.inFile(configFile, "not a valid srnet model description (" + firstLine(e.getMessage()) + ")", e);
        }
        if (!"srnet-model".equals(d.format()) || d.model() == null) {
            throw UserError.inFile(configFile, "not an srnet model description (format is '" + d.format() + "')");
        }
        if (d.method() != null && !d.method().equals(METHOD)) {
            throw UserError.inFile(configFile, "is a model of the method '" + d.method() + "', not an SRNet model");
        }
        if (!Files.isRegularFile(weights) || !SafeTensors.looksLikeSafeTensors(weights)) {
            throw UserError.inFile(weights, "missing or not a safetensors file");
        }
        List<String> cats = d.categories() == null ? List.of() : d.categories();
        Map<String, SafeTensors.Tensor> tensors = SafeTensors.read(weights, null);
        SrNetModel model;
        try {
            model = create(d.model(), cats, 0);
        } catch (IllegalArgumentException e) {
            throw UserError.inFile(configFile, e.getMessage(), e);
        }
        model.metadata.putAll(d.metadata() == null ? Map.of() : d.metadata());
        try {
            model.loadTensors(tensors, true);
        } catch (IllegalArgumentException e) {
            model.close();
            throw UserError.inFile(weights, e.getMessage(), e);
        }
        return model;
    }

    /** Writes {@code model.json} and {@code model.safetensors} into {@code dir}, each atomically. */
    @Override
    public void save(Path dir) {
        SafeTensors.write(dir.resolve(WEIGHTS_FILE), toHost(), Map.of("format", "srnet-model"));
        Description d = new Description("srnet-model", 1, METHOD, network.config(), categories, metadata);
        try {
            AtomicFiles.writeString(dir.resolve(CONFIG_FILE), JSON.writeValueAsString(d) + "\n");
        } catch (IOException e) {
            throw UserError.inFile(dir.resolve(CONFIG_FILE), "cannot write", e);
        }
    }

    /** Every tensor copied to the host. */
    @Override
    public Map<String, SafeTensors.Tensor> toHost() {
        Map<String, SafeTensors.Tensor> out = new LinkedHashMap<>();
        network.state().tensors().forEach((name, a) -> out.put(name, new SafeTensors.Tensor(a.getShape().getShape(), a.toFloatArray())));
        return out;
    }

    /**
     * Copies host tensors into the network by name. {@code strict}: every tensor of the network must be given and
     * nothing else. Shapes must match.
     */
    @Override
    public void loadTensors(Map<String, SafeTensors.Tensor> tensors, boolean strict) {
        StateDict state = network.state();
        List<String> missing = new ArrayList<>();
        for (String name : state.tensors().keySet()) {
            if (!tensors.containsKey(name)) {
                missing.add(name);
            }
        }
        List<String> unexpected = tensors.keySet().stream().filter(n -> !state.contains(n)).toList();
        if (strict && (!missing.isEmpty() || !unexpected.isEmpty())) {
            throw new IllegalArgumentException("tensors do not match the architecture: missing " + abbreviate(missing)
                    + ", unexpected " + abbreviate(unexpected));
        }
        for (Map.Entry<String, SafeTensors.Tensor> e : tensors.entrySet()) {
            if (!state.contains(e.getKey())) {
                continue;
            }
            NDArray target = state.get(e.getKey());
            Shape shape = new Shape(e.getValue().shape());
            if (!target.getShape().equals(shape)) {
                throw new IllegalArgumentException(e.getKey() + " has shape " + shape + " but the architecture needs " + target.getShape());
            }
            target.set(e.getValue().data());
        }
    }

    /**
     * Takes every weight of a model written by {@code srnet train} (to fine-tune it, with other data or losses). Its
     * architecture and categories must be this model's; anything else is a UserError naming the model.
     */
    public void initialiseFrom(Path modelDir) {
        try (SrNetModel source = load(modelDir)) {
            if (!source.config().equals(config())) {
                throw UserError.inFile(modelDir, "has another architecture than this run: " + source.config() + " vs " + config());
            }
            if (!source.categories.equals(categories)) {
                throw UserError.inFile(modelDir, "has categories " + source.categories + " but the data has " + categories);
            }
            loadTensors(source.toHost(), true);
        }
    }

    /**
     * Initialises the backbone from an ImageNet ResNet in torchvision/timm naming ({@code conv1.weight},
     * {@code layer1.0.bn1.running_mean}, ...); the classifier ({@code fc.*}) and other extra entries are ignored.
     * Returns the number of tensors loaded. The backbone width must be 64 and the depth must match the file.
     */
    public int loadPretrainedBackbone(Path safetensors) {
        Map<String, SafeTensors.Tensor> file = SafeTensors.read(safetensors, null);
        Map<String, SafeTensors.Tensor> renamed = new LinkedHashMap<>();
        file.forEach((name, t) -> {
            if (!name.startsWith("fc.") && !name.endsWith("num_batches_tracked")) {
                renamed.put("backbone." + name, t);
            }
        });
        List<String> missing = network.state().tensors().keySet().stream()
                .filter(n -> n.startsWith("backbone.") && !renamed.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw UserError.inFile(safetensors, "does not hold a ResNet-" + network.config().backbone()
                    + " backbone in torchvision naming: missing " + abbreviate(missing));
        }
        try {
            loadTensors(renamed, false);
        } catch (IllegalArgumentException e) {
            throw UserError.inFile(safetensors, e.getMessage(), e);
        }
        return (int) renamed.keySet().stream().filter(n -> network.state().contains(n)).count();
    }

    /**
     * 16 hex digits of a SHA-256 over what the model computes: architecture, category names and every tensor's name,
     * shape and values (taken from memory, so a copy of the files elsewhere has the same digest).
     */
    public String digest() {
        return ModelDigest.of(this);
    }

    /** {@inheritDoc} The network's. */
    @Override
    public StateDict state() {
        return network.state();
    }

    public SrNet network() {
        return network;
    }

    public ModelConfig config() {
        return network.config();
    }

    /** VIS category names; index i is category id i + 1. Empty in UVOS mode. */
    public List<String> categories() {
        return categories;
    }

    /** Free-form facts about how the model was made (preset, iterations, data seed, ...), saved in model.json. */
    @Override
    public Map<String, Object> metadata() {
        return metadata;
    }

    @Override
    public NDManager manager() {
        return manager;
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 5 ? names.toString() : names.subList(0, 5) + " and " + (names.size() - 5) + " more";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        network.close();
        manager.close();
    }
}
