package org.srnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.srnet.config.Overrides;
import org.srnet.config.Presets;
import org.srnet.config.SrNetConfig;
import org.srnet.model.SrNetModel;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option parsing shared by the {@code bench} subcommands: sizes, {@code PRESET[@WxH]} runs, random-init models. */
final class BenchSetup {
    private BenchSetup() {}

    /**
     * The command's options as the {@code parameters} of its JSON result, keyed by option name in camel case
     * ({@code --network-frames} → {@code networkFrames}); help, version, {@code --threads} (recorded under
     * {@code machine}) and {@code --json} itself are left out.
     */
    static java.util.Map<String, Object> parameters(picocli.CommandLine.Model.CommandSpec spec) {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (picocli.CommandLine.Model.OptionSpec o : spec.options()) {
            String name = o.longestName().replaceFirst("^-+", "");
            if (o.usageHelp() || o.versionHelp() || name.equals("threads") || name.equals("json")) {
                continue;
            }
            Object value = o.getValue();
            params.put(camelCase(name), value instanceof java.nio.file.Path path ? path.toString() : value);
        }
        return params;
    }

    private static String camelCase(String name) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** One configuration to measure: a preset (with overrides applied) at an input size. */
    record Run(String label, SrNetConfig config, int width, int height) {}

    /** Parses {@code WxH} (each side >= 8) or fails as a parameter error naming the option. */
    static int[] size(CommandSpec spec, String s, String option) {
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
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

    /**
     * Parses {@code PRESET[@WxH]} entries; without a size the preset's training size is used. Overrides
     * ({@code KEY=VALUE}) apply to every preset.
     */
    static List<Run> runs(CommandSpec spec, List<String> entries, List<String> overrides, String option) {
        List<Run> runs = new ArrayList<>();
        for (String e : entries) {
            int at = e.indexOf('@');
            String preset = at < 0 ? e.trim() : e.substring(0, at).trim();
            SrNetConfig config = Overrides.apply(Presets.get(preset), overrides);
            int[] wh = at < 0 ? new int[] {config.data().width(), config.data().height()} : size(spec, e.substring(at + 1), option);
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

    /** Deletes a scratch directory and everything below it. */
    static void deleteTree(java.nio.file.Path root) throws java.io.IOException {
        try (var paths = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    /** Fails as a parameter error unless {@code ok}. */
    static void check(CommandSpec spec, boolean ok, String message) {
        if (!ok) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
