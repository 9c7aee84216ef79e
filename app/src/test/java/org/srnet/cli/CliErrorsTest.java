package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;

import picocli.CommandLine;

/** Bad input ends in one clear line naming the file, exit code 1, and no stack trace. */
class CliErrorsTest {

    private record Run(int code, String err, String out) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(out));
        return new Run(cli.execute(args), err.toString(), out.toString());
    }

    @Test
    void aModelThatIsNotAModel(@TempDir Path dir) throws Exception {
        Path notAModel = Files.writeString(dir.resolve("weights.bin"), "hello");
        Run r = run("segment", "--model", notAModel.toString(), "--input", dir.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("srnet: ").contains("model.json is missing").doesNotContain("Exception");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void anOutputDirectoryThatCannotBeWritten(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("model");
        try (SrNetModel m = SrNetModel.create(TinyModels.uvos(),
                List.of(), 1)) {
            m.metadata().put("input_width", 64);
            m.metadata().put("input_height", 64);
            m.save(modelDir);
        }
        Path frames = Files.createDirectories(dir.resolve("clip"));
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", frames.resolve("0.png").toFile());
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the output folder should go");
        Run r = run("segment", "--model", modelDir.toString(), "--input", frames.toString(), "--out", blocked.toString(),
                "--format", "davis");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("srnet: ").contains("blocked").doesNotContain("Exception");
    }

    @Test
    void unknownPresetAndBadOverrideAndBadFormat(@TempDir Path dir) {
        Run preset = run("train", "--preset", "huge", "--data", dir.toString(), "--out", dir.resolve("o").toString());
        assertThat(preset.code()).isEqualTo(1);
        assertThat(preset.err()).contains("unknown preset 'huge'").contains("cpu-small");
        Run set = run("train", "--data", dir.toString(), "--out", dir.resolve("o").toString(), "--set", "model.depth=3");
        assertThat(set.err()).contains("unknown key").contains("model.backbone");
        Run format = run("segment", "--model", dir.toString(), "--input", dir.toString(), "--out", dir.toString(), "--format", "gif");
        assertThat(format.code()).isEqualTo(1);
    }

    @Test
    void unrecognisedTrainingDataIsNamed(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        Run r = run("train", "--data", empty.toString(), "--out", dir.resolve("o").toString(), "--iterations", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nothing-here").doesNotContain("Exception");
    }
}
