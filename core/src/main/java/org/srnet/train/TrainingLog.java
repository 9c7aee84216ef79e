package org.srnet.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.srnet.UserError;

/**
 * The training log: one JSON object per line ({@code iteration}, {@code lr}, each loss term, {@code it_per_s},
 * {@code grad_norm}). A resumed run first drops the lines past its checkpoint, so the log never repeats an iteration.
 */
public final class TrainingLog implements AutoCloseable {
    public static final String FILE = "train-log.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter out;

    private TrainingLog(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Opens the log for appending, keeping only entries of iterations below {@code fromIteration}. */
    public static TrainingLog open(Path dir, int fromIteration) {
        Path file = dir.resolve(FILE);
        try {
            List<String> kept = new ArrayList<>();
            for (Map<String, Object> e : read(file)) {
                if (((Number) e.get("iteration")).intValue() < fromIteration) {
                    kept.add(JSON.writeValueAsString(e));
                }
            }
            Files.createDirectories(dir);
            Files.write(file, kept, StandardCharsets.UTF_8);
            return new TrainingLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot write the training log", e);
        }
    }

    public void append(int iteration, double lr, Map<String, Float> losses, double itPerSecond, double gradNorm) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("iteration", iteration);
        e.put("lr", lr);
        e.putAll(losses);
        e.put("it_per_s", itPerSecond);
        e.put("grad_norm", gradNorm);
        try {
            out.write(JSON.writeValueAsString(e));
            out.newLine();
            out.flush();
        } catch (IOException ex) {
            throw UserError.inFile(file, "cannot write the training log", ex);
        }
    }

    /** Every entry of a log file (empty if it does not exist). */
    public static List<Map<String, Object>> read(Path file) {
        List<Map<String, Object>> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() { }));
                }
            }
        } catch (IOException e) {
            throw UserError.inFile(file, "not a valid training log (" + e.getMessage() + ")", e);
        }
        return entries;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot close the training log", e);
        }
    }
}
