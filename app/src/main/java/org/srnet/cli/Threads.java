package org.srnet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * libtorch reads its thread counts once, when the engine starts, from system properties; so they are set here
 * before any DJL class is touched.
 *
 * <p>The default adapts to how busy the machine is. libtorch's OpenMP threads spin while they wait for each other,
 * so when another process holds a core, two threads on two cores run several times slower than one (the demo: 2.5
 * FPS with two threads against 31 with one, docs/reliability.md). At start the 1-minute load average is read from
 * {@code /proc/loadavg}, and srnet takes the cores it leaves free, rounded, at least one. The 1-minute average is
 * slow to fall after a burst, which costs at most the second thread's gain (1.6–1.9× when idle), while the opposite
 * mistake costs 5×.
 */
final class Threads {
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private Threads() {}

    static void configureDefault() {
        String env = System.getenv("SRNET_THREADS");
        if (System.getProperty("ai.djl.pytorch.num_threads") != null) {
            return;
        }
        configure(env != null && !env.isBlank() ? Integer.parseInt(env.trim())
                : adaptive(Runtime.getRuntime().availableProcessors(), readLoadAverage()));
    }

    /**
     * Threads for {@code cores} cores given the content of {@code /proc/loadavg} (null when unknown): the cores the
     * 1-minute load leaves free, rounded to the nearest whole core, between 1 and {@code cores}.
     */
    static int adaptive(int cores, String loadavg) {
        if (loadavg == null || loadavg.isBlank()) {
            return cores;
        }
        double load;
        try {
            load = Double.parseDouble(loadavg.strip().split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return cores;
        }
        long free = Math.round(cores - load);
        return (int) Math.max(1, Math.min(cores, free));
    }

    private static String readLoadAverage() {
        try {
            return Files.isReadable(LOADAVG) ? Files.readString(LOADAVG) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static void configure(int n) {
        if (n < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()), "--threads must be >= 1, got " + n);
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(n));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
}
