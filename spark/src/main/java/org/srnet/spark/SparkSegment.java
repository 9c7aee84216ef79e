package org.srnet.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

import org.srnet.UserError;
import org.srnet.job.OutputFormat;
import org.srnet.job.SegmentListener;
import org.srnet.job.SegmentVideos;
import org.srnet.job.VideoJob;
import org.srnet.method.SegmentationModel;
import org.srnet.video.DamagedFrames;
import org.srnet.video.Sources;
import org.srnet.video.VideoSource;

/**
 * The {@code segment} job on Spark, with the outputs a local run ({@link SegmentVideos}) gives. The driver lists
 * the input, plans it as a local run would (same output names and {@code video_id}s, videos already done skipped)
 * and hands out what is left longest first, one video per task; each task lists the input again, segments its
 * video whole and in order into the shared output folder and writes the done marker last; the driver then merges
 * the YouTube-VIS parts into {@code results.json}. A video that fails comes back as an error and the others go on;
 * a task lost with its executor is retried by Spark and rewrites the same files. Speculation must be off: two
 * copies of one task would write the same video at once.
 */
public final class SparkSegment {
    private SparkSegment() {}

    /**
     * What to segment: paths as every executor sees them (a shared filesystem), the model's {@code --set} values,
     * the formats ({@code davis,ytvis,...}) and whether damaged frames are segmented with a warning.
     */
    public record Settings(String model, List<String> overrides, String input, String out, String formats,
            boolean lenient) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Settings {
            overrides = List.copyOf(overrides);
        }

        Set<OutputFormat> outputFormats() {
            return OutputFormat.parse(formats);
        }

        DamagedFrames damage() {
            return lenient ? DamagedFrames.warnOn(System.err) : DamagedFrames.STRICT;
        }
    }

    /** One video's end: its frames and tracks, or why it failed ({@code error} non-null). */
    public record Outcome(String video, String name, int frames, int tracks, double seconds, String error)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public boolean failed() {
            return error != null;
        }
    }

    /** A run: the videos skipped as done and each scheduled video's outcome, in the order they were handed out. */
    public record Report(List<String> skipped, List<Outcome> outcomes) {
        public List<Outcome> failures() {
            return outcomes.stream().filter(Outcome::failed).toList();
        }
    }

    /** Runs the job on {@code sc}; {@code listener} hears the planning notes. */
    public static Report run(JavaSparkContext sc, Settings settings, SegmentListener listener) {
        if (sc.getConf().getBoolean("spark.speculation", false)) {
            throw new UserError("spark.speculation must be false for srnet: two attempts of one video would write "
                    + "the same files at once");
        }
        SegmentationModel model = ExecutorModels.get(settings.model(), settings.overrides());
        Path out = Path.of(settings.out());
        SegmentVideos job = new SegmentVideos(model, settings.outputFormats(), out);
        boolean hadResults = Files.exists(out.resolve(SegmentVideos.RESULTS_JSON));
        List<SegmentVideos.Task> tasks;
        List<String> skipped = new ArrayList<>();
        List<VideoSource> sources = Sources.open(Path.of(settings.input()), settings.damage());
        try {
            tasks = new ArrayList<>(job.plan(sources, listener));
            Set<Integer> pending = new java.util.HashSet<>();
            tasks.forEach(t -> pending.add(t.index()));
            for (int i = 0; i < sources.size(); i++) {
                if (!pending.contains(i)) {
                    skipped.add(sources.get(i).name());
                }
            }
        } finally {
            sources.forEach(VideoSource::close);
        }
        tasks.sort(Comparator.comparingInt(SegmentVideos.Task::frames).reversed()
                .thenComparingInt(SegmentVideos.Task::index));
        List<Outcome> outcomes = List.of();
        try {
            if (!tasks.isEmpty()) {
                sc.setJobDescription("srnet segment: " + tasks.size() + " video(s)");
                // One partition per video, in the sorted order: the scheduler starts partitions in index order.
                outcomes = sc.parallelize(tasks, tasks.size()).map(new SegmentTask(settings)).collect();
            }
        } finally {
            job.mergeResults(hadResults);
        }
        return new Report(skipped, outcomes);
    }

    /** One video on an executor. */
    static final class SegmentTask implements Function<SegmentVideos.Task, Outcome> {
        private static final long serialVersionUID = 1L;
        private final Settings settings;

        SegmentTask(Settings settings) {
            this.settings = settings;
        }

        @Override
        public Outcome call(SegmentVideos.Task task) {
            long t0 = System.nanoTime();
            TaskContext context = TaskContext.get();
            ExecutorModels.limitThreads(context == null ? 1 : context.cpus());
            SegmentationModel model = ExecutorModels.get(settings.model(), settings.overrides());
            List<VideoSource> sources = Sources.open(Path.of(settings.input()), settings.damage());
            try {
                if (task.index() >= sources.size()) {
                    throw new IllegalStateException("the input lists " + sources.size() + " videos, the plan had video "
                            + (task.index() + 1) + "; did the input change while the job ran?");
                }
                VideoJob.Result r = new SegmentVideos(model, settings.outputFormats(), Path.of(settings.out()))
                        .segment(sources.get(task.index()), task);
                return new Outcome(task.video(), task.name(), r.summary().frames(), r.summary().tracks(),
                        (System.nanoTime() - t0) / 1e9, null);
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                return new Outcome(task.video(), task.name(), 0, 0, (System.nanoTime() - t0) / 1e9, why);
            } finally {
                sources.forEach(VideoSource::close);
            }
        }
    }
}
