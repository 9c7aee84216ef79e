package org.srnet.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.srnet.UserError;
import org.srnet.data.synth.SynthDataset;
import org.srnet.data.synth.SynthOptions;
import org.srnet.eval.DavisEvaluator;
import org.srnet.eval.DavisResult;
import org.srnet.eval.YtvisEvaluator;
import org.srnet.eval.YtvisResult;
import org.srnet.job.OutputFormat;
import org.srnet.job.SegmentListener;
import org.srnet.job.SegmentVideos;
import org.srnet.job.VideoJob;
import org.srnet.job.VideoSummary;
import org.srnet.method.SegmentationModel;
import org.srnet.report.HtmlReport;
import org.srnet.report.ReportContent;
import org.srnet.report.ReportVideo;
import org.srnet.util.AtomicFiles;
import org.srnet.video.YtvisSources;

/**
 * {@code srnet demo}: a method end to end on the embedded default. It renders a few synthetic validation videos
 * (never seen in training), segments and tracks them online with a model (the bundled SRNet by default) into every
 * standard output,
 * evaluates them with the DAVIS and YouTube-VIS measures, and writes a report page.
 */
public final class Demo {
    /** Marks a folder as the demo's own, so that a re-run may clear it. */
    public static final String MARKER = "demo.json";
    public static final String DATA_DIR = "data";

    private Demo() {}

    public static final String REPORT = "report.html";

    /** Where the generalisation split's DAVIS PNGs and results.json go, under the demo's folder. */
    public static final String GENERALISATION_DIR = "generalisation";

    /**
     * What the demo measured: on the videos of the training families ({@code davis}, {@code ytvis}) and on those of
     * the held-out families ({@code generalisationDavis}, {@code generalisationYtvis}; null without such videos).
     */
    public record Outcome(Path out, List<VideoSummary> videos, DavisResult davis, YtvisResult ytvis,
            DavisResult generalisationDavis, YtvisResult generalisationYtvis, double wallSeconds) {}

    /**
     * Runs the demo into {@code out}. {@code videos} synthetic videos of {@code frames} frames are generated with
     * {@code seed} (the bundled model was trained on seed 1's train split).
     */
    public static Outcome run(SegmentationModel model, Path out, int videos, int frames, long seed) {
        return run(model, out, videos, 0, frames, seed, new SegmentListener() { });
    }

    /**
     * As {@link #run(SegmentationModel, Path, int, int, long)}, with {@code generalisationVideos} more videos
     * drawn only from the held-out families, and telling {@code listener} about each video.
     */
    public static Outcome run(SegmentationModel model, Path out, int videos, int generalisationVideos,
            int frames, long seed, SegmentListener listener) {
        long t0 = System.nanoTime();
        prepare(out);
        Path data = out.resolve(DATA_DIR);
        SynthOptions synth = new SynthOptions(videos, frames, model.inputWidth(), model.inputHeight(), seed, 1.0,
                generalisationVideos);
        SynthDataset.write(data, synth);
        Path gtJson = SynthDataset.ytvisJson(data, "val");

        SegmentVideos job = new SegmentVideos(model, EnumSet.allOf(OutputFormat.class), out);
        List<ReportVideo> reportVideos = new ArrayList<>();
        List<VideoSummary> summaries = job.run(YtvisSources.open(gtJson, SynthDataset.framesRoot(data)), new SegmentListener() {
            @Override
            public void segmented(VideoJob.Result run) {
                String name = run.summary().name();
                List<Path> overlays = run.frames().stream().map(f -> job.overlayFrame(name, f.frameName())).toList();
                reportVideos.add(new ReportVideo(name, overlays, run.frames(), run.summary()));
                listener.segmented(run);
            }

            @Override
            public void ended(VideoSummary summary) {
                listener.ended(summary);
            }

            @Override
            public void note(String message) {
                listener.note(message);
            }
        });
        DavisResult davis = DavisEvaluator.evaluate(data, out.resolve(SegmentVideos.DAVIS_DIR), "val");
        YtvisResult ytvis = !model.categories().isEmpty()
                ? YtvisEvaluator.evaluate(gtJson, out.resolve(SegmentVideos.RESULTS_JSON)) : null;
        DavisResult genDavis = null;
        YtvisResult genYtvis = null;
        if (generalisationVideos > 0) {
            Path genOut = out.resolve(GENERALISATION_DIR);
            Path genJson = SynthDataset.ytvisJson(data, SynthDataset.GENERALISATION);
            new SegmentVideos(model, EnumSet.of(OutputFormat.DAVIS, OutputFormat.YTVIS), genOut)
                    .run(YtvisSources.open(genJson, SynthDataset.framesRoot(data)), listener);
            genDavis = DavisEvaluator.evaluate(data, genOut.resolve(SegmentVideos.DAVIS_DIR), SynthDataset.GENERALISATION);
            genYtvis = !model.categories().isEmpty()
                    ? YtvisEvaluator.evaluate(genJson, genOut.resolve(SegmentVideos.RESULTS_JSON)) : null;
        }
        double wall = (System.nanoTime() - t0) / 1e9;

        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("data", videos + " synthetic videos of " + frames + " frames, " + model.inputWidth() + "×"
                + model.inputHeight() + ", seed " + seed + " (not seen in training)");
        if (genDavis != null) {
            notes.put("generalisation split", String.format(java.util.Locale.ROOT, "%d more videos from families training "
                    + "never draws: J&F %.3f, IDF1 %.3f%s (outputs in %s/)", generalisationVideos, genDavis.get("J&F-Mean"),
                    genDavis.identity().overall().idf1(), genYtvis == null ? ""
                            : String.format(java.util.Locale.ROOT, ", YouTube-VIS AP %.3f", genYtvis.stats().get("AP")),
                    GENERALISATION_DIR));
        }
        notes.put("method", model.method());
        notes.put("network input", model.inputWidth() + "×" + model.inputHeight() + ", "
                + System.getProperty("ai.djl.pytorch.num_threads", "default") + " libtorch thread(s)");
        notes.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.arch")
                + ", Java " + System.getProperty("java.version"));
        notes.put("demo wall time", String.format("%.0f s (generation, segmentation, writing, evaluation)", wall));
        HtmlReport.write(out.resolve(REPORT), new ReportContent("srnet demo", model.metadata(), reportVideos, davis,
                ytvis, model.categories(), notes));
        return new Outcome(out, summaries, davis, ytvis, genDavis, genYtvis, wall);
    }

    /** Creates {@code out}, or clears an earlier demo output there; refuses to clear anything else. */
    private static void prepare(Path out) {
        try {
            if (Files.exists(out)) {
                boolean empty;
                try (Stream<Path> s = Files.list(out)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty && !Files.exists(out.resolve(MARKER))) {
                    throw UserError.inFile(out, "exists and is not an earlier demo output; choose another --out");
                }
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(out)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(out);
            AtomicFiles.writeString(out.resolve(MARKER), "{\"written_by\": \"srnet demo\"}\n");
        } catch (IOException e) {
            throw UserError.inFile(out, "cannot prepare the demo output folder (" + e.getMessage() + ")", e);
        }
    }
}
