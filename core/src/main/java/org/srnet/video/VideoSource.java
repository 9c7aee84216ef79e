package org.srnet.video;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A video to segment: a name, a frame rate and its frames in order. Frames are decoded lazily while iterating,
 * so a long video never sits in memory. Image folders can be iterated again; a video file only once per opening.
 * Problems the user can fix (unreadable frame, truncated file, frames of different sizes) surface as
 * {@link org.srnet.UserError} naming the file, during iteration.
 */
public interface VideoSource extends Iterable<VideoFrame>, AutoCloseable {

    /** The video's name: sequence name (DAVIS), folder name, or file name without extension. */
    String name();

    /** Frames per second, or NaN if the source does not know it. */
    double fps();

    /** Number of frames, if known before decoding. */
    OptionalInt frameCount();

    /** The dataset's numeric video id (YouTube-VIS {@code videos[].id}), if the source came from a dataset file. */
    default OptionalLong videoId() {
        return OptionalLong.empty();
    }

    /**
     * What identifies this input beyond its name (its files' paths, sizes and times), so that a re-run can tell
     * whether finished outputs were made from the same frames.
     */
    String identity();

    /** Sets how frames that decode with damage are handled (by default {@link DamagedFrames#STRICT}). */
    void onDamagedFrames(DamagedFrames policy);

    /** Releases decoders and native buffers; never throws. */
    @Override
    void close();
}
