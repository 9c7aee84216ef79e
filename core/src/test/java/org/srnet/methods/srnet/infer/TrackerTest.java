package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrackerTest {
    /** Algorithm 1's tracker with its optional gate and class check on (both are off by default). */
    private static final InferenceOptions GATED = InferenceOptions.DEFAULT.withTracker(TrackerMode.PAPER, 0, 1, 4.0)
            .withGate(true).withClassCheck(true);

    /** An instance at grid centre (x, y) whose tracking vector points back to (px, py), area 0.04 grid units². */
    private static Instance at(double x, double y, double px, double py, double score, int category) {
        float[] probs = category == 0 ? new float[0] : new float[] {category == 1 ? 0.9f : 0.1f, category == 2 ? 0.9f : 0.1f};
        return new Instance(2, 2, new byte[4], 1, score, 0, 0, 0, x, y, px, py, 0.04, new int[] {0, 0, 0, 0}, category, probs,
                new float[2], new float[2]);
    }

    private static List<Integer> ids(List<TrackedInstance> t) {
        return t.stream().map(TrackedInstance::trackId).toList();
    }

    @Test
    void keepsIdsThroughTwoObjectsCrossing() {
        Tracker tracker = new Tracker(GATED);
        // Frame 0: A left, B right.
        assertThat(ids(tracker.update(List.of(at(-0.5, 0, -0.5, 0, 0.9, 0), at(0.5, 0, 0.5, 0, 0.85, 0))))).containsExactly(1, 2);
        // Frame 1: they meet near the middle; B now seeds first. Tracking vectors point at last frame's centres.
        List<TrackedInstance> t1 = tracker.update(List.of(at(0.05, 0, 0.5, 0, 0.95, 0), at(-0.05, 0, -0.5, 0, 0.9, 0)));
        assertThat(ids(t1)).containsExactly(2, 1);
        // Frame 2: they have crossed: A is right of B. Nearest *centre* would swap them; tracking points do not.
        List<TrackedInstance> t2 = tracker.update(List.of(at(-0.4, 0, 0.02, 0, 0.9, 0), at(0.4, 0, -0.02, 0, 0.9, 0)));
        assertThat(ids(t2)).containsExactly(2, 1);
    }

    @Test
    void newObjectGetsNewIdAndVanishedIdIsNeverReused() {
        Tracker tracker = new Tracker(GATED);
        tracker.update(List.of(at(-0.5, 0, -0.5, 0, 0.9, 0), at(0.5, 0, 0.5, 0, 0.9, 0)));
        // B vanishes, C appears far away.
        assertThat(ids(tracker.update(List.of(at(-0.5, 0, -0.5, 0, 0.9, 0), at(0, 0.8, 0, 0.8, 0.9, 0))))).containsExactly(1, 3);
        // B comes back exactly where it was: only the previous frame counts, so it is a new track.
        assertThat(ids(tracker.update(List.of(at(0.5, 0, 0.5, 0, 0.9, 0), at(-0.5, 0, -0.5, 0, 0.9, 0))))).containsExactly(4, 1);
        assertThat(tracker.nextId()).isEqualTo(5);
        tracker.reset();
        assertThat(ids(tracker.update(List.of(at(0, 0, 0, 0, 0.9, 0))))).containsExactly(1);
    }

    @Test
    void gateRefusesFarMatchesUnlessSwitchedOff() {
        // Area 0.04 → gate distance 0.2; the tracking point lands 0.3 away.
        Tracker gated = new Tracker(GATED);
        gated.update(List.of(at(0, 0, 0, 0, 0.9, 0)));
        assertThat(ids(gated.update(List.of(at(0.3, 0, 0.3, 0, 0.9, 0))))).containsExactly(2);
        Tracker open = new Tracker(GATED.withGate(false));
        open.update(List.of(at(0, 0, 0, 0, 0.9, 0)));
        assertThat(ids(open.update(List.of(at(0.3, 0, 0.3, 0, 0.9, 0))))).containsExactly(1);
        Tracker wide = new Tracker(GATED.withGateFactor(2.5));
        wide.update(List.of(at(0, 0, 0, 0, 0.9, 0)));
        assertThat(ids(wide.update(List.of(at(0.3, 0, 0.3, 0, 0.9, 0))))).containsExactly(1);
    }

    @Test
    void classCheckInVisMode() {
        Tracker tracker = new Tracker(GATED);
        tracker.update(List.of(at(0, 0, 0, 0, 0.9, 1)));
        assertThat(ids(tracker.update(List.of(at(0, 0, 0, 0, 0.9, 2))))).containsExactly(2);
        Tracker lax = new Tracker(GATED.withClassCheck(false));
        lax.update(List.of(at(0, 0, 0, 0, 0.9, 1)));
        assertThat(ids(lax.update(List.of(at(0, 0, 0, 0, 0.9, 2))))).containsExactly(1);
    }

    @Test
    void closestPairWinsRegardlessOfDetectionOrder() {
        Tracker tracker = new Tracker(GATED.withGate(false));
        tracker.update(List.of(at(0, 0, 0, 0, 0.9, 0)));
        // The first (higher-score) detection is farther from track 1 than the second one.
        assertThat(ids(tracker.update(List.of(at(0.1, 0, 0.1, 0, 0.95, 0), at(0.05, 0, 0.05, 0, 0.9, 0))))).containsExactly(2, 1);
    }

    @Test
    void optionsValidateAndNameTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InferenceOptions.DEFAULT.withMinScore(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minScore");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InferenceOptions.DEFAULT.withGateFactor(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateFactor");
        assertThat(InferenceOptions.DEFAULT.withMaxInstances(5).maxInstances()).isEqualTo(5);
        assertThat(InferenceOptions.DEFAULT.minScore()).isEqualTo(0.8);
        assertThat(InferenceOptions.DEFAULT.minPixels()).isEqualTo(8);
    }
}
