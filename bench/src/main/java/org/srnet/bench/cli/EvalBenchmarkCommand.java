package org.srnet.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.UserError;
import org.srnet.bench.BenchOptions;
import org.srnet.bench.EvalBenchmark;
import org.srnet.util.FileTrees;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet eval benchmark}: times both evaluators on synthetic cases of a realistic size. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Time DAVIS (30 sequences x 70 frames at 854x480, 3 objects, 4 proposals) and YouTube-VIS "
                + "(300 videos x 30 frames at 640x360) evaluation on synthetic data; median of --runs runs.")
public final class EvalBenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed runs per case (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jobs", paramLabel = "N", description = "DAVIS sequences evaluated in parallel (default: cores).")
    Integer jobs;

    @Option(names = "--sequences", defaultValue = "30", paramLabel = "N", description = "DAVIS sequences (default: ${DEFAULT-VALUE}).")
    int sequences;

    @Option(names = "--frames", defaultValue = "70", paramLabel = "N", description = "DAVIS frames per sequence (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--videos", defaultValue = "300", paramLabel = "N", description = "YouTube-VIS videos (default: ${DEFAULT-VALUE}).")
    int videos;

    @Option(names = "--png", description = "Also time DAVIS evaluation from PNG files written to a temporary folder.")
    boolean png;

    @Override
    public Integer call() {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        BenchOptions.check(spec, n >= 1, "--jobs must be >= 1, got " + n);
        BenchOptions.check(spec, runs >= 1, "--runs must be >= 1, got " + runs);
        BenchOptions.check(spec, sequences >= 1, "--sequences must be >= 1, got " + sequences);
        BenchOptions.check(spec, frames >= 1, "--frames must be >= 1, got " + frames);
        BenchOptions.check(spec, videos >= 1, "--videos must be >= 1, got " + videos);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("srnet eval benchmark: %d cores available, %d DAVIS jobs, median of %d runs after a warm-up%n",
                Runtime.getRuntime().availableProcessors(), n, runs);
        out.flush();
        Path tmp;
        try {
            tmp = Files.createTempDirectory("srnet-eval-bench");
        } catch (IOException e) {
            throw new UserError("cannot create a temporary folder (" + e.getMessage() + ")", e);
        }
        try {
            List<EvalBenchmark.Timing> all = new ArrayList<>();
            all.addAll(EvalBenchmark.davisInMemory(sequences, frames, 854, 480, 3, 4, n, runs));
            print(out, all.subList(0, 2));
            if (png) {
                EvalBenchmark.Timing t = EvalBenchmark.davisFromFiles(tmp, sequences, frames, 854, 480, 3, 4, runs);
                print(out, List.of(t));
            }
            print(out, EvalBenchmark.ytvis(tmp, videos, 30, 640, 360, runs));
        } finally {
            FileTrees.deleteTree(tmp);
        }
        return 0;
    }

    private static void print(PrintWriter out, List<EvalBenchmark.Timing> timings) {
        for (EvalBenchmark.Timing t : timings) {
            StringBuilder runs = new StringBuilder();
            for (double s : t.runSeconds()) {
                runs.append(String.format(" %.3f", s));
            }
            out.printf("%-52s median %8.3f s   runs:%s   (value %.6f)%n", t.what(), t.medianSeconds(), runs, t.value());
        }
        out.flush();
    }
}
