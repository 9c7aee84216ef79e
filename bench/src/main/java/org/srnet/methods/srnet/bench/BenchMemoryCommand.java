package org.srnet.methods.srnet.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.bench.BenchJson;
import org.srnet.bench.BenchOptions;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench memory}: RSS over a long synthetic stream through one segmenter. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Stream a long synthetic video through one segmenter and print resident memory every N frames.")
public final class BenchMemoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", defaultValue = "cpu-small@320x192", paramLabel = "PRESET[@WxH]",
            description = "Preset and network input size; frames have the same size (default: ${DEFAULT-VALUE}).")
    String run;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config value.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--frames", defaultValue = "10000", description = "Frames to stream (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--every", defaultValue = "500", description = "Frames between RSS samples (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--warmup", defaultValue = "1000", description = "Frames before the flatness check starts (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--tolerance", defaultValue = "0.05", description = "Allowed RSS growth after warm-up, as a fraction (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Mixin
    BenchModelOption trained;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Override
    public Integer call() {
        BenchOptions.check(spec, every >= 1 && frames >= every && warmup >= 0 && warmup < frames,
                "need 1 <= --every <= --frames and 0 <= --warmup < --frames");
        BenchSetup.Run r = BenchSetup.runs(spec, List.of(run), sets, "--run").get(0);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d frames through one segmenter, RSS every %d frames%n", r.label(), frames, every);
        out.println("   frame   RSS MiB  heap used MiB  heap committed MiB  ms/frame");
        StreamMemoryBenchmark.Result result;
        try (SrNetModel m = trained.open(() -> BenchSetup.model(r.config(), 0, 1))) {
            SegmenterOptions so = new SegmenterOptions(InferenceOptions.DEFAULT, r.width(), r.height());
            result = StreamMemoryBenchmark.run(m, so, r.width(), r.height(), frames, every, warmup, s -> {
                out.printf("%8d  %8.1f  %13.1f  %18.1f  %8.2f%n", s.frame(), s.rssMiB(), s.heapMiB(), s.heapCommittedMiB(),
                        s.msPerFrame());
                out.flush();
            });
        }
        // A leak is growth; RSS falling (the collector returning heap) is not one.
        boolean flat = result.growth() <= tolerance;
        out.printf("after frame %d: RSS %.1f–%.1f MiB, largest deviation from %.1f MiB %.1f%%, largest growth %.1f%% (%s %.0f%%); "
                + "peak RSS %.1f MiB%n", warmup, result.minMiB(), result.maxMiB(), result.baselineMiB(), 100 * result.drift(),
                100 * result.growth(), flat ? "no growth beyond" : "GROWTH beyond", 100 * tolerance, result.peakRssMiB());
        if (json != null) {
            BenchJson.write(json, "memory", BenchOptions.parameters(spec), result);
        }
        return flat ? 0 : 1;
    }
}
