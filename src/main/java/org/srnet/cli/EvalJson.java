package org.srnet.cli;

import java.nio.file.Path;

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

    static void write(Path file, ObjectNode root) {
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, root));
    }
}
