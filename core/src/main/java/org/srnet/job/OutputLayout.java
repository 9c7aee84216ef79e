package org.srnet.job;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.srnet.UserError;
import org.srnet.util.ConfinedPaths;
import org.srnet.util.FileTrees;

/**
 * Where {@code segment} puts each video's outputs inside {@code --out}: {@code davis/<name>/},
 * {@code overlays/<name>/}, {@code videos/<name>.mp4}, with the name sanitised ({@link ConfinedPaths#safeName}), so
 * whatever a video is called, its outputs stay inside {@code --out}.
 */
final class OutputLayout {
    static final String DAVIS_DIR = "davis";
    static final String RESULTS_JSON = "results.json";
    static final String OVERLAY_DIR = "overlays";
    static final String VIDEO_DIR = "videos";
    static final String DONE_DIR = ".srnet-done";

    private final Path out;

    OutputLayout(Path out) {
        this.out = out;
    }

    Path out() {
        return out;
    }

    Path davisRoot() {
        return out.resolve(DAVIS_DIR);
    }

    Path results() {
        return out.resolve(RESULTS_JSON);
    }

    Path doneDir() {
        return out.resolve(DONE_DIR);
    }

    Path overlayDir(String name) {
        return ConfinedPaths.named(out.resolve(OVERLAY_DIR), name, "");
    }

    Path videoFile(String name) {
        return ConfinedPaths.named(out.resolve(VIDEO_DIR), name, ".mp4");
    }

    Path davisDir(String name) {
        return ConfinedPaths.named(davisRoot(), name, "");
    }

    /** Deletes what an earlier, unfinished or different, run left of one video's frame outputs. */
    void clear(String name) {
        deleteTree(davisDir(name));
        deleteTree(overlayDir(name));
        deleteTree(videoFile(name));
    }

    private static void deleteTree(Path p) {
        try {
            FileTrees.deleteTree(p);
        } catch (UncheckedIOException e) {
            throw UserError.inFile(p, "cannot remove the earlier outputs (" + e.getCause().getMessage() + ")", e);
        }
    }
}
