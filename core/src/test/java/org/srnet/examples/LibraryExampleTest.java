package org.srnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.methods.srnet.infer.Segmenter;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.ModelConfig;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.video.Sources;
import org.srnet.video.VideoFrame;
import org.srnet.video.VideoSource;

/** The README's library example, compiled and run; and a check that the README shows exactly this code. */
class LibraryExampleTest {

    static void example(Path modelDir, Path videoPath) {
        // README-BEGIN
        try (SrNetModel model = SrNetModel.load(modelDir);
                VideoSource video = Sources.open(videoPath).get(0);
                Segmenter segmenter = Segmenter.open(model, SegmenterOptions.forModel(model))) {
            for (VideoFrame frame : video) {
                FrameResult result = segmenter.next(frame);
                for (SegmentedInstance object : result.instances()) {
                    System.out.printf("frame %d: track %d, category %d, score %.2f, %d pixels%n", result.frameIndex(),
                            object.trackId(), object.category(), object.score(), object.mask().area());
                }
            }
        }
        // README-END
    }

    @Test
    void exampleRunsOnAFolderOfFrames(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("model");
        ModelConfig tiny = new ModelConfig(18, 8, 16, 16, 8, 2, 0.3, 2, false, true, true, 0.25, true);
        try (SrNetModel model = SrNetModel.create(tiny, List.of("disc", "box"), 1)) {
            model.metadata().put("input_width", 96);
            model.metadata().put("input_height", 64);
            model.save(modelDir);
        }
        Path frames = Files.createDirectories(dir.resolve("frames"));
        for (int i = 0; i < 3; i++) {
            BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.RED);
            g.fillOval(10 + 5 * i, 20, 30, 30);
            g.dispose();
            ImageIO.write(img, "png", frames.resolve(i + ".png").toFile());
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            example(modelDir, frames);
        } finally {
            System.setOut(stdout);
        }
        // a random model may or may not find objects; every line it prints is well formed
        for (String line : captured.toString(StandardCharsets.UTF_8).lines().toList()) {
            assertThat(line).matches("frame [0-2]: track \\d+, category [0-2], score \\d\\.\\d\\d, \\d+ pixels");
        }
    }

    @Test
    void readmeShowsThisExample() throws Exception {
        Path source = Path.of("core/src/test/java/org/srnet/examples/LibraryExampleTest.java");
        List<String> lines = Files.readAllLines(source);
        int begin = lines.indexOf("        // README-BEGIN");
        int end = lines.indexOf("        // README-END");
        String readme = Files.readString(Path.of("README.md"));
        for (String line : lines.subList(begin + 1, end)) {
            assertThat(readme).as("README.md shows the library example").contains(line.substring(8));
        }
    }
}
