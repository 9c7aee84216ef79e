package org.srnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of this process from Linux's {@code /proc/self/status}: {@code VmRSS} (now) and {@code VmHWM}
 * (peak). RSS includes libtorch's native allocations, which the JVM heap figures do not.
 */
public final class ProcStatus {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcStatus() {}

    /** Current resident set size in KiB, or -1 where {@code /proc} is not available. */
    public static long rssKiB() {
        return read("VmRSS");
    }

    /** Peak resident set size in KiB since the process started, or -1 where {@code /proc} is not available. */
    public static long peakRssKiB() {
        return read("VmHWM");
    }

    /**
     * The value in KiB of field {@code key} (e.g. {@code VmRSS}) in the text of a {@code /proc/<pid>/status} file,
     * or -1 when the field is absent. Lines look like {@code "VmRSS:\t  123456 kB"}.
     */
    public static long parseKiB(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key + ":")) {
                String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
                long value = Long.parseLong(parts[0]);
                if (parts.length > 1 && !parts[1].equalsIgnoreCase("kB")) {
                    throw new IllegalArgumentException("unexpected unit in '" + line + "'");
                }
                return value;
            }
        }
        return -1;
    }

    private static long read(String key) {
        try {
            return parseKiB(Files.readString(STATUS), key);
        } catch (IOException e) {
            return -1;
        }
    }
}
