package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.data.synth.SynthDataset;
import org.srnet.data.synth.SynthOptions;
import org.srnet.weights.SafeTensors;

/**
 * SIGTERM and SIGINT during {@code srnet train}, sent to a real JVM as a scheduler or Ctrl-C would: the run stops at
 * a step boundary, writes a checkpoint holding every finished step, says so, and exits 143 / 130 without a native
 * crash. Before, SIGTERM could crash the JVM inside libtorch's backward pass and SIGINT left without a word.
 */
class StopSignalsTest {

    @Test
    void sigtermAndSigintStopTrainingWithACheckpoint(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        SynthDataset.write(data, new SynthOptions(2, 3, 64, 64, 1, 0.5));
        stopsCleanly(dir, data, "TERM", 143);
        stopsCleanly(dir, data, "INT", 130);
    }

    private static void stopsCleanly(Path dir, Path data, String signal, int expectedCode) throws Exception {
        Path out = dir.resolve("run-" + signal);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-Dai.djl.offline=true", "-Dsrnet.quiet=true", "-Dai.djl.pytorch.num_threads=1",
                "org.srnet.cli.Main", "train", "--task", "uvos", "--data", data.toString(), "--out", out.toString(),
                "--iterations", "100000", "--set", "data.width=64", "--set", "data.height=64",
                "--set", "train.batchSize=1", "--set", "train.checkpointEvery=100000"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(signal + ".log").toFile()).start();
        try {
            Path log = out.resolve("train-log.jsonl");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines(log) < 2) {
                assertThat(p.isAlive()).as("training ended early: %s", Files.readString(dir.resolve(signal + ".log"))).isTrue();
                assertThat(System.nanoTime()).as("training did not start").isLessThan(deadline);
                Thread.sleep(100);
            }
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("stopped in time").isTrue();
        } finally {
            p.destroyForcibly();
        }
        String output = Files.readString(dir.resolve(signal + ".log"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isEqualTo(expectedCode);
        assertThat(output).contains("srnet: SIG" + signal + " received").contains("stopped by SIG" + signal)
                .contains("checkpoint written to " + out.resolve("checkpoint.safetensors")).contains("--resume")
                .doesNotContain("A fatal error has been detected");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        SafeTensors.read(out.resolve("checkpoint.safetensors"), meta);
        int iterations = Integer.parseInt(meta.get("iteration"));
        assertThat(iterations).as("every finished step is in the checkpoint").isEqualTo(lines(out.resolve("train-log.jsonl")));
        assertThat(output).contains("after " + iterations + " iterations");
    }

    private static long lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> s = Files.lines(file)) {
            return s.count();
        }
    }
}
