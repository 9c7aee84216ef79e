package org.srnet.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.srnet.UserError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code val-log.jsonl}: one line per validation ({@code {"iteration": N, "score": …, …}}). A resumed run reads it
 * back to know the best score so far, so killing and resuming never loses or replaces the best model wrongly.
 */
public final class ValidationLog {
    static final String FILE = "val-log.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ValidationLog() {}

    /** Appends one validation; lines at or after {@code iteration} from an interrupted run are dropped first. */
    static void append(Path dir, int iteration, Map<String, Double> scores) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("iteration", iteration);
        line.putAll(scores);
        Path file = dir.resolve(FILE);
        try {
            StringBuilder kept = new StringBuilder();
            if (Files.exists(file)) {
                for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!l.isBlank() && JSON.readTree(l).path("iteration").asInt() < iteration) {
                        kept.append(l).append('\n');
                    }
                }
            }
            kept.append(JSON.writeValueAsString(line)).append('\n');
            Files.writeString(file, kept, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot write the validation log (" + e.getMessage() + ")", e);
        }
    }

    /** The best score logged before {@code iteration}, or −∞ when there is none. */
    public static double best(Path dir, int iteration) {
        Path file = dir.resolve(FILE);
        double best = Double.NEGATIVE_INFINITY;
        if (!Files.exists(file)) {
            return best;
        }
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (l.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(l);
                if (n.path("iteration").asInt() <= iteration && n.has(Validator.SCORE)) {
                    best = Math.max(best, n.get(Validator.SCORE).asDouble());
                }
            }
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read the validation log (" + e.getMessage() + ")", e);
        }
        return best;
    }
}
