package org.srnet.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.srnet.UserError;
import org.srnet.method.SegmentationModel;
import org.srnet.output.DavisSubmissionWriter;
import org.srnet.output.OverlayFrames;
import org.srnet.output.OverlayRenderer;
import org.srnet.output.YtvisResultsWriter;
import org.srnet.util.ConfinedPaths;
import org.srnet.video.VideoSource;

/**
 * The {@code segment} job: every video of the input through the online segmenter into the chosen standard
 * outputs under one directory ({@code davis/}, {@code results.json}, {@code overlays/}, {@code videos/}), each
 * video's outputs named after its sanitised name ({@link OutputLayout}).
 *
 * <p>Each video is finished before the next starts, and a marker in {@code .srnet-done/} records how it was made
 * ({@link VideoRecord}): a re-run skips a video made with the same model, options and input frames, and segments
 * it again, replacing its outputs, when any of them differs. A failure in one video keeps every earlier video's
 * outputs. {@code results.json} is the merge of every finished video in the folder, earlier runs' included; it
 * is removed when a run starts work and written again, atomically, when the run ends or fails, so a file that
 * exists is never a stale subset.
 */
public final class SegmentVideos {
    public static final String DAVIS_DIR = OutputLayout.DAVIS_DIR;
    public static final String RESULTS_JSON = OutputLayout.RESULTS_JSON;
    public static final String OVERLAY_DIR = OutputLayout.OVERLAY_DIR;
    public static final String VIDEO_DIR = OutputLayout.VIDEO_DIR;

    private final SegmentationModel model;
    private final Set<OutputFormat> formats;
    private final OutputLayout layout;
    private final OverlayRenderer renderer;

    /** A job that segments with {@code model} (any method) into the {@code formats} under {@code out}. */
    public SegmentVideos(SegmentationModel model, Set<OutputFormat> formats, Path out) {
        this.model = model;
        this.formats = formats;
        this.layout = new OutputLayout(out);
        List<String> names = model.categories();
        this.renderer = new OverlayRenderer(c -> c >= 1 && c <= names.size() ? names.get(c - 1) : null);
    }

    /** What a video of this run will get: its output name, its {@code video_id}, and whether it is done already. */
    private record Planned(VideoSource source, String name, long videoId, boolean done) {}

    /** Segments every source (closing each), then merges the YouTube-VIS results. */
    public List<VideoSummary> run(List<VideoSource> sources) {
        return run(sources, new SegmentListener() { });
    }

    /** As {@link #run(List)}, telling {@code listener} about each video as it ends. */
    public List<VideoSummary> run(List<VideoSource> sources, SegmentListener listener) {
        String modelDigest = model.digest();
        String optionsJson = model.optionsJson();
        DoneMarkers markers = new DoneMarkers(layout.doneDir());
        YtvisResultsWriter ytvis = new YtvisResultsWriter(layout.results());
        List<Planned> plan;
        try {
            plan = plan(sources, markers.all(), modelDigest, optionsJson, ytvis, listener);
        } catch (RuntimeException e) {
            sources.forEach(VideoSource::close);
            throw e;
        }
        boolean work = plan.stream().anyMatch(p -> !p.done());
        boolean hadResults = Files.exists(layout.results());
        if (work) {
            deleteStaleResults();
        }
        List<VideoSummary> summaries = new ArrayList<>();
        try {
            for (Planned p : plan) {
                try (VideoSource source = p.source()) {
                    if (p.done()) {
                        VideoSummary s = new VideoSummary(source.name(), 0, 0, 0, 0, 0, 0, true);
                        summaries.add(s);
                        listener.ended(s);
                        continue;
                    }
                    VideoJob.Result run = segment(source, p, markers, ytvis, modelDigest, optionsJson);
                    summaries.add(run.summary());
                    listener.segmented(run);
                    listener.ended(run.summary());
                }
            }
        } finally {
            for (Planned p : plan) {
                p.source().close();
            }
            mergeResults(markers, ytvis, formats.contains(OutputFormat.YTVIS) || hadResults);
        }
        return summaries;
    }

    /**
     * One video's outputs, replacing whatever an earlier run left of them: its marker goes first and comes back
     * last, after every output was written.
     */
    private VideoJob.Result segment(VideoSource source, Planned p, DoneMarkers markers, YtvisResultsWriter ytvis,
            String modelDigest, String optionsJson) {
        markers.remove(p.name());
        layout.clear(p.name());
        ytvis.removePart(p.name());
        VideoJob.Result run = VideoJob.run(model, source, sinks(source, p, ytvis));
        markers.write(p.name(), new VideoRecord(source.name(), p.videoId(), modelDigest, optionsJson,
                formats.stream().map(Enum::name).sorted().toList(), source.identity(),
                run.summary().frames(), run.summary().tracks()));
        return run;
    }

    /**
     * A video a run still has to segment, as a distributed runner hands it out: where it is in the input listing
     * ({@link org.srnet.video.Sources#open}), its name there, its output name and {@code video_id}, and its frame
     * count (-1 when unknown).
     */
    public record Task(int index, String video, String name, long videoId, int frames) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The first half of {@link #run} for runners that segment elsewhere: plans the input as a local run would (same
     * names, same {@code video_id}s, same skipping) and returns what is left to do, in input order; the sources stay
     * open. When work is left, a stale {@code results.json} is removed, as a local run does.
     */
    public List<Task> plan(List<VideoSource> sources, SegmentListener listener) {
        List<Planned> plan = plan(sources, new DoneMarkers(layout.doneDir()).all(), model.digest(), model.optionsJson(),
                new YtvisResultsWriter(layout.results()), listener);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            if (!p.done()) {
                tasks.add(new Task(i, p.source().name(), p.name(), p.videoId(), p.source().frameCount().orElse(-1)));
            }
        }
        if (!tasks.isEmpty()) {
            deleteStaleResults();
        }
        return tasks;
    }

    /**
     * Segments the one video of {@code task} from {@code source} (which stays open) into this job's outputs, marker
     * last, exactly as {@link #run} would; any number of these may run at once on different videos.
     */
    public VideoJob.Result segment(VideoSource source, Task task) {
        if (!source.name().equals(task.video())) {
            throw new IllegalStateException("the input lists '" + source.name() + "' where the plan had '"
                    + task.video() + "'; did the input change while the job ran?");
        }
        return segment(source, new Planned(source, task.name(), task.videoId(), false),
                new DoneMarkers(layout.doneDir()), new YtvisResultsWriter(layout.results()), model.digest(),
                model.optionsJson());
    }

    /**
     * The last half of {@link #run} for runners that segment elsewhere: merges every finished video's YouTube-VIS
     * part into {@code results.json}, written when there is one or {@code always}.
     */
    public void mergeResults(boolean always) {
        mergeResults(new DoneMarkers(layout.doneDir()), new YtvisResultsWriter(layout.results()),
                always || formats.contains(OutputFormat.YTVIS));
    }

    /**
     * Decides, before any work, each video's output name and id and whether an earlier run finished it the same
     * way; refuses inputs whose outputs would overwrite each other or another input's results.
     */
    private List<Planned> plan(List<VideoSource> sources, Map<String, VideoRecord> finished, String modelDigest,
            String optionsJson, YtvisResultsWriter ytvis, SegmentListener listener) {
        Map<String, String> names = new HashMap<>();
        for (VideoSource s : sources) {
            String name = ConfinedPaths.safeName(s.name());
            String other = names.put(name, s.name());
            if (other != null) {
                throw UserError.inFile(layout.out(), "two videos of the input, '" + other + "' and '" + s.name()
                        + "', would write to the same outputs '" + name + "'; rename one");
            }
        }
        Map<Long, String> idsOfOthers = new HashMap<>();
        finished.forEach((name, r) -> {
            if (!names.containsKey(name) && r.hasYtvis()) {
                idsOfOthers.put(r.videoId(), name);
            }
        });
        List<String> madeOtherwise = finished.entrySet().stream()
                .filter(e -> !names.containsKey(e.getKey()) && (!e.getValue().model().equals(modelDigest)
                        || !e.getValue().options().equals(optionsJson)))
                .map(e -> e.getValue().name()).toList();
        if (!madeOtherwise.isEmpty()) {
            listener.note(layout.out() + " also holds " + madeOtherwise.size() + " finished video(s) made with another "
                    + "model or other options, which are not part of this input and stay as they are: "
                    + String.join(", ", madeOtherwise.subList(0, Math.min(5, madeOtherwise.size())))
                    + (madeOtherwise.size() > 5 ? ", ..." : ""));
        }
        Set<Long> taken = new HashSet<>(idsOfOthers.keySet());
        long next = taken.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            VideoSource s = sources.get(i);
            String name = ConfinedPaths.safeName(s.name());
            VideoRecord before = finished.get(name);
            long id;
            if (s.videoId().isPresent()) {
                id = s.videoId().getAsLong();
                String owner = idsOfOthers.get(id);
                if (owner != null) {
                    throw UserError.inFile(layout.results(), "video '" + s.name() + "' has video_id " + id + ", which "
                            + "an earlier run gave to video '" + owner + "' in this folder; segment this input into "
                            + "another --out");
                }
            } else if (before != null && !taken.contains(before.videoId())) {
                id = before.videoId();
            } else {
                id = taken.contains(i + 1L) ? Math.max(next, i + 1L) : i + 1L;
            }
            taken.add(id);
            next = Math.max(next, id + 1);
            boolean done = false;
            if (before != null) {
                List<String> diff = before.differences(modelDigest, optionsJson, formats, s.identity());
                if (before.hasYtvis() && !ytvis.hasPart(name)) {
                    diff.add("its results.json part, which is missing");
                }
                if (before.videoId() != id && before.hasYtvis()) {
                    diff.add("its video_id (" + before.videoId() + " then, " + id + " now)");
                }
                done = diff.isEmpty();
                if (!done) {
                    listener.note(s.name() + ": finished before with other settings; segmenting it again (changed: "
                            + String.join(", ", diff) + ")");
                }
            }
            plan.add(new Planned(s, name, id, done));
        }
        return plan;
    }

    /** The sinks of one planned video, by the formats of this run. */
    private List<FrameSink> sinks(VideoSource source, Planned p, YtvisResultsWriter ytvis) {
        List<FrameSink> sinks = new ArrayList<>();
        try {
            if (formats.contains(OutputFormat.DAVIS)) {
                sinks.add(OutputSinks.davis(new DavisSubmissionWriter(layout.davisRoot()).open(p.name())));
            }
            if (formats.contains(OutputFormat.YTVIS)) {
                sinks.add(OutputSinks.ytvis(ytvis.open(p.name(), p.videoId())));
            }
            if (formats.contains(OutputFormat.OVERLAY) || formats.contains(OutputFormat.VIDEO)) {
                sinks.add(OutputSinks.overlays(renderer,
                        formats.contains(OutputFormat.OVERLAY) ? new OverlayFrames(layout.overlayDir(p.name()), "jpg") : null,
                        formats.contains(OutputFormat.VIDEO) ? layout.videoFile(p.name()) : null, source.fps()));
            }
            return sinks;
        } catch (RuntimeException e) {
            sinks.forEach(FrameSink::close);
            throw e;
        }
    }

    /** A results file from before this run would look complete while it misses what this run is about to add. */
    private void deleteStaleResults() {
        try {
            Files.deleteIfExists(layout.results());
        } catch (IOException e) {
            throw UserError.inFile(layout.results(), "cannot replace (" + e.getMessage() + ")", e);
        }
    }

    /**
     * {@code results.json} := every finished video with YouTube-VIS output in the folder, in video_id order; written
     * when there is such a video or {@code always} (an empty list then says "nothing found", not "not run").
     */
    private static void mergeResults(DoneMarkers markers, YtvisResultsWriter ytvis, boolean always) {
        List<Map.Entry<String, VideoRecord>> done = markers.all().entrySet().stream()
                .filter(e -> e.getValue().hasYtvis() && ytvis.hasPart(e.getKey()))
                .sorted(Comparator.comparingLong((Map.Entry<String, VideoRecord> e) -> e.getValue().videoId())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        if (always || !done.isEmpty()) {
            ytvis.finish(done.stream().map(Map.Entry::getKey).toList());
        }
    }

    /** The overlay frame written for a frame of a video. */
    public Path overlayFrame(String video, String frameName) {
        return new OverlayFrames(layout.overlayDir(ConfinedPaths.safeName(video)), "jpg").file(frameName);
    }
}
