package org.srnet.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.srnet.UserError;
import org.srnet.util.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON output of the evaluation commands: full double precision, NaN as null, written atomically. */
final class EvalJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvalJson() {}

    static void put(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    /**
     * Fails before an evaluation that may take minutes when its {@code --json} file could not be written at the
     * end: the numbers would be printed and then lost with an error.
     */
    static void requireWritable(Path file) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw UserError.inFile(file, "--json must name a file, not a folder; nothing was evaluated");
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, "." + file.getFileName(), ".tmp"));
        } catch (IOException e) {
            String why = e instanceof FileAlreadyExistsException ? e.getMessage() + " is a file, not a folder"
                    : e instanceof AccessDeniedException ? "permission denied in " + e.getMessage() : e.toString();
            throw UserError.inFile(file, "--json cannot be written there (" + why + "); nothing was evaluated", e);
        }
    }

    static void write(Path file, ObjectNode root) {
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, root));
    }
}
