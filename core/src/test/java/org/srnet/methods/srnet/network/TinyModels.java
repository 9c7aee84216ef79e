package org.srnet.methods.srnet.network;

/** Small architectures that run in milliseconds on a CPU, for tests. */
public final class TinyModels {
    private TinyModels() {}

    public static ModelConfig uvos() {
        return ModelConfig.builder().backbone(18).backboneWidth(8).fpnChannels(16).decoderChannels(16).headChannels(8).build();
    }

    public static ModelConfig vis(int classes) {
        return uvos().withNumClasses(classes);
    }
}
