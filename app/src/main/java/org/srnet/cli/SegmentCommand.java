package org.srnet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.job.OutputFormat;
import org.srnet.job.SegmentVideos;
import org.srnet.job.VideoSummary;
import org.srnet.method.Methods;
import org.srnet.method.SegmentationModel;
import org.srnet.video.DamagedFrames;
import org.srnet.video.Sources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code srnet segment}: online segmentation and tracking of videos into standard outputs. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Segment and track objects in videos, frame by frame (online). Input: a video file, a folder of "
                + "frames, a folder of such folders, a DAVIS root or a YouTube-VIS JSON. Re-running skips videos finished with the same model, options and frames, and segments the others again.")
final class SegmentCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "PATH", description = "A model directory of any method ('srnet methods'), e.g. one written by 'srnet train'.")
    Path modelPath;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "What to segment.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--format", defaultValue = "davis,ytvis,overlay,video",
            description = "Any of davis, ytvis, overlay, video (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    InferenceOverrides sets;

    @Option(names = "--lenient", description = "Segment frames that decode with damage (a truncated JPEG, an FFmpeg "
            + "decode error, a video shorter than its header says), with a warning naming each; by default they stop the run.")
    boolean lenient;

    @Override
    public Integer call() {
        try (SegmentationModel model = Methods.load(modelPath, sets.values)) {
            DamagedFrames damage = lenient ? DamagedFrames.warnOn(System.err) : DamagedFrames.STRICT;
            List<VideoSummary> done = new SegmentVideos(model, OutputFormat.parse(format), out)
                    .run(Sources.open(input, damage), Segmentation.printer());
            Segmentation.printTotal(done, out);
        }
        return 0;
    }
}
