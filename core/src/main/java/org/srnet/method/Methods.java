package org.srnet.method;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.srnet.UserError;

/**
 * The method registry: every {@link Method} on the class path, keyed by name, and the dispatch of a model
 * directory to the method that wrote it, by the {@code method} its {@code model.json} records. A
 * {@code model.json} that records none is an SRNet model ({@value #DEFAULT}), as every model was before there were
 * several methods.
 */
public final class Methods {
    /** The method of a {@code model.json} without a {@code method} entry. */
    public static final String DEFAULT = "srnet";
    /** The file in a model directory that names its method. */
    public static final String MODEL_FILE = "model.json";
    /** The key of the method's name in {@code model.json}. */
    public static final String METHOD_KEY = "method";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Methods() {}

    /** Every registered method, by name. */
    public static List<Method> all() {
        List<Method> methods = new ArrayList<>();
        ServiceLoader.load(Method.class, Methods.class.getClassLoader()).forEach(methods::add);
        methods.sort(Comparator.comparing(Method::name));
        return methods;
    }

    /** The method called {@code name}; an unknown name is a user error listing the known ones. */
    public static Method get(String name) {
        List<Method> methods = all();
        return methods.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new UserError(
                "unknown method '" + name + "'; known methods: " + String.join(", ", methods.stream().map(Method::name).toList())));
    }

    /**
     * The name of the method that wrote the model in {@code path} (a model directory or its {@code model.json}):
     * its {@code method} entry, else {@value #DEFAULT}. A missing or unreadable {@code model.json} also answers
     * {@value #DEFAULT}, whose loader then says what is wrong with the folder.
     */
    public static String methodOf(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(MODEL_FILE) : path;
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        try {
            JsonNode name = JSON.readTree(file.toFile()).path(METHOD_KEY);
            return name.isTextual() ? name.asText() : DEFAULT;
        } catch (IOException e) {
            return DEFAULT;
        }
    }

    /** {@code options} (a configuration record) as compact JSON: what {@link SegmentationModel#optionsJson()} returns. */
    public static String json(Object options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the model in {@code path} with the method that wrote it; {@code overrides} as {@link Method#load}. */
    public static SegmentationModel load(Path path, List<String> overrides) {
        return get(methodOf(path)).load(path, overrides);
    }
}
