package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EvalCommandTest {

    /** Runs the CLI, returning exit code, stdout and stderr. */
    static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static LabelMap square(int label, int w, int h, int x0, int y0, int size) {
        byte[] m = new byte[w * h];
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                m[y * w + x] = (byte) label;
            }
        }
        return new LabelMap(w, h, m);
    }

    @Test
    void davisPrintsTheTablesWritesJsonAndFailsOnTooManyProposals(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("davis");
        Path res = dir.resolve("res");
        Files.createDirectories(root.resolve("ImageSets/2017"));
        Files.writeString(root.resolve("ImageSets/2017/val.txt"), "bear\n");
        LabelMap gt = square(1, 40, 30, 5, 5, 10);
        PalettePng.write(root.resolve("Annotations_unsupervised/480p/bear/00000.png"), gt);
        PalettePng.write(res.resolve("bear/00000.png"), square(2, 40, 30, 5, 5, 10));
        Path json = dir.resolve("out/davis.json");

        String[] r = run("eval", "davis", "--gt", root.toString(), "--pred", res.toString(), "--json", json.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("Global results for val").contains("J&F-Mean").contains("bear_1")
                .contains("1.000000");
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertThat(j.path("global").path("J&F-Mean").asDouble()).isEqualTo(1.0);
        assertThat(j.path("per_object").get(0).path("proposal").asInt()).isEqualTo(2);
        assertThat(j.path("diagnostics").path("bear").path("proposals").asInt()).isEqualTo(2);

        PalettePng.write(res.resolve("bear/00000.png"), square(21, 40, 30, 5, 5, 10));
        String[] bad = run("eval", "davis", "--gt", root.toString(), "--pred", res.toString());
        assertThat(bad[0]).isNotEqualTo("0");
        assertThat(bad[2]).contains("00000.png").contains("proposal id 21").doesNotContain("Exception");
    }

    @Test
    void ytvisPrintsTwelveLinesAndWritesStats(@TempDir Path dir) throws Exception {
        Path gt = dir.resolve("gt.json");
        Files.writeString(gt, """
                {"videos": [{"id": 1, "width": 2, "height": 2, "length": 1, "file_names": ["v/0.jpg"]}],
                 "categories": [{"id": 1, "name": "a"}],
                 "annotations": [{"id": 1, "video_id": 1, "category_id": 1, "iscrowd": 0,
                                  "segmentations": [{"size": [2, 2], "counts": [0, 2, 2]}], "areas": [2]}]}
                """);
        Path res = dir.resolve("res.json");
        Files.writeString(res, """
                [{"video_id": 1, "category_id": 1, "score": 0.5, "segmentations": [{"size": [2, 2], "counts": "022"}]}]
                """);
        Path json = dir.resolve("ytvis.json");
        String[] r = run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString(), "--json", json.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1].lines().filter(l -> l.startsWith(" Average")).count()).isEqualTo(12);
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertThat(j.path("stats").size()).isEqualTo(12);
        assertThat(j.path("stats").path("AP").asDouble()).isGreaterThan(0.999);
        assertThat(j.path("per_category_ap").path("1").asDouble()).isGreaterThan(0.999);

        Files.writeString(res, "[{\"video_id\": 9, \"category_id\": 1, \"score\": 1, \"segmentations\": []}]");
        String[] bad = run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString());
        assertThat(bad[0]).isNotEqualTo("0");
        assertThat(bad[2]).contains("res.json").contains("video_id 9");
    }
}
