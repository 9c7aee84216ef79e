package org.srnet.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option handling shared by every benchmark command: sizes, checks, and the options as JSON parameters. */
public final class BenchOptions {
    private BenchOptions() {}

    /**
     * The command's options as the {@code parameters} of its JSON result, keyed by option name in camel case
     * ({@code --network-frames} → {@code networkFrames}); help, version, {@code --threads} (recorded under
     * {@code machine}) and {@code --json} itself are left out.
     */
    public static Map<String, Object> parameters(CommandSpec spec) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (picocli.CommandLine.Model.OptionSpec o : spec.options()) {
            String name = o.longestName().replaceFirst("^-+", "");
            if (o.usageHelp() || o.versionHelp() || name.equals("threads") || name.equals("json")) {
                continue;
            }
            Object value = o.getValue();
            params.put(camelCase(name), value instanceof Path path ? path.toString() : value);
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

    /** Parses {@code WxH} (each side >= 8) or fails as a parameter error naming the option. */
    public static int[] size(CommandSpec spec, String s, String option) {
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

    /** Fails as a parameter error unless {@code ok}. */
    public static void check(CommandSpec spec, boolean ok, String message) {
        if (!ok) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
