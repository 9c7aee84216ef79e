package org.srnet.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.srnet.UserError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** File helpers shared by the dataset readers: JSON loading and confining data set entries to their root. */
final class DataFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataFiles() {}

    /** Parses a JSON file; a missing, unreadable or malformed file is a user error naming it. */
    static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(file, Files.exists(file) ? "not a regular file" : "file not found");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw UserError.inFile(file, "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Resolves a relative entry of a data set file (e.g. a {@code file_names} entry) under {@code root}. Absolute
     * paths and paths that climb out of the root ({@code ../}) are rejected: a data set file must not make the
     * program read arbitrary files.
     */
    static Path resolveInside(Path root, String entry, Path declaringFile, String what) {
        Path rel;
        try {
            rel = Path.of(entry);
        } catch (InvalidPathException e) {
            throw UserError.inFile(declaringFile, what + " '" + entry + "' is not a valid path");
        }
        if (entry.isEmpty() || rel.isAbsolute() || entry.startsWith("/") || entry.startsWith("\\")) {
            throw UserError.inFile(declaringFile, what + " '" + entry + "' must be a path relative to the data set root");
        }
        for (Path part : rel) {
            if (part.toString().equals("..")) {
                throw UserError.inFile(declaringFile, what + " '" + entry + "' escapes the data set root " + root);
            }
        }
        Path resolved = root.resolve(rel).normalize();
        if (!resolved.startsWith(root.normalize())) {
            throw UserError.inFile(declaringFile, what + " '" + entry + "' escapes the data set root " + root);
        }
        return resolved;
    }

    /** Returns a required child of a JSON object, or a user error naming the file, the entry and the field. */
    static JsonNode field(JsonNode obj, String name, Path file, String entry) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            throw UserError.inFile(file, entry + " has no \"" + name + "\"");
        }
        return v;
    }

    /** Returns a required integer field. */
    static int intField(JsonNode obj, String name, Path file, String entry) {
        JsonNode v = field(obj, name, file, entry);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw UserError.inFile(file, entry + " field \"" + name + "\" must be an integer, got " + v);
        }
        return v.asInt();
    }
}
