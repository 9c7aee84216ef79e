package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Each bench subcommand on a tiny input: prints its table and writes the JSON document (no timing is checked). */
class BenchSubcommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static JsonNode read(Path file) throws Exception {
        return new ObjectMapper().readTree(Files.readString(file));
    }

    @Test
    void inferReportsEveryStageAndFps(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("infer.json");
        int code = run("bench", "infer", "--run", "cpu-small@64x64", "--frame", "80x60", "--warmup", "1", "--repeats", "2",
                "--frames", "2", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("cpu-small@64x64, frames 80×60", "decode (JPEG)", "backbone+FPN", "decoder+heads",
                "clustering+tracking", "output writing", "FPS median");
        JsonNode r = read(json).get("results").get("cpu-small@64x64");
        assertThat(r.get("network").get("count").asInt()).isEqualTo(4);
        assertThat(r.get("output").get("count").asInt()).isEqualTo(2);
        assertThat(r.get("fps").get("median").asDouble()).isPositive();
        assertThat(r.get("peakRssMiB").asDouble()).isPositive();
        double stages = r.get("preprocess").get("median").asDouble() + r.get("network").get("median").asDouble()
                + r.get("postprocess").get("median").asDouble();
        assertThat(r.get("segmenter").get("median").asDouble()).isPositive().isLessThanOrEqualTo(r.get("total").get("max").asDouble());
        assertThat(stages).isPositive();
        assertThat(read(json).get("parameters").get("frame").asText()).isEqualTo("80x60");
        assertThat(out.toString()).contains("cold start", "first frame", "first 24 frames");
        JsonNode cold = r.get("coldStart");
        assertThat(cold.get("frameMs")).hasSize(24);
        assertThat(cold.get("firstFrameMs").asDouble()).isEqualTo(cold.get("frameMs").get(0).asDouble());
        assertThat(cold.get("warmUpMs").asDouble()).isPositive();
        assertThat(cold.get("fps").asDouble()).isPositive();
    }

    @Test
    void parityComparesWithTheTracedPyTorchNetwork(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("parity.json");
        int code = run("bench", "parity", "--model", "bench/src/test/resources/parity/tiny", "--torchscript",
                "bench/src/test/resources/parity/tiny.pt", "--warmup", "0", "--frames", "2", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("same network", "srnet (DJL, eager)", "PyTorch (TorchScript)", "srnet / PyTorch");
        assertThat(read(json).get("results").get("srnetMs").get("count").asInt()).isEqualTo(2);
    }

    @Test
    void memoryPrintsOneSamplePerInterval(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("memory.json");
        int code = run("bench", "memory", "--run", "cpu-small@64x64", "--frames", "6", "--every", "2", "--warmup", "2",
                "--tolerance", "10", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("no growth beyond");
        JsonNode samples = read(json).get("results").get("samples");
        assertThat(samples).hasSize(3);
        assertThat(samples.get(2).get("frame").asInt()).isEqualTo(6);
        assertThat(samples.get(2).get("rssMiB").asDouble()).isPositive();
    }

    @Test
    void memoryWithSyntheticResultsMeasuresTheWriters(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("memory.json");
        int code = run("bench", "memory", "--synthetic", "--writers", "davis,ytvis", "--run", "cpu-small@64x48",
                "--frames", "600", "--every", "200", "--warmup", "200", "--tolerance", "10", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("synthetic results into davis + ytvis", "writers finished in");
        JsonNode samples = read(json).get("results").get("samples");
        assertThat(samples).hasSize(3);
        // masks wait in memory up to 64 KiB per writer, then go to the spill files
        assertThat(samples.get(2).get("spillMiB").asDouble()).isPositive();
        assertThat(samples.get(2).get("liveHeapMiB").asDouble()).isPositive();

        assertThat(run("bench", "memory", "--synthetic")).isEqualTo(2);
        assertThat(err.toString()).contains("--synthetic measures the writers");
        assertThat(run("bench", "memory", "--writers", "png")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown writer 'png'");
    }

    @Test
    void kernelsWriteOneTimingPerKernel(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("kernels.json");
        int code = run("bench", "kernels", "--input", "64x48", "--instances", "2", "--mask", "40x30", "--warmup", "1",
                "--repeats", "3", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode results = read(json).get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(3).get("kernel").asText()).isEqualTo("davis-f");
        assertThat(results.get(3).get("ms").get("count").asInt()).isEqualTo(3);
    }

    @Test
    void trainReportsIterationsPerSecond(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("train.json");
        int code = run("bench", "train", "--run", "cpu-small@64x64", "--warmup", "0", "--repeats", "2", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode r = read(json).get("results").get("cpu-small@64x64");
        assertThat(r.get("msPerStep").get("count").asInt()).isEqualTo(2);
        assertThat(r.get("itPerSecond").asDouble()).isCloseTo(1000 / r.get("msPerStep").get("median").asDouble(),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void postprocessWithNetworkShowsTheWholeFrame(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("post.json");
        int code = run("bench", "postprocess", "--instances", "1,3", "--warmup", "0", "--frames", "2", "--frame", "64x64",
                "--original", "96x96", "--network", "cpu-small", "--network-frames", "1", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("frame ms  post share");
        JsonNode rows = read(json).get("results");
        assertThat(rows).hasSize(2);
        JsonNode row = rows.get(1);
        double post = row.get("postprocess").get("median").asDouble() + row.get("postprocess").get("toOriginalMedian").asDouble();
        assertThat(row.get("frameMs").asDouble()).isCloseTo(row.get("networkMs").asDouble() + post,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(row.get("postprocess").get("instances").asInt()).isEqualTo(3);
    }

    @Test
    void unknownPresetIsOneLineUserError() {
        int code = Main.execute("bench", "train", "--run", "nope@64x64");
        assertThat(code).isEqualTo(1);
    }
}
