package org.srnet.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One DAVIS sequence: its frames in order and, per frame, its annotation PNG ({@code null} for a frame without
 * one, as in the test splits where only some frames are annotated).
 *
 * @param name the sequence folder name
 * @param frames the JPEG frames, sorted by file name
 * @param annotations per frame, the palette PNG (pixel = object id, 255 = void) or {@code null}
 */
public record DavisSequence(String name, List<Path> frames, List<Path> annotations) {
    /** Copies the lists; annotations may hold nulls. */
    public DavisSequence {
        if (frames.size() != annotations.size()) {
            throw new IllegalArgumentException("frames (" + frames.size() + ") and annotations (" + annotations.size()
                    + ") differ in length");
        }
        frames = List.copyOf(frames);
        annotations = Collections.unmodifiableList(Arrays.asList(annotations.toArray(new Path[0])));
    }

    /** The frame ids (file names without extension), as DAVIS results and the evaluation name frames. */
    public List<String> frameIds() {
        return frames.stream().map(p -> {
            String n = p.getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot < 0 ? n : n.substring(0, dot);
        }).toList();
    }
}
