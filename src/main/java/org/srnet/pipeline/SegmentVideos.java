package org.srnet.pipeline;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import me.tongfei.progressbar.ProgressBar;

import org.srnet.infer.FrameResult;
import org.srnet.infer.Segmenter;
import org.srnet.infer.SegmenterOptions;
import org.srnet.infer.StageTimes;
import org.srnet.infer.TrackSummary;
import org.srnet.model.SrNetModel;
import org.srnet.output.DavisSubmissionWriter;
import org.srnet.output.OverlayFrames;
import org.srnet.output.OverlayRenderer;
import org.srnet.output.OverlayVideoWriter;
import org.srnet.output.YtvisResultsWriter;
import org.srnet.util.AtomicFiles;
import org.srnet.util.Progress;
import org.srnet.video.VideoFrame;
import org.srnet.video.VideoSource;

/**
 * The {@code segment} job: every video of the input through the online segmenter into the chosen standard
 * outputs under one directory ({@code davis/}, {@code results.json}, {@code overlays/}, {@code videos/}). Each video
 * is finished before the next starts, and a marker in {@code .srnet-done/} records it, so a re-run skips what is
 * complete and a failure in one video keeps every earlier video's outputs.
 */
public final class SegmentVideos {
    public static final String DAVIS_DIR = "davis";
    public static final String RESULTS_JSON = "results.json";
    public static final String OVERLAY_DIR = "overlays";
    public static final String VIDEO_DIR = "videos";
    private static final String DONE_DIR = ".srnet-done";

    private final SrNetModel model;
    private final SegmenterOptions options;
    private final Set<OutputFormat> formats;
    private final Path out;
    private final OverlayRenderer renderer;

    public SegmentVideos(SrNetModel model, SegmenterOptions options, Set<OutputFormat> formats, Path out) {
        this.model = model;
        this.options = options;
        this.formats = formats;
        this.out = out;
        List<String> names = model.categories();
        this.renderer = new OverlayRenderer(c -> c >= 1 && c <= names.size() ? names.get(c - 1) : null);
    }

    /** One finished video: its summary and every frame's result. */
    public record VideoRun(VideoSummary summary, List<FrameResult> frames) {}

    /** Segments every source (closing each), then merges the YouTube-VIS results. */
    public List<VideoSummary> run(List<VideoSource> sources) {
        return run(sources, v -> { });
    }

    /** As {@link #run(List)}, handing each segmented (not skipped) video's results to {@code onVideo}. */
    public List<VideoSummary> run(List<VideoSource> sources, java.util.function.Consumer<VideoRun> onVideo) {
        List<VideoSummary> summaries = new ArrayList<>();
        YtvisResultsWriter ytvis = new YtvisResultsWriter(out.resolve(RESULTS_JSON));
        for (int i = 0; i < sources.size(); i++) {
            try (VideoSource source = sources.get(i)) {
                long videoId = source.videoId().orElse(i + 1);
                if (Files.isRegularFile(doneMarker(source.name()))) {
                    summaries.add(new VideoSummary(source.name(), 0, 0, 0, 0, 0, 0, true));
                    continue;
                }
                VideoRun run = segment(source, videoId, ytvis);
                summaries.add(run.summary());
                onVideo.accept(run);
            }
        }
        if (formats.contains(OutputFormat.YTVIS)) {
            ytvis.finish();
        }
        return summaries;
    }

    private VideoRun segment(VideoSource source, long videoId, YtvisResultsWriter ytvis) {
        List<FrameResult> results = new ArrayList<>();
        double[] sums = new double[4];
        OverlayFrames overlays = formats.contains(OutputFormat.OVERLAY)
                ? new OverlayFrames(out.resolve(OVERLAY_DIR).resolve(source.name()), "jpg") : null;
        OverlayVideoWriter video = null;
        String task = shorten(source.name());
        try (ProgressBar bar = Progress.bar(task, source.frameCount().orElse(-1), "frames");
                Segmenter segmenter = Segmenter.open(model, options)) {
            for (VideoFrame frame : source) {
                FrameResult r = segmenter.next(frame);
                StageTimes t = segmenter.lastStageTimes();
                long o0 = System.nanoTime();
                results.add(r);
                if (overlays != null || formats.contains(OutputFormat.VIDEO)) {
                    BufferedImage overlay = renderer.render(frame.image(), r);
                    if (overlays != null) {
                        overlays.write(frame.name(), overlay);
                    }
                    if (formats.contains(OutputFormat.VIDEO)) {
                        if (video == null) {
                            double fps = Double.isNaN(source.fps()) ? 10 : source.fps();
                            video = new OverlayVideoWriter(out.resolve(VIDEO_DIR).resolve(source.name() + ".mp4"),
                                    overlay.getWidth(), overlay.getHeight(), fps);
                        }
                        video.append(overlay);
                    }
                }
                sums[0] += t.preprocess();
                sums[1] += t.network();
                sums[2] += t.postprocess();
                sums[3] += (System.nanoTime() - o0) / 1e6;
                bar.step();
            }
            if (video != null) {
                video.close();
                video = null;
            }
        } finally {
            if (video != null) {
                video.abort();
            }
        }
        long o0 = System.nanoTime();
        if (formats.contains(OutputFormat.DAVIS)) {
            new DavisSubmissionWriter(out.resolve(DAVIS_DIR)).write(source.name(), results);
        }
        if (formats.contains(OutputFormat.YTVIS)) {
            ytvis.addVideo(videoId, results.size(), results);
        }
        int n = Math.max(1, results.size());
        sums[3] += (System.nanoTime() - o0) / 1e6;
        int tracks = TrackSummary.confirmed(results).size(); // the tracks the written outputs hold
        VideoSummary s = new VideoSummary(source.name(), results.size(), tracks, sums[0] / n, sums[1] / n,
                sums[2] / n, sums[3] / n, false);
        AtomicFiles.writeString(doneMarker(source.name()), String.format(
                "{\"frames\": %d, \"tracks\": %d, \"fps\": %.3f}%n", s.frames(), s.tracks(), s.fps()));
        return new VideoRun(s, results);
    }

    /** The overlay frame written for a frame of a video. */
    public Path overlayFrame(String video, String frameName) {
        return new OverlayFrames(out.resolve(OVERLAY_DIR).resolve(video), "jpg").file(frameName);
    }

    private Path doneMarker(String name) {
        return out.resolve(DONE_DIR).resolve(name + ".json");
    }

    private static String shorten(String name) {
        return name.length() <= 18 ? name : name.substring(0, 17) + "…";
    }
}
