package org.srnet.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.srnet.UserError;

/**
 * Renders a local HTML page in headless Chromium (the Debian {@code chromium} package): a DOM dump after the page's
 * scripts ran, or a PNG screenshot. Each call uses a fresh throw-away profile, turns off everything that would
 * reach the network, and is killed after {@link #TIMEOUT_SECONDS}.
 */
public final class Chromium {
    /** Where Debian installs the browser. */
    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    /** Longest a single browser run may take before it is killed. */
    public static final long TIMEOUT_SECONDS = 60;
    /** Virtual milliseconds the page gets to load and run its scripts before the dump or screenshot. */
    private static final int VIRTUAL_TIME_BUDGET_MS = 5000;

    private Chromium() {}

    /** Returns true when the browser is installed. */
    public static boolean isAvailable() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Returns the page's DOM as serialised after loading {@code html} and running its scripts. */
    public static String dumpDom(Path html) {
        return run(html, List.of("--dump-dom"));
    }

    /**
     * Writes a PNG screenshot of {@code html} rendered in a {@code width} × {@code height} window (CSS pixels); the
     * page is cut at the window's bottom edge.
     */
    public static void screenshot(Path html, Path png, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("window size must be positive, got " + width + "×" + height);
        }
        Path target = png.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw UserError.inFile(target, "cannot write the screenshot (" + e.getMessage() + ")", e);
        }
        run(html, List.of("--screenshot=" + target, "--window-size=" + width + "," + height,
                "--hide-scrollbars"));
        if (!Files.isRegularFile(target)) {
            throw new IllegalStateException("chromium exited cleanly but wrote no screenshot to " + target);
        }
    }

    /** Runs the browser on {@code html} with {@code extra} arguments and returns its standard output. */
    private static String run(Path html, List<String> extra) {
        if (!isAvailable()) {
            throw new IllegalStateException(EXECUTABLE + " is not installed (Debian package chromium)");
        }
        if (!Files.isRegularFile(html)) {
            throw UserError.inFile(html, "no such page");
        }
        Path work = null;
        Process process = null;
        try {
            work = Files.createTempDirectory("srnet-chromium");
            Path out = work.resolve("stdout.txt");
            Path err = work.resolve("stderr.txt");
            List<String> cmd = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=" + work.resolve("profile"), "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MS));
            cmd.addAll(extra);
            cmd.add(html.toAbsolutePath().toUri().toString());
            // output goes to files, not pipes: an undrained pipe would block the browser once it fills
            process = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                kill(process);
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("chromium did not finish " + html + " within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("chromium exited with " + process.exitValue() + " on " + html + ": "
                        + tail(Files.readString(err, StandardCharsets.UTF_8)));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("running " + EXECUTABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while chromium rendered " + html, e);
        } finally {
            if (process != null && process.isAlive()) {
                kill(process);
            }
            deleteTree(work);
        }
    }

    /** Kills the browser and its helpers (renderer, zygote), which would otherwise outlive it. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : "…" + s.substring(s.length() - 2000);
    }

    /** Removes the throw-away profile; a file the browser still holds open is left for the OS to clean. */
    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a helper process may still be removing its own files; a leftover profile is harmless
        }
    }
}
