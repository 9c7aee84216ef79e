package org.srnet.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

import org.srnet.UserError;
import org.srnet.method.Methods;

/**
 * The output folder of {@code srnet train}, which must never replace a model someone relies on (the bundled one,
 * or yesterday's run) by accident. Training goes into a folder that is empty or absent; {@code --resume} continues
 * the checkpoint in a folder; anything else is refused, unless {@code --force}, which first moves the folder aside
 * to a dated backup beside it, so even a forced run loses nothing.
 */
public final class RunFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolder() {}

    /** Refuses, before any work, a folder that training would overwrite. */
    public static void check(Path out, boolean resume, boolean force) {
        String held = holds(out);
        if (held == null || force || (resume && Checkpoint.exists(out))) {
            return;
        }
        String how = resume ? "there is no " + Checkpoint.FILE + " to resume from; "
                : Checkpoint.exists(out) ? "add --resume to continue its checkpoint, " : "";
        throw UserError.inFile(out, held + "; training never overwrites it: " + how + "choose another --out (e.g. runs/"
                + out.getFileName() + "), or add --force to move it aside to " + backupName(out) + " first");
    }

    /** Moves an occupied folder aside when {@code --force} asks for a fresh run there; returns where it went. */
    public static Optional<Path> moveAsideIfForced(Path out, boolean resume, boolean force) {
        if (!force || holds(out) == null || (resume && Checkpoint.exists(out))) {
            return Optional.empty();
        }
        Path backup = out.resolveSibling(backupName(out));
        for (int i = 2; Files.exists(backup); i++) {
            backup = out.resolveSibling(backupName(out) + "-" + i);
        }
        try {
            Files.move(out, backup);
        } catch (IOException e) {
            throw UserError.inFile(out, "cannot move it aside to " + backup + " (" + e.getMessage() + ")", e);
        }
        return Optional.of(backup);
    }

    private static String backupName(Path out) {
        return out.getFileName() + ".backup-" + LocalDateTime.now().format(STAMP);
    }

    /** What the folder holds that training would replace, or null when it is absent or empty. */
    private static String holds(Path out) {
        if (!Files.exists(out)) {
            return null;
        }
        if (!Files.isDirectory(out)) {
            return "is a file, not a folder";
        }
        if (Files.isRegularFile(out.resolve(Methods.MODEL_FILE))) {
            return "holds a trained model (" + Methods.MODEL_FILE + ")";
        }
        if (Checkpoint.exists(out)) {
            return "holds a training run (" + Checkpoint.FILE + ")";
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.findAny().isPresent() ? "is not empty" : null;
        } catch (IOException e) {
            throw UserError.inFile(out, "cannot list (" + e.getMessage() + ")", e);
        }
    }
}
