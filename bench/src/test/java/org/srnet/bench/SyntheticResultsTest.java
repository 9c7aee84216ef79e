package org.srnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticResultsTest {

    @Test
    void syntheticResultsKeepAFixedSetOfTracks() {
        SyntheticResults r = new SyntheticResults(64, 48);
        java.util.Set<Integer> ids = new java.util.TreeSet<>();
        for (int f = 0; f < 10 * SyntheticResults.STRETCH; f++) {
            org.srnet.result.FrameResult frame = r.frame(f);
            assertThat(frame.instances()).hasSize(SyntheticResults.TRACKS / 4);
            frame.instances().forEach(s -> ids.add(s.trackId()));
        }
        assertThat(ids).hasSize(SyntheticResults.TRACKS);
        assertThat(r.frame(123)).usingRecursiveComparison().isEqualTo(new SyntheticResults(64, 48).frame(123));
        assertThat(org.srnet.result.TrackSummary.confirmed(java.util.List.of(r.frame(1), r.frame(2))))
                .allMatch(t -> t.trackId() % 7 != 0);
    }
}
