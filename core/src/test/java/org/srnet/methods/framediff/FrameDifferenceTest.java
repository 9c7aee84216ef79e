package org.srnet.methods.framediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.UserError;
import org.srnet.mask.Rle;
import org.srnet.method.Method;
import org.srnet.method.Methods;
import org.srnet.method.OnlineSegmenter;
import org.srnet.method.SegmentationModel;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.video.VideoFrame;

/** The baseline through the method seam: registry, loading, and what it finds in a scene it is built for. */
class FrameDifferenceTest {

    @Test
    void theRegistryListsBothMethodsAndDispatchesByModelJson(@TempDir Path dir) {
        assertThat(Methods.all()).extracting(Method::name).containsExactly("frame-difference", "srnet");
        assertThat(Methods.methodOf(Path.of("models/cpu-small"))).as("no method entry: SRNet").isEqualTo("srnet");
        assertThat(Methods.methodOf(Path.of("models/frame-difference"))).isEqualTo(FrameDifferenceMethod.NAME);
        assertThat(Methods.methodOf(dir.resolve("absent"))).isEqualTo("srnet");
        assertThatThrownBy(() -> Methods.get("stem-seg")).isInstanceOf(UserError.class)
                .hasMessageContaining("known methods: frame-difference, srnet");
        try (SegmentationModel m = Methods.load(Path.of("models/frame-difference"), List.of("threshold=0.2"))) {
            assertThat(m.method()).isEqualTo(FrameDifferenceMethod.NAME);
            assertThat(m.optionsJson()).contains("\"threshold\":0.2");
            assertThat(m.categories()).isEmpty();
        }
    }

    @Test
    void theBundledModelIsWhatSaveWrites(@TempDir Path dir) throws Exception {
        FrameDifferenceMethod.save(dir, FrameDifferenceOptions.DEFAULT);
        assertThat(java.nio.file.Files.readString(dir.resolve("model.json")))
                .isEqualTo(java.nio.file.Files.readString(Path.of("models/frame-difference/model.json")));
        try (SegmentationModel saved = Methods.load(dir, List.of());
                SegmentationModel bundled = Methods.load(Path.of("models/frame-difference"), List.of())) {
            assertThat(saved.digest()).isEqualTo(bundled.digest());
            try (SegmentationModel other = Methods.load(dir, List.of("minCells=7"))) {
                assertThat(other.digest()).isNotEqualTo(saved.digest());
            }
        }
    }

    @Test
    void twoSlidingSquaresBecomeTwoStableTracksWithTheirMasks() {
        MovingSquares scene = new MovingSquares(5);
        try (SegmentationModel model = Methods.load(Path.of("models/frame-difference"), List.of());
                OnlineSegmenter segmenter = model.open()) {
            FrameResult first = segmenter.next(new VideoFrame(0, "00000", scene.frame(0)));
            assertThat(first.instances()).as("the first frame only sets the background").isEmpty();
            int[] trackOfLabel = new int[3];
            for (int t = 1; t < 20; t++) {
                FrameResult r = segmenter.next(new VideoFrame(t, String.format("%05d", t), scene.frame(t)));
                if (t < 9) {
                    // Until the history holds 9 frames, a square covered some cells in more than half of them: the
                    // background there is the square, which then shows as a ghost behind it.
                    assertThat(r.instances()).hasSizeGreaterThanOrEqualTo(2);
                    continue;
                }
                assertThat(r.instances()).as("frame %d", t).hasSize(2);
                for (int label = 1; label <= 2; label++) {
                    Rle truth = Rle.encode(square(MovingSquares.labels(t).labels(), label), MovingSquares.HEIGHT,
                            MovingSquares.WIDTH);
                    SegmentedInstance best = r.instances().stream()
                            .max((a, b) -> Double.compare(Rle.iou(a.mask(), truth, false), Rle.iou(b.mask(), truth, false)))
                            .orElseThrow();
                    // Cells of 4 px add at most a ring around the square.
                    assertThat(Rle.iou(best.mask(), truth, false)).as("frame %d, square %d", t, label).isGreaterThan(0.7);
                    if (trackOfLabel[label] == 0) {
                        trackOfLabel[label] = best.trackId();
                    }
                    assertThat(best.trackId()).as("square %d keeps its track", label).isEqualTo(trackOfLabel[label]);
                    assertThat(best.category()).isZero();
                    assertThat(best.score()).isBetween(0.0, 1.0);
                }
            }
            assertThat(trackOfLabel[1]).isNotEqualTo(trackOfLabel[2]);
        }
    }

    private static byte[] square(byte[] labels, int label) {
        byte[] m = new byte[labels.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) (labels[i] == label ? 1 : 0);
        }
        return m;
    }
}
