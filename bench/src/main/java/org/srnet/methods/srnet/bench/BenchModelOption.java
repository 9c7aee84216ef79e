package org.srnet.methods.srnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.srnet.UserError;
import org.srnet.methods.srnet.model.SrNetModel;

import picocli.CommandLine.Option;

/** The {@code --model DIR} option of the bench commands that run a network: a trained model or a random one. */
final class BenchModelOption {
    @Option(names = "--model", paramLabel = "DIR",
            description = "Time this trained model (e.g. the bundled one) instead of a random-init model of the preset; "
                    + "its architecture replaces the preset's, the input size still comes from the run.")
    Path model;

    /**
     * The accuracy the model's card ({@code card.json} beside the model, as the bundled model has) reports on its
     * validation split, so a speed can be read next to what the model achieves; null without a card.
     */
    String validationSummary() {
        Path card = model == null ? null : model.resolve("card.json");
        if (card == null || !Files.isRegularFile(card)) {
            return null;
        }
        try {
            JsonNode val = new ObjectMapper().readTree(card.toFile()).path("val");
            return String.format("val J&F %.3f, AP %.3f (%s, from %s)", val.path("davis").path("J&F-Mean").asDouble(Double.NaN),
                    val.path("ytvis").path("AP").asDouble(Double.NaN), val.path("split").asText("?"), card);
        } catch (IOException e) {
            throw UserError.inFile(card, "is not a readable model card (" + e.getMessage() + ")", e);
        }
    }

    /** The trained model if one was given, else {@code randomInit}'s. */
    SrNetModel open(Supplier<SrNetModel> randomInit) {
        return model != null ? SrNetModel.load(model) : randomInit.get();
    }
}
