package org.srnet.data;

import java.nio.file.Path;
import java.util.List;

/**
 * One video of a YouTube-VIS JSON.
 *
 * @param id the video id
 * @param name the folder that holds its frames (the parent of its first {@code file_names} entry)
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param frames the frame files, in order (resolved under the frames root, or the plain relative entries when
 *     the data set was opened without one)
 * @param tracks the annotated objects (empty for a test split)
 */
public record YtvisVideo(int id, String name, int width, int height, List<Path> frames, List<YtvisTrack> tracks) {
    /** Copies the lists. */
    public YtvisVideo {
        frames = List.copyOf(frames);
        tracks = List.copyOf(tracks);
    }
}
