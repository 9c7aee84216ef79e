package org.srnet.bench.cli;

import org.srnet.methods.srnet.bench.BenchInferCommand;
import org.srnet.methods.srnet.bench.BenchKernelsCommand;
import org.srnet.methods.srnet.bench.BenchMemoryCommand;
import org.srnet.methods.srnet.bench.BenchParityCommand;
import org.srnet.methods.srnet.bench.BenchPostprocessCommand;
import org.srnet.methods.srnet.bench.BenchTrainCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code srnet bench}: measurements that take too long for tests, printed as tables. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (print timings; never run as tests).",
        subcommands = {BenchInferCommand.class, BenchPostprocessCommand.class, BenchMemoryCommand.class,
            BenchKernelsCommand.class, BenchTrainCommand.class,
            BenchParityCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
