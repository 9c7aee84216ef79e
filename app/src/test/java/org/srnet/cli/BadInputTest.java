package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;

/** Issue 14's bad-input rows that end in the CLI: one line naming the file and the problem, nothing harmed. */
class BadInputTest {

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Path tinyModel(Path dir) {
        try (SrNetModel m = SrNetModel.create(TinyModels.vis(1), List.of("thing"), 1)) {
            m.metadata().put("input_width", 64);
            m.metadata().put("input_height", 64);
            m.save(dir);
        }
        return dir;
    }

    private static Path png(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void ytvisFileNamesThatClimbOutOrAreAbsoluteAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path model = tinyModel(dir.resolve("model"));
        Path victim = png(dir.resolve("victim/00000.png"));
        byte[] victimBytes = Files.readAllBytes(victim);
        png(dir.resolve("data/JPEGImages/v1/00000.png"));
        List<Path> before = filesUnder(dir);
        Path json = dir.resolve("data/valid.json");
        for (String name : List.of("../../victim/00000.png", victim.toString())) {
            Files.writeString(json, "{\"videos\": [{\"id\": 1, \"file_names\": [\"v1/00000.png\", \"" + name + "\"]}]}");
            Run r = run("segment", "--model", model.toString(), "--input", json.toString(), "--out",
                    dir.resolve("out").toString(), "--set", "inference.minScore=0");
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("srnet: " + json).contains("videos[0].file_names[1]").contains(name)
                    .doesNotContain("Exception");
            assertThat(r.err().lines().count()).isEqualTo(1);
            assertThat(Files.readAllBytes(victim)).as("the user's frame overwritten").isEqualTo(victimBytes);
            List<Path> after = new java.util.ArrayList<>(filesUnder(dir));
            after.removeIf(json::equals);
            assertThat(after).as("files written by the refused run").isEqualTo(before);
        }
    }

    @Test
    void trainRefusesAFolderHoldingAModel(@TempDir Path dir) throws Exception {
        Path model = tinyModel(dir.resolve("models/cpu-small"));
        byte[] weights = Files.readAllBytes(model.resolve(SrNetModel.WEIGHTS_FILE));
        Run r = run("train", "--data", dir.toString(), "--out", model.toString(), "--iterations", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("srnet: " + model).contains("holds a trained model").contains("--force")
                .contains("runs/cpu-small");
        Run resume = run("train", "--data", dir.toString(), "--out", model.toString(), "--resume");
        assertThat(resume.code()).isEqualTo(1);
        assertThat(resume.err()).contains("no checkpoint.safetensors to resume from");
        assertThat(Files.readAllBytes(model.resolve(SrNetModel.WEIGHTS_FILE))).isEqualTo(weights);
    }

    @Test
    void evalJsonThatCannotBeWrittenFailsBeforeEvaluating(@TempDir Path dir) throws Exception {
        Path gt = dir.resolve("gt.json");
        Files.writeString(gt, """
                {"videos": [{"id": 1, "width": 2, "height": 2, "length": 1, "file_names": ["v/0.jpg"]}],
                 "categories": [{"id": 1, "name": "a"}],
                 "annotations": [{"id": 1, "video_id": 1, "category_id": 1, "iscrowd": 0,
                                  "segmentations": [{"size": [2, 2], "counts": [0, 2, 2]}], "areas": [2]}]}
                """);
        Path res = Files.writeString(dir.resolve("res.json"),
                "[{\"video_id\": 1, \"category_id\": 1, \"score\": 0.5, \"segmentations\": [{\"size\": [2, 2], \"counts\": \"022\"}]}]");
        // a file where the folder should be: unwritable even for root, unlike a read-only folder
        Path blocked = Files.writeString(dir.resolve("blocked"), "");
        Path json = blocked.resolve("scores.json");
        Run r = run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString(), "--json", json.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).as("numbers printed, then lost").isEmpty();
        assertThat(r.err()).startsWith("srnet: " + json).contains("--json cannot be written").contains("is a file, not a folder")
                .contains("nothing was evaluated");
        Run folder = run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString(), "--json", dir.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.out()).isEmpty();
    }

    @Test
    void ytvisResultsWithUnknownOrNegativeCategoriesOrNegativeScoresAreOneMessage(@TempDir Path dir) throws Exception {
        Path gt = dir.resolve("gt.json");
        Files.writeString(gt, """
                {"videos": [{"id": 1, "width": 2, "height": 2, "length": 1, "file_names": ["v/0.jpg"]}],
                 "categories": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
                 "annotations": [{"id": 1, "video_id": 1, "category_id": 1, "iscrowd": 0,
                                  "segmentations": [{"size": [2, 2], "counts": [0, 2, 2]}], "areas": [2]}]}
                """);
        String seg = "\"segmentations\": [{\"size\": [2, 2], \"counts\": \"022\"}]";
        Path res = dir.resolve("res.json");
        Files.writeString(res, "[{\"video_id\": 1, \"category_id\": 1, \"score\": 0.5, " + seg + "},"
                + "{\"video_id\": 1, \"category_id\": 7, \"score\": 0.5, " + seg + "},"
                + "{\"video_id\": 1, \"category_id\": -1, \"score\": 0.5, " + seg + "},"
                + "{\"video_id\": 1, \"category_id\": 2, \"score\": -0.25, " + seg + "}]");
        Run r = run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).startsWith("srnet: " + res).contains("results[1] has category_id 7")
                .contains("does not declare").contains("[1, 2]").contains("3 entries in all are invalid");
        assertThat(r.out()).isEmpty();

        Files.writeString(res, "[{\"video_id\": 1, \"category_id\": 2, \"score\": -0.25, " + seg + "}]");
        assertThat(run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString()).err())
                .contains("results[0] has a negative score -0.25");
        Files.writeString(res, "[{\"video_id\": -3, \"category_id\": 2, \"score\": 0.25, " + seg + "}]");
        assertThat(run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString()).err())
                .contains("results[0] has video_id -3");
    }
}
