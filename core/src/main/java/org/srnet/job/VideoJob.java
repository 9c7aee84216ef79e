package org.srnet.job;

import java.util.ArrayList;
import java.util.List;

import me.tongfei.progressbar.ProgressBar;

import org.srnet.method.OnlineSegmenter;
import org.srnet.method.SegmentationModel;
import org.srnet.method.StageTimes;
import org.srnet.result.FrameResult;
import org.srnet.result.TrackSummary;
import org.srnet.util.Progress;
import org.srnet.video.VideoFrame;
import org.srnet.video.VideoSource;

/**
 * One video through a method into its sinks: the unit of work every runner hands out, the local one
 * ({@link SegmentVideos}) as a distributed one would. It opens the method's {@link OnlineSegmenter}, feeds each
 * frame's result to every sink as it comes, finishes the sinks when the video ends and closes everything, on failure
 * too. What the video is called and which {@code video_id} it has were decided before, from the input listing; the
 * sinks carry them.
 */
public final class VideoJob {
    private VideoJob() {}

    /** One finished video: its summary and every frame's result. */
    public record Result(VideoSummary summary, List<FrameResult> frames) {}

    /** Segments {@code source} (which stays open) with {@code model} into {@code sinks}, which are closed. */
    public static Result run(SegmentationModel model, VideoSource source, List<FrameSink> sinks) {
        List<FrameResult> results = new ArrayList<>();
        double[] sums = new double[4];
        try (ProgressBar bar = Progress.bar(shorten(source.name()), source.frameCount().orElse(-1), "frames");
                OnlineSegmenter segmenter = model.open();
                Closing closing = new Closing(sinks)) {
            for (VideoFrame frame : source) {
                FrameResult r = segmenter.next(frame);
                StageTimes t = segmenter.lastStageTimes();
                long o0 = System.nanoTime();
                results.add(r);
                for (FrameSink sink : sinks) {
                    sink.accept(frame, r);
                }
                sums[0] += t.preprocess();
                sums[1] += t.network();
                sums[2] += t.postprocess();
                sums[3] += (System.nanoTime() - o0) / 1e6;
                bar.step();
            }
            long o0 = System.nanoTime();
            for (FrameSink sink : sinks) {
                sink.finish(results.size());
            }
            sums[3] += (System.nanoTime() - o0) / 1e6;
        }
        int n = Math.max(1, results.size());
        int tracks = TrackSummary.confirmed(results).size(); // the tracks the written outputs hold
        VideoSummary s = new VideoSummary(source.name(), results.size(), tracks, sums[0] / n, sums[1] / n,
                sums[2] / n, sums[3] / n, false);
        return new Result(s, results);
    }

    /** Closes every sink, the later ones too when an earlier one fails. */
    private record Closing(List<FrameSink> sinks) implements AutoCloseable {
        @Override
        public void close() {
            RuntimeException first = null;
            for (FrameSink sink : sinks) {
                try {
                    sink.close();
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    private static String shorten(String name) {
        return name.length() <= 18 ? name : name.substring(0, 17) + "…";
    }
}
