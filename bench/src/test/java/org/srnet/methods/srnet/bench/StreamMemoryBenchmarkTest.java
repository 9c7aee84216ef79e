package org.srnet.methods.srnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.srnet.video.MovingPattern;

class StreamMemoryBenchmarkTest {

    private static StreamMemoryBenchmark.Sample at(int frame, double rss) {
        return new StreamMemoryBenchmark.Sample(frame, rss, 0, rss / 10, 0, 0, 0);
    }

    @Test
    void driftIsMeasuredFromTheFirstSampleAfterWarmup() {
        List<StreamMemoryBenchmark.Sample> s = List.of(at(500, 300), at(1000, 390), at(1500, 400), at(2000, 410), at(2500, 396));
        StreamMemoryBenchmark.Result r = StreamMemoryBenchmark.summarise(s, 1000, 420, 0);
        // Warm-up samples (frames 500 and 1000) are ignored; baseline is frame 1500's 400 MiB.
        assertThat(r.baselineMiB()).isEqualTo(400);
        assertThat(r.minMiB()).isEqualTo(396);
        assertThat(r.maxMiB()).isEqualTo(410);
        assertThat(r.drift()).isCloseTo(10 / 400.0, within(1e-12));
        // growth is measured from the lowest sample so far: 400 → 410 is 2.5%, the fall to 396 is not growth
        assertThat(r.growth()).isCloseTo(10 / 400.0, within(1e-12));
        assertThat(r.liveHeapGrowth()).isCloseTo(10 / 400.0, within(1e-12));
        assertThat(r.samples()).hasSize(5);
        assertThat(r.peakRssMiB()).isEqualTo(420);
    }

    @Test
    void aGrowingProcessDriftsBeyondFivePercent() {
        List<StreamMemoryBenchmark.Sample> s = List.of(at(500, 100), at(1000, 104), at(1500, 108));
        assertThat(StreamMemoryBenchmark.summarise(s, 0, 108, 0).drift()).isCloseTo(0.08, within(1e-12));
        assertThat(StreamMemoryBenchmark.summarise(s, 0, 108, 0).growth()).isCloseTo(0.08, within(1e-12));
    }

    @Test
    void aShrinkingProcessDoesNotGrow() {
        List<StreamMemoryBenchmark.Sample> s = List.of(at(500, 395), at(1000, 389), at(1500, 349), at(2000, 337), at(2500, 337.5));
        StreamMemoryBenchmark.Result r = StreamMemoryBenchmark.summarise(s, 0, 404, 0);
        assertThat(r.drift()).isGreaterThan(0.05);
        assertThat(r.growth()).isCloseTo(0.5 / 337, within(1e-12));
    }

    @Test
    void movingPatternIsDeterministicAndMoves() {
        MovingPattern p = new MovingPattern(64, 40);
        int[] a = p.frame(3).getRGB(0, 0, 64, 40, null, 0, 64);
        int[] again = p.frame(3).getRGB(0, 0, 64, 40, null, 0, 64);
        int[] later = p.frame(40).getRGB(0, 0, 64, 40, null, 0, 64);
        assertThat(again).isEqualTo(a);
        assertThat(later).isNotEqualTo(a);
    }
}
