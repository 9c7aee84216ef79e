package org.srnet.methods.srnet.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.bench.BenchOptions;
import org.srnet.bench.JsonOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench kernels}: micro-benchmarks of clustering, RLE encoding and DAVIS J and F. */
@Command(name = "kernels", mixinStandardHelpOptions = true,
        description = "Micro-benchmark the plain-Java kernels (clustering, RLE encode, DAVIS J and F): warm-up, then "
                + "individually timed calls; median and spread.")
public final class BenchKernelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "640x360", paramLabel = "WxH",
            description = "Network input size whose 1/4 head maps are clustered (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--instances", defaultValue = "10", description = "Objects in the clustered maps (default: ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--mask", defaultValue = "854x480", paramLabel = "WxH",
            description = "Mask size for RLE, J and F (default: ${DEFAULT-VALUE}, DAVIS 480p).")
    String mask;

    @Option(names = "--warmup", defaultValue = "200", description = "Untimed calls per kernel (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeats", defaultValue = "1000", description = "Timed calls per kernel (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        int[] in = BenchOptions.size(spec, input, "--input");
        int[] m = BenchOptions.size(spec, mask, "--mask");
        BenchOptions.check(spec, warmup >= 0 && repeats >= 1, "need --warmup >= 0 and --repeats >= 1");
        BenchOptions.check(spec, instances >= 1, "--instances must be >= 1, got " + instances);
        List<KernelBenchmark.Timing> timings = KernelBenchmark.run(
                new KernelBenchmark.Options(in[0], in[1], instances, m[0], m[1], warmup, repeats));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d warm-up + %d timed calls per kernel%n", warmup, repeats);
        out.println("kernel       input                                    median ms   p10 ms   p90 ms   max ms");
        for (KernelBenchmark.Timing t : timings) {
            out.printf("%-12s %-40s %9.4f %8.4f %8.4f %8.4f%n", t.kernel(), t.input(), t.ms().median(), t.ms().p10(), t.ms().p90(),
                    t.ms().max());
        }
        out.flush();
        json.write(spec, "kernels", timings);
        return 0;
    }
}
