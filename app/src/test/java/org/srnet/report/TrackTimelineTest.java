package org.srnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.srnet.mask.Rle;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;

class TrackTimelineTest {

    private static SegmentedInstance uvos(int track) {
        byte[] m = new byte[4 * 4];
        m[track] = 1;
        return new SegmentedInstance(track, Rle.encode(m, 4, 4), 0, 0.5, new float[0]);
    }

    private static FrameResult frame(int t, SegmentedInstance... instances) {
        return new FrameResult(t, String.valueOf(t), 4, 4, List.of(instances));
    }

    @Test
    void runsAreMaximalAndInclusive() {
        assertThat(TrackTimeline.runs(new boolean[] {true, true, false, true, false, false, true}))
                .containsExactly(new int[] {0, 1}, new int[] {3, 3}, new int[] {6, 6});
        assertThat(TrackTimeline.runs(new boolean[] {false, false})).isEmpty();
    }

    @Test
    void uvosRowsAreLabelledByIdAloneAndOrderedById() {
        List<FrameResult> frames = List.of(frame(0, uvos(5)), frame(1, uvos(5), uvos(2)), frame(2, uvos(2)));
        String svg = TrackTimeline.svg(frames, c -> "never used", List.of(1));
        assertThat(svg).contains("<text class=\"label\" x=\"150\" y=\"16\">#2</text>")
                .contains("<text class=\"label\" x=\"150\" y=\"36\">#5</text>")
                .doesNotContain("never used");
        assertThat(svg.indexOf("data-track=\"2\"")).isLessThan(svg.indexOf("data-track=\"5\""));
        // 3 frames over 778 units: track 2 covers frames 1–2, starting one cell (259.33) right of the plot's left edge
        assertThat(svg).contains("class=\"alive\" x=\"429.33\" y=\"9\" width=\"518.67\"");
        // one guide, at the centre of frame 1
        assertThat(svg).contains("<line class=\"guide\" x1=\"559\" y1=\"6\" x2=\"559\" y2=\"46\"/>");
    }

    @Test
    void aVideoWithoutObjectsSaysSo() {
        String svg = TrackTimeline.svg(List.of(frame(0), frame(1)), c -> "x", List.of());
        assertThat(svg).contains("no objects found").doesNotContain("class=\"track\"");
    }
}
