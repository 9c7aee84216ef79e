package org.srnet.methods.srnet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.bench.BenchOptions;
import org.srnet.bench.JsonOutput;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.InputGeometry;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.util.FileTrees;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench postprocess}: clustering + tracking + H(t−1) per frame on synthetic head maps. */
@Command(name = "postprocess", mixinStandardHelpOptions = true,
        description = "Time Algorithm 1 (clustering, tracking) and H(t-1) rendering per frame on synthetic head maps; "
                + "with --network, also the network's time, to show the frame time against the object count.")
public final class BenchPostprocessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--instances", split = ",", defaultValue = "1,10,30", paramLabel = "N[,N...]",
            description = "Objects per frame, one run each (default: ${DEFAULT-VALUE}).")
    List<Integer> instances;

    @Option(names = "--frame", defaultValue = "640x360", paramLabel = "WxH",
            description = "Network input (resized frame) size; heads run at 1/4 (default: ${DEFAULT-VALUE} → 160×90 grid).")
    String frame;

    @Option(names = "--original", defaultValue = "1280x720", paramLabel = "WxH",
            description = "Original frame size the masks are brought back to (default: ${DEFAULT-VALUE}).")
    String original;

    @Option(names = "--warmup", defaultValue = "300", description = "Untimed frames first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--frames", defaultValue = "2000", description = "Timed frames (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--full-scan", description = "Let every seed scan the whole grid (no embedding index), for comparison.")
    boolean fullScan;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic video (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--network", paramLabel = "PRESET",
            description = "Also time decode, preprocess and network of a random-init PRESET model at --frame on "
                    + "--original frames, and print the whole frame's time per object count.")
    String network;

    @Option(names = "--network-frames", defaultValue = "10",
            description = "Timed frames of the network run (after 3 untimed) (default: ${DEFAULT-VALUE}).")
    int networkFrames;

    @Mixin
    JsonOutput json;

    /**
     * One row of the sweep: the post-processing timing, and when the network was timed, the whole frame.
     *
     * @param postprocess     clustering, tracking and H(t−1) timing
     * @param networkMs       median decode + preprocess + network time per frame (NaN without --network)
     * @param frameMs         networkMs + post-processing median + masks back to original size
     * @param postprocessShare share of the frame spent after the network (0..1; NaN without --network)
     */
    record Row(PostprocessBenchmark.Result postprocess, double networkMs, double frameMs, double postprocessShare) {}

    @Override
    public Integer call() throws IOException {
        int[] net = BenchOptions.size(spec, frame, "--frame");
        int[] orig = BenchOptions.size(spec, original, "--original");
        BenchOptions.check(spec, warmup >= 0 && frames >= 1, "--warmup must be >= 0 and --frames >= 1");
        BenchOptions.check(spec, networkFrames >= 1, "--network-frames must be >= 1");
        for (int n : instances) {
            BenchOptions.check(spec, n >= 1, "--instances must be >= 1, got " + n);
        }
        InputGeometry g = InputGeometry.fit(orig[0], orig[1], net[0], net[1]);
        PrintWriter out = spec.commandLine().getOut();
        double networkMs = network == null ? Double.NaN : networkMs(net, orig);
        out.printf("head maps %d×%d (valid %d×%d), original %d×%d, %d warm-up + %d timed frames%s%n",
                g.headWidth(), g.headHeight(), g.validWidth(), g.validHeight(), orig[0], orig[1], warmup, frames,
                fullScan ? ", full scan per seed" : "");
        if (network != null) {
            out.printf("network (%s, random init): decode + preprocess + network median %.2f ms/frame%n", network, networkMs);
        }
        out.println("instances  found/frame  median ms  p10 ms  p90 ms  clustering ms  to-original+RLE ms"
                + (network != null ? "  frame ms  post share" : ""));
        List<Row> rows = new ArrayList<>();
        for (int n : instances) {
            PostprocessBenchmark.Result r = PostprocessBenchmark.run(g, n, warmup, frames, seed, fullScan);
            double frameMs = networkMs + r.median() + r.toOriginalMedian();
            Row row = new Row(r, networkMs, frameMs, (r.median() + r.toOriginalMedian()) / frameMs);
            rows.add(row);
            out.printf("%9d  %11.1f  %9.3f  %6.3f  %6.3f  %13.3f  %18.3f", r.instances(), r.found(), r.median(),
                    r.p10(), r.p90(), r.clusteringMedian(), r.toOriginalMedian());
            if (network != null) {
                out.printf("  %8.2f  %9.1f%%", frameMs, 100 * row.postprocessShare());
            }
            out.println();
            out.flush();
        }
        json.write(spec, "postprocess", rows);
        return 0;
    }

    /** Median decode + preprocess + network milliseconds of the --network preset (its output writing excluded). */
    private double networkMs(int[] net, int[] orig) throws IOException {
        BenchSetup.Run run = BenchSetup.runs(spec, List.of(network + "@" + net[0] + "x" + net[1]), List.of(), "--network").get(0);
        Path scratch = Files.createTempDirectory("srnet-bench-post");
        try (SrNetModel model = BenchSetup.model(run.config(), 0, 1)) {
            SegmenterOptions so = new SegmenterOptions(InferenceOptions.DEFAULT, net[0], net[1]);
            InferenceBenchmark.Result r = InferenceBenchmark.run(model,
                    new InferenceBenchmark.Options(so, orig[0], orig[1], 3, 1, networkFrames), scratch);
            return r.decode().median() + r.preprocess().median() + r.network().median();
        } finally {
            FileTrees.deleteTree(scratch);
        }
    }
}
