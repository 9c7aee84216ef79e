package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.srnet.geometry.SpatialGrid;

/** The persistent tracker on blocks of a 40×24 head map: memory, size gate, overlap ties, confirmation. */
class PersistentTrackerTest {
    private static final int W = 40;
    private static final int H = 24;
    private static final SpatialGrid GRID = SpatialGrid.of(W, H);
    /** Memory 2 frames, confirmed after 3 frames, areas within a factor 2. */
    private static final InferenceOptions OPTIONS = InferenceOptions.DEFAULT.withTracker(TrackerMode.PERSISTENT, 2, 3, 2.0);

    /** A block [x0, x1]×[y0, y1] whose tracking vector points back by (dx, dy) head pixels. */
    private static Instance block(int x0, int y0, int x1, int y1, double dx, double dy) {
        byte[] mask = new byte[W * H];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                mask[y * W + x] = 1;
            }
        }
        int area = (x1 - x0 + 1) * (y1 - y0 + 1);
        double col = (x0 + x1) / 2.0;
        double row = (y0 + y1) / 2.0;
        return new Instance(W, H, mask, area, 0.9, y0 * W + x0, col, row, GRID.x(col), GRID.y(row), GRID.x(col - dx),
                GRID.y(row - dy), area * GRID.spacingX() * GRID.spacingY(), new int[] {x0, y0, x1, y1}, 0, new float[0],
                new float[2], new float[2]);
    }

    private static List<Integer> ids(List<TrackedInstance> t) {
        return t.stream().map(TrackedInstance::trackId).toList();
    }

    @Test
    void aTrackSurvivesMissedFramesWithinItsMemory() {
        Tracker persistent = new Tracker(OPTIONS);
        Tracker paper = new Tracker(OPTIONS.withTracker(TrackerMode.PAPER, 0, 1, 2.0));
        for (Tracker t : List.of(persistent, paper)) {
            t.update(List.of(block(5, 5, 10, 10, 0, 0)));
            t.update(List.of(block(6, 5, 11, 10, 1, 0)));
            t.update(List.of()); // missed
        }
        assertThat(ids(persistent.update(List.of(block(7, 5, 12, 10, 0, 0))))).containsExactly(1);
        assertThat(ids(paper.update(List.of(block(7, 5, 12, 10, 0, 0))))).containsExactly(2);
        // Three frames missed is one more than the memory: the track has ended.
        for (int k = 0; k < 3; k++) {
            persistent.update(List.of());
        }
        assertThat(ids(persistent.update(List.of(block(7, 5, 12, 10, 0, 0))))).containsExactly(2);
    }

    @Test
    void matchesAreGatedByObjectSize() {
        Tracker tracker = new Tracker(OPTIONS);
        tracker.update(List.of(block(5, 5, 10, 10, 0, 0)));
        // Same place, but three times the area: not the same object.
        assertThat(ids(tracker.update(List.of(block(3, 3, 13, 13, 0, 0))))).containsExactly(2);
        // Right size, but its tracking point lands two object sizes away.
        Tracker far = new Tracker(OPTIONS);
        far.update(List.of(block(5, 5, 10, 10, 0, 0)));
        assertThat(ids(far.update(List.of(block(25, 5, 30, 10, 0, 0))))).containsExactly(2);
    }

    @Test
    void nearlyEqualDistancesAreDecidedByMaskOverlap() {
        Tracker tracker = new Tracker(OPTIONS);
        // A tall block centred at row 8.5 and a wide one at row 9, same column.
        tracker.update(List.of(block(10, 4, 12, 13, 0, 0), block(6, 8, 16, 10, 0, 0)));
        // The wide block again, its tracking point at row 8.7: 0.2 pixel from the tall block's centre, 0.3 from its own.
        List<TrackedInstance> t = tracker.update(List.of(block(6, 8, 16, 10, 0.0, 0.3)));
        assertThat(ids(t)).containsExactly(2);
        Tracker byDistance = new Tracker(OPTIONS.withTracker(TrackerMode.PAPER, 0, 1, 2.0));
        byDistance.update(List.of(block(10, 4, 12, 13, 0, 0), block(6, 8, 16, 10, 0, 0)));
        assertThat(ids(byDistance.update(List.of(block(6, 8, 16, 10, 0.0, 0.3))))).containsExactly(1);
    }

    @Test
    void aTrackIsTentativeUntilSeenInEnoughFrames() {
        Tracker tracker = new Tracker(OPTIONS);
        List<TrackedInstance> f0 = tracker.update(List.of(block(5, 5, 10, 10, 0, 0)));
        List<TrackedInstance> f1 = tracker.update(List.of(block(5, 5, 10, 10, 0, 0), block(25, 5, 30, 10, 0, 0)));
        List<TrackedInstance> f2 = tracker.update(List.of(block(5, 5, 10, 10, 0, 0)));
        assertThat(f0.get(0).tentative()).isTrue();
        assertThat(f1).extracting(TrackedInstance::tentative).containsExactly(true, true);
        assertThat(f2.get(0).tentative()).isFalse();
        // What was returned for earlier frames does not change.
        assertThat(f0.get(0).tentative()).isTrue();
        Tracker paper = new Tracker(OPTIONS.withTracker(TrackerMode.PAPER, 0, 3, 2.0));
        assertThat(paper.update(List.of(block(5, 5, 10, 10, 0, 0))).get(0).tentative()).isFalse();
    }
}
