package org.srnet.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.srnet.UserError;
import org.srnet.util.AtomicFiles;
import org.srnet.util.ConfinedPaths;

/**
 * The done markers of an output folder, {@code .srnet-done/<video>.json}, one {@link VideoRecord} per finished
 * video. A marker is written atomically after every output of its video, and deleted before a video's outputs are
 * replaced, so a marker always means "these outputs are complete and were made as recorded". A marker that cannot
 * be read (written by an older srnet, or edited) counts as absent, which only costs segmenting that video again.
 */
final class DoneMarkers {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;

    DoneMarkers(Path dir) {
        this.dir = dir;
    }

    /** Every readable marker, by output name. */
    Map<String, VideoRecord> all() {
        Map<String, VideoRecord> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String f = p.getFileName().toString();
                if (f.endsWith(".json") && !f.startsWith(".")) {
                    read(p).ifPresent(r -> out.put(f.substring(0, f.length() - ".json".length()), r));
                }
            }
        } catch (IOException e) {
            throw UserError.inFile(dir, "cannot list done markers (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** Marks the video whose outputs are named {@code name} as finished. */
    void write(String name, VideoRecord record) {
        try {
            AtomicFiles.writeString(file(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record) + "\n");
        } catch (IOException e) {
            throw UserError.inFile(file(name), "cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Unmarks a video; its outputs no longer count as finished. */
    void remove(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw UserError.inFile(file(name), "cannot delete (" + e.getMessage() + ")", e);
        }
    }

    private Path file(String name) {
        return ConfinedPaths.named(dir, name, ".json");
    }

    private static Optional<VideoRecord> read(Path p) {
        try {
            VideoRecord r = JSON.readValue(p.toFile(), VideoRecord.class);
            return r.model() == null || r.options() == null || r.input() == null ? Optional.empty() : Optional.of(r);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
