package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.srnet.geometry.GaussianHeatmap.RadiusRule;

class PreviousHeatmapTest {

    @Test
    void oneStampPerInstanceAtItsMassCentreWithTheBoxRadius() {
        // Box 10×10 → CenterTrack radius 2.7332 → r = 2, profile 1, 0.486752, 0.056135.
        float[] map = PreviousHeatmap.render(List.of(new PreviousHeatmap.Stamp(5.7, 4.2, 10, 10, 1)), 12, 8,
                RadiusRule.CENTERTRACK, 0.7);
        assertThat(map[4 * 12 + 5]).isEqualTo(1f);
        assertThat(map[4 * 12 + 6]).isCloseTo(0.486752f, offset(1e-6f));
        assertThat(map[4 * 12 + 7]).isCloseTo(0.056135f, offset(1e-6f));
        assertThat(map[4 * 12 + 8]).isZero();
        assertThat(map[2 * 12 + 5]).isCloseTo(0.056135f, offset(1e-6f));
        assertThat(map[1 * 12 + 5]).isZero();
    }

    @Test
    void overlappingStampsCombineByMaximumAndEmptyListGivesZeros() {
        List<PreviousHeatmap.Stamp> two = List.of(new PreviousHeatmap.Stamp(3, 3, 10, 10, 1),
                new PreviousHeatmap.Stamp(4, 3, 10, 10, 1));
        float[] map = PreviousHeatmap.render(two, 10, 8, RadiusRule.CENTERTRACK, 0.7);
        assertThat(map[3 * 10 + 3]).isEqualTo(1f);
        assertThat(map[3 * 10 + 4]).isEqualTo(1f);
        assertThat(map[3 * 10 + 5]).isCloseTo(0.486752f, offset(1e-6f));
        assertThat(PreviousHeatmap.render(List.of(), 10, 8, RadiusRule.CENTERTRACK, 0.7)).containsOnly(0f);
    }

    @Test
    void fromInstancesUsesMaskBox() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(20, 10, 29, 19, 0.6, 0.4, 0, 25, 15, 0.99f);
        List<TrackedInstance> t = new Tracker(InferenceOptions.DEFAULT).update(new Clustering(InferenceOptions.DEFAULT).cluster(f.maps()));
        float[] map = PreviousHeatmap.fromInstances(t, 40, 24, InferenceOptions.DEFAULT);
        // Mass centre (24.5, 14.5) truncates to (24, 14); box 10×10 → r = 2.
        assertThat(map[14 * 40 + 24]).isEqualTo(1f);
        assertThat(map[14 * 40 + 26]).isCloseTo(0.056135f, offset(1e-6f));
        assertThat(map[14 * 40 + 27]).isZero();
    }
}
