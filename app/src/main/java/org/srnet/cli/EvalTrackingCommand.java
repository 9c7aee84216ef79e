package org.srnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.srnet.methods.srnet.TrackingProbe;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code srnet eval tracking}: is the tracking head better than predicting no motion? */
@Command(name = "tracking", mixinStandardHelpOptions = true,
        description = {"Error of the tracking head against the ground-truth displacement of each object between",
            "consecutive frames (Eq. 7's target, grid units), beside the error of predicting zero motion.",
            "A gain of 2 or more means the previous frame reaches the tracking head."})
public final class EvalTrackingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "An SRNet model folder.")
    Path model;

    @Option(names = "--gt", required = true, paramLabel = "ROOT", description = "DAVIS-layout root (e.g. an 'srnet synth' folder).")
    Path gt;

    @Option(names = "--sets", split = ",", defaultValue = "val", paramLabel = "SET",
            description = "Sets to measure (default: ${DEFAULT-VALUE}).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        Map<String, TrackingProbe.Result> results = TrackingProbe.measure(model, gt, sets);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %8s %12s %12s %8s%n", "set", "pairs", "head error", "zero error", "gain");
        results.forEach((set, r) -> out.printf("%-10s %8d %12.4f %12.4f %8.2f%n", set, r.pairs(), r.headError(),
                r.zeroError(), r.gain()));
        out.flush();
        return 0;
    }
}
