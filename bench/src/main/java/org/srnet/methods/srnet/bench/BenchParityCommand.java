package org.srnet.methods.srnet.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.srnet.bench.BenchOptions;
import org.srnet.bench.JsonOutput;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet bench parity}: srnet's network against PyTorch itself running the same network and weights. */
@Command(name = "parity", mixinStandardHelpOptions = true,
        description = {"Compare srnet's network with the same network traced to TorchScript by "
                + "bench/pytorch_reference.py and run by the same libtorch: same outputs, and ms/frame of both.",
            "  python3 bench/pytorch_reference.py --model models/cpu-small --size 320x192 --torchscript /tmp/ref.pt",
            "  srnet bench parity --model models/cpu-small --torchscript /tmp/ref.pt --size 320x192"})
public final class BenchParityCommand implements Callable<Integer> {
    /** Largest relative difference between the two networks' outputs that still counts as the same network. */
    static final double SAME_NETWORK = 1e-3;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The srnet model the module was traced from.")
    Path model;

    @Option(names = "--torchscript", required = true, paramLabel = "FILE", description = "The traced module (.pt).")
    Path torchScript;

    @Option(names = "--size", paramLabel = "WxH", description = "Input size the module was traced at (default: the model's input size).")
    String size;

    @Option(names = "--warmup", defaultValue = "10", description = "Untimed frames first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--frames", defaultValue = "50", description = "Timed frames (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--profile", paramLabel = "FILE", description = "Record every libtorch op of the timed frames of both "
            + "networks to FILE (Chrome trace format); slows them, so read its op counts and shares, not the timings.")
    Path profile;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        BenchOptions.check(spec, warmup >= 0 && frames >= 1, "--warmup must be >= 0 and --frames >= 1");
        try (SrNetModel m = SrNetModel.load(model)) {
            SegmenterOptions trained = SegmenterOptions.forModel(m);
            int[] wh = size != null ? BenchOptions.size(spec, size, "--size")
                    : new int[] {trained.inputWidth(), trained.inputHeight()};
            TorchScriptParity.Result r = TorchScriptParity.run(m, torchScript, wh[0], wh[1], warmup, frames, profile);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s at %dx%d, %d warm-up + %d timed frames, srnet and TorchScript alternating%n", model, wh[0], wh[1],
                    warmup, frames);
            for (Map.Entry<String, Double> e : r.maxDifference().entrySet()) {
                out.printf("  %-14s max |torch - srnet| / max |srnet| = %.2g%n", e.getKey(), e.getValue());
            }
            boolean same = r.worstDifference() < SAME_NETWORK;
            out.println(same ? "same network" : "DIFFERENT networks: the timing below compares unlike things");
            out.printf("srnet (DJL, eager)       median %7.1f ms  p10 %7.1f  p90 %7.1f%n", r.srnetMs().median(),
                    r.srnetMs().p10(), r.srnetMs().p90());
            out.printf("PyTorch (TorchScript)    median %7.1f ms  p10 %7.1f  p90 %7.1f%n", r.torchMs().median(),
                    r.torchMs().p10(), r.torchMs().p90());
            out.printf("srnet / PyTorch = %.3f%n", r.ratio());
            json.write(spec, "parity", r);
            return same ? 0 : 1;
        }
    }
}
