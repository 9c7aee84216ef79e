package org.srnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a measurement ran, saved with every result so numbers from different machines are not compared by mistake.
 *
 * @param cpu          CPU model name from {@code /proc/cpuinfo} ("unknown" elsewhere)
 * @param cores        processors the JVM sees
 * @param torchThreads libtorch intra-op threads as configured ({@code ai.djl.pytorch.num_threads}), 0 if unset
 * @param interopThreads libtorch inter-op threads as configured, 0 if unset
 * @param java         Java runtime version
 * @param os           operating system name and architecture
 */
public record Machine(String cpu, int cores, int torchThreads, int interopThreads, String java, String os) {

    /** This JVM's machine. */
    public static Machine current() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(),
                Integer.getInteger("ai.djl.pytorch.num_threads", 0), Integer.getInteger("ai.djl.pytorch.num_interop_threads", 0),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** The first {@code model name} of a {@code /proc/cpuinfo} text, or "unknown". */
    static String cpuModel(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            if (line.startsWith("model name")) {
                int colon = line.indexOf(':');
                return colon < 0 ? "unknown" : line.substring(colon + 1).trim();
            }
        }
        return "unknown";
    }

    private static String cpuModel() {
        try {
            return cpuModel(Files.readString(Path.of("/proc/cpuinfo")));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
