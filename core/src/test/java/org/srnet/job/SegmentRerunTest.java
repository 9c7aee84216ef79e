package org.srnet.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.UserError;
import org.srnet.config.Overrides;
import org.srnet.methods.srnet.SrNetInference;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;
import org.srnet.video.ImageFolderSource;
import org.srnet.video.Sources;
import org.srnet.video.VideoSource;

/**
 * Re-runs into one output folder give what the latest settings would give, and {@code results.json} always holds
 * every finished video: issue 14's rows on stale results, lost results and a stale merge after a kill.
 */
class SegmentRerunTest {
    private static final Set<OutputFormat> FORMATS = EnumSet.of(OutputFormat.DAVIS, OutputFormat.YTVIS);
    private static SrNetModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void tinyModel() {
        model = SrNetModel.create(TinyModels.vis(2), List.of("a", "b"), 3);
        model.metadata().put("input_width", 64);
        model.metadata().put("input_height", 64);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    /** A folder of two 64×48 frames with a bright square (a random model still seeds instances at minScore 0). */
    static Path frames(Path parent, String name) throws Exception {
        Path folder = Files.createDirectories(parent.resolve(name));
        for (int i = 0; i < 2; i++) {
            BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.ORANGE);
            g.fillRect(10 + 4 * i, 8, 20, 20);
            g.dispose();
            ImageIO.write(img, "png", folder.resolve(i + ".png").toFile());
        }
        return folder;
    }

    private static SegmenterOptions options(String minScore) {
        // An untrained model: every seed counts, and a track is written from its first frame (no gate, no confirmation).
        return Overrides.apply(SegmenterOptions.forModel(model), List.of("inference.minScore=" + minScore,
                "inference.foregroundGate=0", "inference.minTrackLength=1"));
    }

    private static SrNetInference srnet(String minScore) {
        return new SrNetInference(model, options(minScore), false);
    }

    private static List<VideoSource> open(Path... inputs) {
        List<VideoSource> out = new ArrayList<>();
        for (Path p : inputs) {
            out.addAll(Sources.open(p));
        }
        return out;
    }

    private static Set<Long> videoIds(Path results) throws Exception {
        Set<Long> ids = new TreeSet<>();
        for (JsonNode t : new ObjectMapper().readTree(results.toFile())) {
            ids.add(t.get("video_id").asLong());
        }
        return ids;
    }

    @Test
    void aReRunWithOtherOptionsOrAnotherModelSegmentsAgain() throws Exception {
        Path a = frames(dir, "clipA");
        Path out = dir.resolve("out");
        List<String> notes = new ArrayList<>();
        SegmentListener listener = new SegmentListener() {
            @Override
            public void note(String message) {
                notes.add(message);
            }
        };
        List<VideoSummary> first = new SegmentVideos(srnet("0"), FORMATS, out).run(open(a), listener);
        assertThat(first.get(0).skipped()).isFalse();
        assertThat(new SegmentVideos(srnet("0"), FORMATS, out).run(open(a)).get(0).skipped()).isTrue();

        List<VideoSummary> otherOptions = new SegmentVideos(srnet("0.5"), FORMATS, out).run(open(a), listener);
        assertThat(otherOptions.get(0).skipped()).as("stale results from minScore 0 kept").isFalse();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("clipA").contains("the options (inference.minScore 0.0 → 0.5)"));

        try (SrNetModel other = SrNetModel.create(TinyModels.vis(2), List.of("a", "b"), 4)) {
            other.metadata().putAll(model.metadata());
            SegmenterOptions same = Overrides.apply(SegmenterOptions.forModel(other), List.of("inference.minScore=0.5"));
            List<VideoSummary> otherModel = new SegmentVideos(new SrNetInference(other, same, false), FORMATS, out).run(open(a), listener);
            assertThat(otherModel.get(0).skipped()).as("stale results from another model kept").isFalse();
        }
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("the model"));

        Files.setLastModifiedTime(a.resolve("1.png"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(new SegmentVideos(srnet("0"), FORMATS, out).run(open(a)).get(0).skipped())
                .as("a changed frame file").isFalse();
    }

    @Test
    void anotherInputIntoTheSameFolderAddsToResultsJson() throws Exception {
        Path out = dir.resolve("out");
        List<VideoSummary> first = new SegmentVideos(srnet("0"), FORMATS, out).run(open(frames(dir, "clipA")));
        List<VideoSummary> second = new SegmentVideos(srnet("0"), FORMATS, out).run(open(frames(dir, "clipB")));
        assertThat(first.get(0).tracks()).as("the test needs tracks to tell videos apart").isPositive();
        assertThat(second.get(0).tracks()).isPositive();
        assertThat(videoIds(out.resolve(SegmentVideos.RESULTS_JSON))).as("clipA's results lost").containsExactly(1L, 2L);
        assertThat(out.resolve("davis/clipA")).isDirectory();
        assertThat(out.resolve("davis/clipB")).isDirectory();
    }

    @Test
    void noStaleResultsJsonWhileARunIsUnderWay() throws Exception {
        Path out = dir.resolve("out");
        Path a = frames(dir, "clipA");
        Path b = frames(dir, "clipB");
        new SegmentVideos(srnet("0"), FORMATS, out).run(open(a));
        Path results = out.resolve(SegmentVideos.RESULTS_JSON);
        assertThat(videoIds(results)).containsExactly(1L);
        List<Boolean> existedMidRun = new ArrayList<>();
        new SegmentVideos(srnet("0"), FORMATS, out).run(open(a, b), new SegmentListener() {
            @Override
            public void ended(VideoSummary summary) {
                // what a kill -9 at this moment would leave behind
                existedMidRun.add(Files.exists(results));
            }
        });
        assertThat(existedMidRun).as("an older results.json that looks complete").containsExactly(false, false);
        assertThat(videoIds(results)).containsExactly(1L, 2L);
        new SegmentVideos(srnet("0"), FORMATS, out).run(open(a, b));
        assertThat(videoIds(results)).as("rewritten after a run with nothing left to do").containsExactly(1L, 2L);
    }

    @Test
    void aFailureInALaterVideoKeepsTheEarlierOnesInResultsJson() throws Exception {
        Path out = dir.resolve("out");
        Path a = frames(dir, "clipA");
        Path broken = frames(dir, "clipBroken");
        Files.write(broken.resolve("1.png"), Arrays.copyOf(Files.readAllBytes(broken.resolve("1.png")), 60));
        assertThatThrownBy(() -> new SegmentVideos(srnet("0"), FORMATS, out).run(open(a, broken)))
                .isInstanceOf(UserError.class).hasMessageContaining("1.png");
        assertThat(videoIds(out.resolve(SegmentVideos.RESULTS_JSON))).containsExactly(1L);
        assertThat(out.resolve("davis/clipA/1.png")).isRegularFile();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".spill"))).as("the writers' spill files").isEmpty();
        }
    }

    @Test
    void outputsThatWouldCollideAreRefusedBeforeAnyWork() throws Exception {
        Path a = frames(dir, "clipA");
        List<Path> files = List.of(a.resolve("0.png"), a.resolve("1.png"));
        Path out = dir.resolve("out");
        List<VideoSource> sameName = List.of(ImageFolderSource.ofFiles("x/y", files, 10, OptionalLong.empty(), a),
                ImageFolderSource.ofFiles("x_y", files, 10, OptionalLong.empty(), a));
        assertThatThrownBy(() -> new SegmentVideos(srnet("0"), FORMATS, out).run(sameName))
                .isInstanceOf(UserError.class).hasMessageContaining("'x/y' and 'x_y'");
        assertThat(out).doesNotExist();

        Path json = dir.resolve("one.json");
        new SegmentVideos(srnet("0"), FORMATS, out).run(List.of(
                ImageFolderSource.ofFiles("first", files, 10, OptionalLong.of(3), json)));
        assertThatThrownBy(() -> new SegmentVideos(srnet("0"), FORMATS, out).run(List.of(
                ImageFolderSource.ofFiles("second", files, 10, OptionalLong.of(3), json))))
                .isInstanceOf(UserError.class).hasMessageContaining("video_id 3").hasMessageContaining("'first'");
        assertThat(out.resolve("davis/second")).doesNotExist();
    }

    @Test
    void aVideoNamedToClimbOutWritesInsideTheOutputFolder() throws Exception {
        Path a = frames(dir, "clipA");
        Path out = dir.resolve("deep/out");
        VideoSource climbing = ImageFolderSource.ofFiles("../../escaped", List.of(a.resolve("0.png"), a.resolve("1.png")),
                10, OptionalLong.empty(), a);
        new SegmentVideos(srnet("0"), EnumSet.allOf(OutputFormat.class), out).run(List.of(climbing));
        assertThat(dir.resolve("escaped")).doesNotExist();
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(Files::isRegularFile).filter(p -> !p.startsWith(out) && !p.startsWith(a)))
                    .as("files written outside --out").isEmpty();
        }
        assertThat(out.resolve("davis/_._.._escaped/0.png")).isRegularFile();
        assertThat(out.resolve("videos/_._.._escaped.mp4")).isRegularFile();
    }
}
