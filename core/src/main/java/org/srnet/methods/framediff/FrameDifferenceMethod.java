package org.srnet.methods.framediff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.srnet.UserError;
import org.srnet.config.Overrides;
import org.srnet.method.Method;
import org.srnet.method.Methods;
import org.srnet.method.OnlineSegmenter;
import org.srnet.method.SegmentationModel;
import org.srnet.util.AtomicFiles;
import org.srnet.util.FileFingerprint;

/**
 * A baseline without learning: foreground by difference from a median background, objects as connected
 * components, tracks by mask overlap with the previous frame ({@link FrameDifferenceOptions}). It finds what moves
 * against a still background and nothing else: a moving camera makes everything foreground, and an object that stops
 * fades into the background. It exists to show what a method needs to plug into srnet, and as a floor for SRNet's
 * numbers. Its model directory holds only {@code model.json}: the method's name and its options.
 */
public final class FrameDifferenceMethod implements Method {
    /** The registry name. */
    public static final String NAME = "frame-difference";
    private static final String FORMAT = "srnet-model";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The contents of {@code model.json}. */
    record Description(String format, int version, String method, FrameDifferenceOptions options,
            Map<String, Object> metadata) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Baseline without training: foreground by difference from the median of the last frames, connected "
                + "components, tracks by mask IoU with the previous frame (class-agnostic).";
    }

    @Override
    public String bundledModel() {
        return "models/frame-difference";
    }

    /** {@inheritDoc} The overrides are {@link FrameDifferenceOptions}' keys ({@code threshold=0.08}, ...). */
    @Override
    public SegmentationModel load(Path path, List<String> overrides) {
        Path file = Files.isDirectory(path) ? path.resolve(Methods.MODEL_FILE) : path;
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(path, "not an srnet model: " + Methods.MODEL_FILE + " is missing");
        }
        Description d;
        try {
            d = JSON.readValue(file.toFile(), Description.class);
        } catch (IOException | IllegalArgumentException e) {
            throw UserError.inFile(file, "not a valid " + NAME + " model description (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
        if (!FORMAT.equals(d.format()) || !NAME.equals(d.method()) || d.options() == null) {
            throw UserError.inFile(file, "not a " + NAME + " model description (format '" + d.format() + "', method '"
                    + d.method() + "', options " + (d.options() == null ? "missing" : "given") + ")");
        }
        return new Model(Overrides.apply(d.options(), overrides), d.metadata() == null ? Map.of() : d.metadata());
    }

    /** Writes a model directory ({@code model.json}) with {@code options}, atomically. */
    public static void save(Path dir, FrameDifferenceOptions options) {
        Path file = dir.resolve(Methods.MODEL_FILE);
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(file, JSON.writeValueAsString(new Description(FORMAT, 1, NAME, options, Map.of())) + "\n");
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** The baseline with its options: no weights, nothing to free. */
    private record Model(FrameDifferenceOptions options, Map<String, Object> metadata) implements SegmentationModel {
        @Override
        public String method() {
            return NAME;
        }

        @Override
        public List<String> categories() {
            return List.of();
        }

        @Override
        public String digest() {
            byte[] sha = FileFingerprint.sha256().digest((NAME + optionsJson()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        }

        @Override
        public String optionsJson() {
            return Methods.json(options);
        }

        @Override
        public int inputWidth() {
            return options.inputWidth();
        }

        @Override
        public int inputHeight() {
            return options.inputHeight();
        }

        @Override
        public OnlineSegmenter open() {
            return new FrameDifferenceSegmenter(options);
        }

        @Override
        public void close() {}
    }
}
