package org.srnet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.infer.InputGeometry;
import org.srnet.infer.PostprocessBenchmark;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench}: measurements that take too long for tests, printed as tables. */
@Command(name = "bench", description = "Benchmarks (print timings; never run as tests).",
        subcommands = {BenchCommand.Postprocess.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code srnet bench postprocess}: clustering + tracking + H(t−1) per frame on synthetic head maps. */
    @Command(name = "postprocess", mixinStandardHelpOptions = true,
            description = "Time Algorithm 1 (clustering, tracking) and H(t-1) rendering per frame on synthetic head maps.")
    static final class Postprocess implements Callable<Integer> {
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

        @Override
        public Integer call() {
            int[] net = size(frame, "--frame");
            int[] orig = size(original, "--original");
            if (warmup < 0 || frames < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be >= 0 and --frames >= 1");
            }
            InputGeometry g = InputGeometry.fit(orig[0], orig[1], net[0], net[1]);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("head maps %d×%d (valid %d×%d), original %d×%d, %d warm-up + %d timed frames%s%n",
                    g.headWidth(), g.headHeight(), g.validWidth(), g.validHeight(), orig[0], orig[1], warmup, frames,
                    fullScan ? ", full scan per seed" : "");
            out.println("instances  found/frame  median ms  p10 ms  p90 ms  clustering ms  to-original+RLE ms");
            for (int n : instances) {
                if (n < 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--instances must be >= 1, got " + n);
                }
                PostprocessBenchmark.Result r = PostprocessBenchmark.run(g, n, warmup, frames, seed, fullScan);
                out.printf("%9d  %11.1f  %9.3f  %6.3f  %6.3f  %13.3f  %18.3f%n", r.instances(), r.found(), r.median(),
                        r.p10(), r.p90(), r.clusteringMedian(), r.toOriginalMedian());
                out.flush();
            }
            return 0;
        }

        private int[] size(String s, String option) {
            String[] p = s.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                if (p.length == 2) {
                    int w = Integer.parseInt(p[0].trim());
                    int h = Integer.parseInt(p[1].trim());
                    if (w >= 8 && h >= 8) {
                        return new int[] {w, h};
                    }
                }
            } catch (NumberFormatException e) {
                // Fall through to the parameter error below.
            }
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must look like 640x360 (each side >= 8), got " + s);
        }
    }
}
