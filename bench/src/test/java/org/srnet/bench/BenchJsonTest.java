package org.srnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchJsonTest {

    @Test
    void documentHasMachineParametersAndResults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/out.json");
        record Row(String name, SampleStats ms) {}
        BenchJson.write(file, "kernels", Map.of("repeats", 3), List.of(new Row("rle", SampleStats.of(new double[] {1, 2, 3}))));
        JsonNode doc = new ObjectMapper().readTree(Files.readString(file));
        assertThat(doc.get("benchmark").asText()).isEqualTo("kernels");
        assertThat(doc.get("when").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(doc.get("machine").get("cores").asInt()).isPositive();
        assertThat(doc.get("parameters").get("repeats").asInt()).isEqualTo(3);
        JsonNode ms = doc.get("results").get(0).get("ms");
        assertThat(doc.get("results").get(0).get("name").asText()).isEqualTo("rle");
        assertThat(ms.get("median").asDouble()).isEqualTo(2.0);
        assertThat(ms.get("count").asInt()).isEqualTo(3);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void cpuModelComesFromTheFirstModelNameLine() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\n"
                + "model name\t: AMD EPYC 7B13\n";
        assertThat(Machine.cpuModel(cpuinfo)).isEqualTo("AMD EPYC 7B13");
        assertThat(Machine.cpuModel("processor\t: 0\n")).isEqualTo("unknown");
    }
}
