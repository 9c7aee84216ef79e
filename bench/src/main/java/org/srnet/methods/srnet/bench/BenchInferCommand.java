package org.srnet.methods.srnet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.srnet.bench.BenchOptions;
import org.srnet.bench.JsonOutput;
import org.srnet.bench.SampleStats;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.util.FileTrees;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench infer}: per-stage milliseconds per frame, FPS and peak RSS of online inference. */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Time online inference by stage (decode, preprocess, backbone+FPN, decoder+heads, clustering+tracking, "
                + "output writing) on a synthetic JPEG video with a randomly initialised model.")
public final class BenchInferCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", split = ",", defaultValue = "cpu-small@320x192,paper-r50@640x360", paramLabel = "PRESET[@WxH]",
            description = "Configurations: preset and network input size (default: ${DEFAULT-VALUE}).")
    List<String> runs;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config value of every run, e.g. model.backboneWidth=16.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--frame", paramLabel = "WxH", description = "Size of the synthetic video's frames (default: the input size).")
    String frame;

    @Option(names = "--classes", defaultValue = "0", description = "VIS categories of the model, 0 = UVOS (default: ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--warmup", defaultValue = "10", description = "Untimed frames first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed runs (videos) (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--frames", defaultValue = "20", description = "Frames per timed run (default: ${DEFAULT-VALUE}).")
    int frames;

    @Mixin
    BenchModelOption trained;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws IOException {
        BenchOptions.check(spec, warmup >= 0 && repeats >= 1 && frames >= 1, "need --warmup >= 0, --repeats >= 1, --frames >= 1");
        BenchOptions.check(spec, classes >= 0, "--classes must be >= 0, got " + classes);
        List<BenchSetup.Run> configs = BenchSetup.runs(spec, runs, sets, "--run");
        PrintWriter out = spec.commandLine().getOut();
        Map<String, InferenceBenchmark.Result> results = new LinkedHashMap<>();
        Path scratch = Files.createTempDirectory("srnet-bench");
        try {
            for (BenchSetup.Run run : configs) {
                int[] f = frame == null ? new int[] {run.width(), run.height()} : BenchOptions.size(spec, frame, "--frame");
                SegmenterOptions so = new SegmenterOptions(InferenceOptions.DEFAULT, run.width(), run.height());
                InferenceBenchmark.Result r;
                try (SrNetModel m = trained.open(() -> BenchSetup.model(run.config(), classes, 1))) {
                    r = InferenceBenchmark.run(m, new InferenceBenchmark.Options(so, f[0], f[1], warmup, repeats, frames),
                            scratch.resolve(run.label()));
                }
                results.put(run.label(), r);
                print(out, run.label(), f, r);
            }
        } finally {
            FileTrees.deleteTree(scratch);
        }
        json.write(spec, "infer", results);
        return 0;
    }

    private void print(PrintWriter out, String label, int[] frameSize, InferenceBenchmark.Result r) {
        out.printf("%s, frames %d×%d, %d warm-up + %d×%d timed frames, %.1f instances/frame%n", label, frameSize[0],
                frameSize[1], warmup, repeats, frames, r.instancesPerFrame());
        out.println("stage                  median ms   p10 ms   p90 ms   share");
        row(out, "decode (JPEG)", r.decode(), r.total());
        row(out, "preprocess", r.preprocess(), r.total());
        row(out, "backbone+FPN", r.backboneFpn(), r.total());
        row(out, "decoder+heads", r.decoderHeads(), r.total());
        row(out, "clustering+tracking", r.postprocess(), r.total());
        row(out, "output writing", r.output(), r.total());
        row(out, "total", r.total(), r.total());
        out.printf("FPS median %.2f (runs: min %.2f, max %.2f); segmenter alone (no decode, no writing) %.2f ms = %.1f FPS; "
                + "peak RSS %.0f MiB%n", r.fps().median(), r.fps().min(), r.fps().max(), r.segmenter().median(),
                1000 / r.segmenter().median(), r.peakRssMiB());
        InferenceBenchmark.ColdStart cold = r.coldStart();
        out.printf("cold start (fresh model, first video): warm-up when the segmenter opens %.0f ms; first frame %.1f ms; "
                + "first %d frames %.2f FPS = %.0f%% of the timed runs' median%n", cold.warmUpMs(), cold.firstFrameMs(),
                InferenceBenchmark.COLD_FRAMES, cold.fps(), 100 * cold.fps() / r.fps().median());
        String accuracy = trained.validationSummary();
        if (accuracy != null) {
            out.printf("accuracy of this model: %s%n", accuracy);
        }
        out.println();
        out.flush();
    }

    private static void row(PrintWriter out, String name, SampleStats s, SampleStats total) {
        out.printf("%-20s %11.2f %8.2f %8.2f %6.1f%%%n", name, s.median(), s.p10(), s.p90(), 100 * s.median() / total.median());
    }
}
