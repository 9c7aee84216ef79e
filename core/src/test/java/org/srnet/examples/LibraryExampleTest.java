package org.srnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.method.Methods;
import org.srnet.method.OnlineSegmenter;
import org.srnet.method.SegmentationModel;
import org.srnet.methods.framediff.MovingSquares;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.video.Sources;
import org.srnet.video.VideoFrame;
import org.srnet.video.VideoSource;

/** The README's library example, compiled and run with both methods; and a check that the README shows this code. */
class LibraryExampleTest {
    private static final Pattern LINE = Pattern.compile("frame (\\d+): track (\\d+), category (\\d+), score (\\d\\.\\d\\d), (\\d+) pixels");

    static void example(Path modelDir, Path videoPath) {
        // README-BEGIN
        try (SegmentationModel model = Methods.load(modelDir, List.of());
                VideoSource video = Sources.open(videoPath).get(0);
                OnlineSegmenter segmenter = model.open()) {
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

    /** The lines the example prints for {@code frames} frames of two sliding squares. */
    private static List<String> run(Path modelDir, Path dir, int frames) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("frames"));
        MovingSquares scene = new MovingSquares(7);
        for (int t = 0; t < frames; t++) {
            ImageIO.write(scene.frame(t), "png", folder.resolve(t + ".png").toFile());
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            example(modelDir, folder);
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theBaselineFindsBothSquaresInEveryFrameOnceItsHistoryIsFull(@TempDir Path dir) throws Exception {
        List<String> lines = run(Path.of("models/frame-difference"), dir, 16);
        int[] perFrame = new int[16];
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            int frame = Integer.parseInt(m.group(1));
            perFrame[frame]++;
            assertThat(m.group(3)).as("class-agnostic").isEqualTo("0");
            if (frame >= 9) {
                // a 20×20 square, plus at most a ring of 4-pixel cells: 400 to 28×28 pixels
                assertThat(Integer.parseInt(m.group(5))).as(line).isBetween(400, 784);
            }
        }
        assertThat(perFrame[0]).as("the first frame has no background yet").isZero();
        for (int t = 9; t < 16; t++) {
            assertThat(perFrame[t]).as("objects in frame %d", t).isEqualTo(2);
        }
    }

    @Test
    void theSameCodeRunsAnSrnetModel(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("model");
        try (SrNetModel model = SrNetModel.create(TinyModels.vis(2), List.of("disc", "box"), 1)) {
            model.metadata().put("input_width", 96);
            model.metadata().put("input_height", 64);
            // An untrained network is sure of nothing: let every seed through so the example has objects to print.
            model.metadata().put("segmenter_options", List.of("inference.minScore=0", "inference.foregroundGate=0",
                    "inference.minTrackLength=1"));
            model.save(modelDir);
        }
        List<String> lines = run(modelDir, dir, 3);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(Integer.parseInt(m.group(3))).as("a category of the two").isBetween(1, 2);
        }
    }

    @Test
    void readmeShowsThisExample() throws Exception {
        Path source = Path.of("core/src/test/java/org/srnet/examples/LibraryExampleTest.java");
        List<String> lines = Files.readAllLines(source);
        int begin = lines.indexOf("        // README-BEGIN");
        int end = lines.indexOf("        // README-END");
        assertThat(end - begin).isGreaterThan(5);
        String readme = Files.readString(Path.of("README.md"));
        for (String line : lines.subList(begin + 1, end)) {
            assertThat(readme).as("README.md shows the library example").contains(line.substring(8));
        }
    }
}
