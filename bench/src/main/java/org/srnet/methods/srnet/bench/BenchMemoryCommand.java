package org.srnet.methods.srnet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.srnet.bench.BenchOptions;
import org.srnet.bench.JsonOutput;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.util.FileTrees;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench memory}: RSS and live heap over a long synthetic stream through one segmenter and the writers. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Stream a long synthetic video through one segmenter (or, with --synthetic, synthetic results "
                + "without the network) and the chosen writers, and print memory every N frames.")
public final class BenchMemoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", defaultValue = "cpu-small@320x192", paramLabel = "PRESET[@WxH]",
            description = "Preset and network input size; frames have the same size (default: ${DEFAULT-VALUE}). "
                    + "With --synthetic only the size counts.")
    String run;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config value.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--frames", defaultValue = "10000", description = "Frames to stream (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--every", defaultValue = "500", description = "Frames between RSS samples (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--warmup", defaultValue = "1000", description = "Frames before the flatness check starts (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--tolerance", defaultValue = "0.05", description = "Allowed RSS and live-heap growth after warm-up, as a fraction (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--writers", split = ",", paramLabel = "davis,ytvis",
            description = "Also write the stream as DAVIS PNGs and/or a YouTube-VIS results.json, into a scratch folder "
                    + "deleted afterwards (default: none).")
    List<String> writerNames = new ArrayList<>();

    @Option(names = "--synthetic",
            description = "Feed the writers synthetic frame results (28 tracks, 7 per frame, moving boxes) instead of "
                    + "running the network: the writers' memory alone, at thousands of frames per second.")
    boolean synthetic;

    @Mixin
    BenchModelOption trained;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws IOException {
        BenchOptions.check(spec, every >= 1 && frames >= every && warmup >= 0 && warmup < frames,
                "need 1 <= --every <= --frames and 0 <= --warmup < --frames");
        Set<StreamMemoryBenchmark.Output> writers = EnumSet.noneOf(StreamMemoryBenchmark.Output.class);
        for (String w : writerNames) {
            BenchOptions.check(spec, w.equals("davis") || w.equals("ytvis"), "--writers: unknown writer '" + w + "' (davis, ytvis)");
            writers.add(StreamMemoryBenchmark.Output.valueOf(w.toUpperCase(Locale.ROOT)));
        }
        BenchOptions.check(spec, !synthetic || !writers.isEmpty(), "--synthetic measures the writers: add --writers davis,ytvis");
        BenchSetup.Run r = BenchSetup.runs(spec, List.of(run), sets, "--run").get(0);
        PrintWriter out = spec.commandLine().getOut();
        String writing = writers.isEmpty() ? "" : " into " + writers.stream().map(o -> o.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" + "));
        out.printf("%s: %d frames through %s%s, memory every %d frames (heap live: after a full GC)%n", r.label(), frames,
                synthetic ? "synthetic results" : "one segmenter", writing, every);
        out.println("   frame   RSS MiB  heap used MiB  heap live MiB  heap committed MiB  spill MiB  ms/frame");
        Consumer<StreamMemoryBenchmark.Sample> print = s -> {
            out.printf("%8d  %8.1f  %13.1f  %13.1f  %18.1f  %9.1f  %8.2f%n", s.frame(), s.rssMiB(), s.heapMiB(),
                    s.liveHeapMiB(), s.heapCommittedMiB(), s.spillMiB(), s.msPerFrame());
            out.flush();
        };
        StreamMemoryBenchmark.Result result;
        Path scratch = Files.createTempDirectory("srnet-bench-memory");
        try {
            if (synthetic) {
                result = StreamMemoryBenchmark.runSynthetic(r.width(), r.height(), frames, every, warmup, writers, scratch, print);
            } else {
                try (SrNetModel m = trained.open(() -> BenchSetup.model(r.config(), 0, 1))) {
                    SegmenterOptions so = new SegmenterOptions(InferenceOptions.DEFAULT, r.width(), r.height());
                    result = StreamMemoryBenchmark.run(m, so, r.width(), r.height(), frames, every, warmup, writers, scratch, print);
                }
            }
        } finally {
            FileTrees.deleteTree(scratch);
        }
        // A leak is growth; RSS falling (the collector returning heap) is not one.
        boolean flat = result.growth() <= tolerance && result.liveHeapGrowth() <= tolerance;
        out.printf("after frame %d: RSS %.1f–%.1f MiB, largest deviation from %.1f MiB %.1f%%, largest growth %.1f%%, "
                + "live heap largest growth %.1f%% (%s %.0f%%); peak RSS %.1f MiB%s%n", warmup, result.minMiB(),
                result.maxMiB(), result.baselineMiB(), 100 * result.drift(), 100 * result.growth(),
                100 * result.liveHeapGrowth(), flat ? "no growth beyond" : "GROWTH beyond", 100 * tolerance,
                result.peakRssMiB(), writers.isEmpty() ? ""
                        : String.format(Locale.ROOT, "; writers finished in %.1f s", result.finishSeconds()));
        json.write(spec, "memory", result);
        return flat ? 0 : 1;
    }
}
