package org.srnet.methods.srnet.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.srnet.bench.BenchOptions;
import org.srnet.bench.JsonOutput;
import org.srnet.bench.SampleStats;
import org.srnet.methods.srnet.model.SrNetModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench train}: training iterations per second on random batches. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Time the training step (forward pair, loss, backward, clip, SGD) on random batches of the right shape.")
public final class BenchTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", split = ",", defaultValue = "cpu-small,paper-r50", paramLabel = "PRESET[@WxH]",
            description = "Presets, at their training size unless given (default: ${DEFAULT-VALUE}).")
    List<String> runs;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config value of every run.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--batch", defaultValue = "1", description = "Frame pairs per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--objects", defaultValue = "3", description = "Instances per pair (default: ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed steps first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeats", defaultValue = "10", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Mixin
    JsonOutput json;

    /**
     * One configuration's result.
     *
     * @param msPerStep  milliseconds per training step
     * @param itPerSecond iterations per second at the median step
     */
    record Throughput(SampleStats msPerStep, double itPerSecond) {}

    @Override
    public Integer call() {
        BenchOptions.check(spec, batch >= 1 && objects >= 1 && warmup >= 0 && repeats >= 1,
                "need --batch >= 1, --objects >= 1, --warmup >= 0, --repeats >= 1");
        List<BenchSetup.Run> configs = BenchSetup.runs(spec, runs, sets, "--run");
        PrintWriter out = spec.commandLine().getOut();
        out.printf("batch %d, %d warm-up + %d timed steps%n", batch, warmup, repeats);
        out.println("run                        median ms   p10 ms   p90 ms    it/s");
        Map<String, Throughput> results = new LinkedHashMap<>();
        for (BenchSetup.Run r : configs) {
            SampleStats s;
            try (SrNetModel model = BenchSetup.model(r.config(), r.config().model().numClasses(), 1)) {
                s = SampleStats.of(TrainStepBenchmark.run(model, r.config(), batch, r.width(), r.height(), objects, warmup,
                        repeats));
            }
            Throughput t = new Throughput(s, 1000 / s.median());
            results.put(r.label(), t);
            out.printf("%-25s %10.1f %8.1f %8.1f %7.3f%n", r.label(), s.median(), s.p10(), s.p90(), t.itPerSecond());
            out.flush();
        }
        json.write(spec, "train", results);
        return 0;
    }
}
