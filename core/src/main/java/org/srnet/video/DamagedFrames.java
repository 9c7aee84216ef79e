package org.srnet.video;

import java.io.PrintStream;
import java.nio.file.Path;

import org.srnet.UserError;

/**
 * What to do with a frame that decodes with damage: a truncated JPEG (which ImageIO fills with grey and reports
 * only as a warning), an FFmpeg decode error, a video that ends before its container says. By default such a frame
 * stops the run with a message naming it, since segmenting half-grey frames gives results that look valid but are
 * not; {@code --lenient} keeps going and prints a warning naming the frame instead.
 */
@FunctionalInterface
public interface DamagedFrames {
    /** Stops with a {@link UserError} naming the file and the problem. */
    DamagedFrames STRICT = (file, problem) -> {
        throw UserError.inFile(file, problem + " (the file is damaged; --lenient segments it anyway, with a warning)");
    };

    /**
     * Handles one damaged frame.
     *
     * @param file    the frame file, or the video file
     * @param problem what is wrong, naming the frame inside a video file
     */
    void report(Path file, String problem);

    /** Warns on {@code err}, one line per damaged frame (on a line of its own, after any progress bar), and carries on. */
    static DamagedFrames warnOn(PrintStream err) {
        return (file, problem) -> err.printf("%nsrnet: warning: %s: %s; segmented anyway (--lenient)%n", file, problem);
    }
}
