package org.srnet.methods.srnet.network;

/** Small architectures that run in milliseconds on a CPU, for tests. */
public final class TinyModels {
    private TinyModels() {}

    public static ModelConfig uvos() {
        return new ModelConfig(18, 8, 16, 16, 8, 2, 0.3, 0, false, true, true, 0.25, true);
    }

    public static ModelConfig vis(int classes) {
        return uvos().withNumClasses(classes);
    }
}
