package org.srnet.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.srnet.util.AtomicFiles;

/**
 * The {@code --json FILE} form of every benchmark: {@code {"benchmark": name, "when": ISO time, "machine": {...},
 * "parameters": {...}, "results": ...}}, where results are the benchmark's records serialised by Jackson. The file is
 * written atomically, so an interrupted run never leaves half a result behind.
 */
public final class BenchJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchJson() {}

    /** The document for one run, as a JSON string. */
    public static String render(String benchmark, Machine machine, Map<String, ?> parameters, Object results) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", benchmark);
        doc.put("when", Instant.now().toString());
        doc.put("machine", machine);
        doc.put("parameters", parameters);
        doc.put("results", results);
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("benchmark results are not serialisable", e);
        }
    }

    /** Writes the document to {@code file} atomically; an unwritable file is a user error naming it. */
    public static void write(Path file, String benchmark, Map<String, ?> parameters, Object results) {
        AtomicFiles.writeString(file, render(benchmark, Machine.current(), parameters, results));
    }
}
