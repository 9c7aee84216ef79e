package org.srnet.methods.srnet.bench;

import java.util.ArrayList;
import java.util.List;

import org.srnet.bench.BenchOptions;
import org.srnet.config.Overrides;
import org.srnet.methods.srnet.config.Presets;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.model.SrNetModel;

import picocli.CommandLine.Model.CommandSpec;

/** What the SRNet benchmarks share: {@code PRESET[@WxH]} runs and random-init models of a preset. */
public final class BenchSetup {
    private BenchSetup() {}

    /** One configuration to measure: a preset (with overrides applied) at an input size. */
    record Run(String label, SrNetConfig config, int width, int height) {}

    /**
     * Parses {@code PRESET[@WxH]} entries; without a size the preset's training size is used. Overrides
     * ({@code KEY=VALUE}) apply to every preset.
     */
    public static List<Run> runs(CommandSpec spec, List<String> entries, List<String> overrides, String option) {
        List<Run> runs = new ArrayList<>();
        for (String e : entries) {
            int at = e.indexOf('@');
            String preset = at < 0 ? e.trim() : e.substring(0, at).trim();
            SrNetConfig config = Overrides.apply(Presets.get(preset), overrides);
            int[] wh = at < 0 ? new int[] {config.data().width(), config.data().height()} : BenchOptions.size(spec, e.substring(at + 1), option);
            runs.add(new Run(preset + "@" + wh[0] + "x" + wh[1], config, wh[0], wh[1]));
        }
        return runs;
    }

    /** A randomly initialised model of the run's architecture with {@code classes} VIS categories (0 = UVOS). */
    static SrNetModel model(SrNetConfig config, int classes, int seed) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= classes; c++) {
            names.add("class" + c);
        }
        return SrNetModel.create(config.model().withNumClasses(classes), names, seed);
    }
}
