package org.srnet.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.srnet.UserError;
import org.srnet.util.ConfinedPaths;
import org.srnet.util.JsonErrors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** File helpers shared by the dataset readers: JSON loading and confining data set entries to their root. */
final class DataFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataFiles() {}

    /** Receives the elements of a streamed top-level array one at a time. */
    interface ElementHandler {
        /** Handles element {@code index} of the array. */
        void element(int index, JsonNode element);
    }

    /** Receives a top-level field that is not streamed. */
    interface FieldHandler {
        /** Handles top-level field {@code name}. */
        void field(String name, JsonNode value);
    }

    /**
     * Reads a JSON file whose top level is an object, field by field, without holding the whole tree: the
     * array fields named in {@code streamed} are handed over one element at a time (the real YouTube-VIS and
     * COCO annotation lists run to gigabytes as a tree); every other field goes to {@code fields} whole.
     */
    static void readStreaming(Path file, java.util.Map<String, ElementHandler> streamed, FieldHandler fields) {
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(file, Files.exists(file) ? "not a regular file" : "file not found");
        }
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw UserError.inFile(file, "top level must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                ElementHandler h = streamed.get(name);
                if (h != null && t == JsonToken.START_ARRAY) {
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode element = JSON.readTree(p);
                        h.element(i++, element);
                    }
                } else {
                    fields.field(name, JSON.readTree(p));
                }
            }
            if (p.nextToken() != null) {
                throw UserError.inFile(file, "malformed JSON: unexpected content after the top-level object");
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.malformed(file, e);
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The names of the top-level fields of a JSON object file, found by skipping over their values. */
    static java.util.Set<String> topLevelKeys(Path file) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(file, Files.exists(file) ? "not a regular file" : "file not found");
        }
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return keys;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            return keys;
        } catch (JsonProcessingException e) {
            throw JsonErrors.malformed(file, e);
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** A data set entry (e.g. a {@code file_names} entry) as a relative path confined to its root. */
    static Path relativeEntry(String entry, Path declaringFile, String what) {
        return ConfinedPaths.relative(entry, declaringFile, what);
    }

    /** Resolves a data set entry under {@code root}, confined to it. */
    static Path resolveInside(Path root, String entry, Path declaringFile, String what) {
        return ConfinedPaths.resolve(root, entry, declaringFile, what);
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
