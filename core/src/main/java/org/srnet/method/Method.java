package org.srnet.method;

import java.nio.file.Path;
import java.util.List;

/**
 * A segmentation method the framework hosts, as the registry ({@link Methods}) knows it: a name, a line saying
 * what it is, and how to load a model directory that it wrote. Implementations are listed in
 * {@code META-INF/services/org.srnet.method.Method}, so the framework never names them.
 */
public interface Method {
    /** The name recorded as {@code method} in a model's {@code model.json}, e.g. {@code srnet}. */
    String name();

    /** One line for {@code srnet methods}. */
    String description();

    /**
     * The model directory shipped with srnet for this method, relative to srnet's home (what {@code srnet demo
     * --method NAME} runs), or null when there is none.
     */
    String bundledModel();

    /**
     * Loads the model in {@code dir} with the inference options it records, then {@code overrides}
     * ({@code key=value}, as {@code --set} gives them); every problem is a {@link org.srnet.UserError} naming the file.
     */
    SegmentationModel load(Path dir, List<String> overrides);
}
