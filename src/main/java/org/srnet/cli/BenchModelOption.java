package org.srnet.cli;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.srnet.model.SrNetModel;

import picocli.CommandLine.Option;

/** The {@code --model DIR} option of the bench commands that run a network: a trained model or a random one. */
final class BenchModelOption {
    @Option(names = "--model", paramLabel = "DIR",
            description = "Time this trained model (e.g. the bundled one) instead of a random-init model of the preset; "
                    + "its architecture replaces the preset's, the input size still comes from the run.")
    Path model;

    /** The trained model if one was given, else {@code randomInit}'s. */
    SrNetModel open(Supplier<SrNetModel> randomInit) {
        return model != null ? SrNetModel.load(model) : randomInit.get();
    }
}
