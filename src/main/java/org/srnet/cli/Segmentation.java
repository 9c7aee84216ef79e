package org.srnet.cli;

import java.nio.file.Path;
import java.util.List;

import org.srnet.pipeline.VideoSummary;

/** What {@code segment} and {@code demo} share: the printed summary. */
final class Segmentation {
    private Segmentation() {}

    static void printSummary(List<VideoSummary> videos, Path out) {
        int frames = 0;
        double ms = 0;
        for (VideoSummary v : videos) {
            if (v.skipped()) {
                System.out.printf("%-24s already complete, skipped%n", v.name());
                continue;
            }
            System.out.printf("%-24s %4d frames %3d tracks %6.1f FPS (pre %.1f ms, network %.1f ms, post %.1f ms, output %.1f ms)%n",
                    v.name(), v.frames(), v.tracks(), v.fps(), v.preprocessMs(), v.networkMs(), v.postprocessMs(), v.outputMs());
            frames += v.frames();
            ms += v.frames() * (v.preprocessMs() + v.networkMs() + v.postprocessMs() + v.outputMs());
        }
        if (frames > 0) {
            System.out.printf("%d frames at %.1f FPS overall; outputs in %s%n", frames, 1000.0 * frames / ms, out);
        }
    }
}
