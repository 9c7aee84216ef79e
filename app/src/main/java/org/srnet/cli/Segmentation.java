package org.srnet.cli;

import java.nio.file.Path;
import java.util.List;

import org.srnet.job.SegmentListener;
import org.srnet.job.VideoSummary;

/** What {@code segment} and {@code demo} share: a line per video as it ends, and the overall line. */
final class Segmentation {
    private Segmentation() {}

    /** Prints each video's line on stdout as the video ends, and notes on stderr. */
    static SegmentListener printer() {
        return new SegmentListener() {
            @Override
            public void ended(VideoSummary v) {
                if (v.skipped()) {
                    System.out.printf("%-24s already complete (same model, options and frames), skipped%n", v.name());
                } else {
                    System.out.printf("%-24s %4d frames %3d tracks %6.1f FPS (pre %.1f ms, network %.1f ms, post %.1f ms, "
                            + "output %.1f ms)%n", v.name(), v.frames(), v.tracks(), v.fps(), v.preprocessMs(), v.networkMs(),
                            v.postprocessMs(), v.outputMs());
                }
                System.out.flush();
            }

            @Override
            public void note(String message) {
                System.err.println("srnet: note: " + message);
            }
        };
    }

    /** The overall line, after every video has printed its own. */
    static void printTotal(List<VideoSummary> videos, Path out) {
        int frames = 0;
        double ms = 0;
        for (VideoSummary v : videos) {
            frames += v.frames();
            ms += v.frames() * (v.preprocessMs() + v.networkMs() + v.postprocessMs() + v.outputMs());
        }
        if (frames > 0) {
            System.out.printf("%d frames at %.1f FPS overall; outputs in %s%n", frames, 1000.0 * frames / ms, out);
        }
    }
}
