package org.srnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.srnet.bench.cli.EvalBenchmarkCommand;

/** {@code srnet eval}: the official-equivalent metrics, one subcommand per benchmark. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate predictions with the official DAVIS and YouTube-VIS metrics.",
        subcommands = {EvalDavisCommand.class, EvalYtvisCommand.class, EvalTrackingCommand.class, EvalBenchmarkCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Parallelism default of the evaluation commands: every core. */
    static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    static void requirePositive(CommandSpec spec, String option, int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be >= 1, got " + value);
        }
    }
}
