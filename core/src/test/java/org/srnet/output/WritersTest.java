package org.srnet.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.mask.Rle;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.result.TrackSummary;

class WritersTest {
    @TempDir
    Path tmp;

    private static final int W = 7;
    private static final int H = 5;

    private static byte[] box(int x0, int y0, int x1, int y1) {
        byte[] m = new byte[W * H];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                m[y * W + x] = 1;
            }
        }
        return m;
    }

    private static SegmentedInstance inst(int id, byte[] mask, double score, float... probs) {
        int category = 0;
        for (int c = 0; c < probs.length; c++) {
            if (category == 0 || probs[c] > probs[category - 1]) {
                category = c + 1;
            }
        }
        return new SegmentedInstance(id, Rle.encode(mask, H, W), category, score, probs);
    }

    @Test
    void trackSummaryScoreIsMeanOfSeedTimesClassProb() {
        List<FrameResult> frames = List.of(
                new FrameResult(0, "a", W, H, List.of(inst(1, box(0, 0, 1, 1), 0.9f, 0.8f, 0.2f))),
                new FrameResult(1, "b", W, H, List.of(inst(1, box(0, 0, 1, 1), 0.8f, 0.4f, 0.6f))));
        TrackSummary t = TrackSummary.of(frames).get(0);
        // Summed probabilities: class 1 1.2, class 2 0.8 → class 1; score (0.9·0.8 + 0.8·0.4) / 2 = 0.52.
        assertThat(t.category()).isEqualTo(1);
        assertThat(t.score()).isCloseTo(0.52, offset(1e-6));
        assertThat(t.frames()).isEqualTo(2);
    }

    @Test
    void davisPngsRoundTripToTheMasks() {
        byte[] a = box(0, 0, 2, 1);
        byte[] b = box(4, 2, 6, 4);
        List<FrameResult> frames = List.of(
                new FrameResult(0, "00000", W, H, List.of(inst(3, a, 0.9), inst(5, b, 0.95))),
                new FrameResult(1, "00001", W, H, List.of()));
        DavisSubmissionWriter w = new DavisSubmissionWriter(tmp.resolve("sub"));
        assertThat(w.isComplete("bear", List.of("00000", "00001"))).isFalse();
        w.write("bear", frames);
        assertThat(w.isComplete("bear", List.of("00000", "00001"))).isTrue();
        LabelMap l0 = PalettePng.read(tmp.resolve("sub/bear/00000.png"));
        // Track 3 → label 1, track 5 → label 2 (track-ID order).
        assertThat(l0.mask(1)).isEqualTo(a);
        assertThat(l0.mask(2)).isEqualTo(b);
        assertThat(l0.maxLabel(255)).isEqualTo(2);
        assertThat(PalettePng.read(tmp.resolve("sub/bear/00001.png")).maxLabel(255)).isZero();
        assertThat(tmp.resolve("sub/bear").toFile().list()).containsExactlyInAnyOrder("00000.png", "00001.png");
    }

    @Test
    void davisKeepsTheTwentyBestTracks() {
        List<SegmentedInstance> many = new ArrayList<>();
        for (int id = 1; id <= 25; id++) {
            byte[] m = new byte[W * H];
            m[id] = 1;
            // Tracks 1..5 score lowest.
            many.add(inst(id, m, id / 100.0));
        }
        Map<Integer, Integer> labels = DavisSubmissionWriter.labels(List.of(new FrameResult(0, "0", W, H, many)));
        assertThat(labels).hasSize(20).doesNotContainKeys(1, 2, 3, 4, 5);
        assertThat(labels.get(6)).isEqualTo(1);
        assertThat(labels.get(25)).isEqualTo(20);
    }

    @Test
    void ytvisResultsRoundTripThroughParts() {
        byte[] a = box(0, 0, 2, 1);
        byte[] b = box(4, 2, 6, 4);
        List<FrameResult> v1 = List.of(
                new FrameResult(0, "00000", W, H, List.of(inst(1, a, 0.9f, 0.1f, 0.7f))),
                new FrameResult(2, "00010", W, H, List.of(inst(1, b, 0.7f, 0.3f, 0.5f), inst(2, a, 0.6f, 0.9f, 0.05f))));
        Path results = tmp.resolve("out/results.json");
        YtvisResultsWriter w = new YtvisResultsWriter(results);
        assertThat(w.hasPart("v12")).isFalse();
        w.addVideo("v12", 12, 3, v1);
        w.addVideo("v4", 4, 1, List.of(new FrameResult(0, "x", W, H, List.of(inst(1, b, 0.5f, 0.5f, 0.4f)))));
        w.addVideo("unfinished", 5, 1, List.of(new FrameResult(0, "x", W, H, List.of(inst(1, b, 0.5f, 0.5f, 0.4f)))));
        assertThat(w.hasPart("v12")).isTrue();
        assertThat(Files.exists(results)).isFalse();
        assertThat(w.finish(List.of("v4", "v12"))).isEqualTo(3);

        List<YtvisTrack> back = YtvisResultsWriter.read(results);
        assertThat(back).hasSize(3);
        assertThat(back.get(0).videoId()).isEqualTo(4); // video-id order
        YtvisTrack t1 = back.get(1);
        assertThat(t1.videoId()).isEqualTo(12);
        assertThat(t1.categoryId()).isEqualTo(2);
        assertThat(t1.score()).isCloseTo((0.9 * 0.7 + 0.7 * 0.5) / 2, offset(1e-6));
        assertThat(t1.segmentations()).hasSize(3);
        assertThat(t1.segmentations().get(0).decode()).isEqualTo(a);
        assertThat(t1.segmentations().get(1)).isNull();
        assertThat(t1.segmentations().get(2).decode()).isEqualTo(b);
        YtvisTrack t2 = back.get(2);
        assertThat(t2.categoryId()).isEqualTo(1);
        assertThat(t2.segmentations().get(0)).isNull();
        assertThat(t2.segmentations().get(2)).isEqualTo(Rle.encode(a, H, W));
    }

    @Test
    void ytvisResultsUseCocoFieldNames() throws Exception {
        Path results = tmp.resolve("results.json");
        YtvisResultsWriter w = new YtvisResultsWriter(results);
        w.addVideo("a", 1, 1, List.of(new FrameResult(0, "0", W, H, List.of(inst(1, box(0, 0, 0, 0), 1.0f, 1.0f)))));
        w.finish(List.of("a"));
        String json = Files.readString(results);
        // Runs [0, 1, 34]: "0", "1", then 34 = 2 + 1·32 → chars 48+2+32 = 'R' and 48+1 = '1'.
        assertThat(json).isEqualTo("[{\"video_id\":1,\"score\":1.0,\"category_id\":1,\"segmentations\":"
                + "[{\"size\":[5,7],\"counts\":\"01R1\"}]}]");
        Files.writeString(results, "[{\"video_id\":1}]");
        assertThatThrownBy(() -> YtvisResultsWriter.read(results)).isInstanceOf(UserError.class).hasMessageContaining("entry 0");
    }

    @Test
    void overlayBlendsTrackColourAtHalfAlphaAndWritesFrames() throws Exception {
        BufferedImage frame = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        byte[] mask = new byte[40 * 30];
        mask[29 * 40 + 39] = 1;
        FrameResult r = new FrameResult(0, "00000", 40, 30,
                List.of(new SegmentedInstance(3, Rle.encode(mask, 30, 40), 0, 0.9, new float[0])));
        BufferedImage out = new OverlayRenderer(null).render(frame, r);
        Color c = OverlayRenderer.trackColor(3);
        Color got = new Color(out.getRGB(0, 0));
        assertThat(got).isEqualTo(Color.BLACK);
        // The label box covers the corner pixel, so check blending on a pixel inside a mask away from the label.
        byte[] big = new byte[40 * 30];
        for (int y = 20; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                big[y * 40 + x] = 1;
            }
        }
        FrameResult r2 = new FrameResult(0, "00000", 40, 30,
                List.of(new SegmentedInstance(3, Rle.encode(big, 30, 40), 0, 0.9, new float[0])));
        BufferedImage out2 = new OverlayRenderer(null).render(frame, r2);
        Color blended = new Color(out2.getRGB(39, 29));
        assertThat(blended.getRed()).isEqualTo(Math.round(c.getRed() * 0.5f));
        assertThat(blended.getGreen()).isEqualTo(Math.round(c.getGreen() * 0.5f));
        assertThat(new Color(out2.getRGB(39, 5))).isEqualTo(Color.BLACK);
        assertThat(OverlayRenderer.trackColor(3)).isEqualTo(c).isNotEqualTo(OverlayRenderer.trackColor(4));

        OverlayFrames files = new OverlayFrames(tmp.resolve("overlay"), "png");
        assertThat(files.isComplete(List.of("00000"))).isFalse();
        files.write("00000", out2);
        assertThat(files.isComplete(List.of("00000"))).isTrue();
        BufferedImage back = ImageIO.read(files.file("00000").toFile());
        assertThat(back.getRGB(39, 29)).isEqualTo(out2.getRGB(39, 29));
    }

    @Test
    void tracksNeverConfirmedAreLeftOutOfBothFormats() {
        byte[] a = box(0, 0, 2, 1);
        byte[] b = box(4, 2, 6, 4);
        Rle ra = Rle.encode(a, H, W);
        Rle rb = Rle.encode(b, H, W);
        // Track 1 is tentative in its first frame and confirmed in its second; track 2 is never confirmed.
        List<FrameResult> frames = List.of(
                new FrameResult(0, "00000", W, H, List.of(new SegmentedInstance(1, ra, 0, 0.9, new float[0], true),
                        new SegmentedInstance(2, rb, 0, 0.95, new float[0], true))),
                new FrameResult(1, "00001", W, H, List.of(new SegmentedInstance(1, ra, 0, 0.9, new float[0], false))));
        assertThat(TrackSummary.of(frames)).extracting(TrackSummary::confirmed).containsExactly(true, false);
        assertThat(DavisSubmissionWriter.labels(frames)).containsOnlyKeys(1);
        new DavisSubmissionWriter(tmp.resolve("sub")).write("v", frames);
        // The confirmed track keeps the frame in which it was still tentative.
        assertThat(PalettePng.read(tmp.resolve("sub/v/00000.png")).labels()).isEqualTo(a);
        YtvisResultsWriter ytvis = new YtvisResultsWriter(tmp.resolve("results.json"));
        ytvis.addVideo("v", 7, 2, frames);
        ytvis.finish(List.of("v"));
        List<YtvisTrack> tracks = YtvisResultsWriter.read(tmp.resolve("results.json"));
        assertThat(tracks).hasSize(1);
        assertThat(tracks.get(0).segmentations()).containsExactly(ra, ra);
    }
}
