package org.srnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleStatsTest {

    @Test
    void oddCountMedianIsTheMiddleSample() {
        SampleStats s = SampleStats.of(new double[] {5, 1, 4, 2, 3});
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(3);
        // Position 0.1 * 4 = 0.4 between 1 and 2; 0.9 * 4 = 3.6 between 4 and 5.
        assertThat(s.p10()).isCloseTo(1.4, within(1e-12));
        assertThat(s.p90()).isCloseTo(4.6, within(1e-12));
    }

    @Test
    void evenCountMedianIsTheMeanOfTheMiddlePair() {
        SampleStats s = SampleStats.of(new double[] {10, 40, 20, 30});
        assertThat(s.median()).isEqualTo(25);
        // Position 0.1 * 3 = 0.3: 10 + 0.3 * 10.
        assertThat(s.p10()).isCloseTo(13, within(1e-12));
        assertThat(s.relativeSpread()).isCloseTo((37 - 13) / 25.0, within(1e-12));
    }

    @Test
    void inputIsNotReordered() {
        double[] samples = {3, 1, 2};
        SampleStats.of(samples);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void singleSampleIsEveryStatistic() {
        SampleStats s = SampleStats.of(new double[] {7});
        assertThat(s.p10()).isEqualTo(7);
        assertThat(s.median()).isEqualTo(7);
        assertThat(s.p90()).isEqualTo(7);
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> SampleStats.of(new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one sample");
        assertThatThrownBy(() -> SampleStats.percentile(new double[] {1}, 101)).hasMessageContaining("[0, 100]");
    }
}
