package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DavisStatisticsTest {

    @Test
    void decayEdgesRoundHalvesUp() {
        assertThat(DavisStatistics.decayEdges(13)).containsExactly(0, 3, 6, 9, 12);
        assertThat(DavisStatistics.decayEdges(14)).containsExactly(0, 3, 7, 10, 13);
        // Half-to-even without the official 1e-10 would give 0,4,9,14,18 and 0,6,12,18,23.
        assertThat(DavisStatistics.decayEdges(19)).containsExactly(0, 5, 9, 14, 18);
        assertThat(DavisStatistics.decayEdges(24)).containsExactly(0, 6, 12, 17, 23);
        assertThat(DavisStatistics.decayEdges(50)).containsExactly(0, 12, 25, 37, 49);
        assertThat(DavisStatistics.decayEdges(1)).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void decayEdgesWrapAsUint8() {
        // linspace(1, 301, 5) = 1, 76, 151, 226, 301 -> 300 wraps to 44.
        assertThat(DavisStatistics.decayEdges(301)).containsExactly(0, 75, 150, 225, 44);
    }

    @Test
    void binsIncludeBothEndsAndRecallIsStrict() {
        // T = 5: edges 0,1,2,3,4; bin 0 = v[0..1], bin 3 = v[3..4].
        double[] v = {1.0, 0.5, 0.25, 0.75, 0.0};
        DavisStatistics s = DavisStatistics.of(v);
        assertThat(s.mean()).isEqualTo(2.5 / 5);
        assertThat(s.recall()).isEqualTo(2.0 / 5);
        assertThat(s.decay()).isEqualTo(0.75 - 0.375);
    }

    @Test
    void singleFrameHasZeroDecay() {
        DavisStatistics s = DavisStatistics.of(new double[] {0.6});
        assertThat(s.mean()).isEqualTo(0.6);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.decay()).isEqualTo(0.0);
    }

    @Test
    void longSequencesWithWrappedEdgesGiveNaNDecay() {
        // Bin 3 = v[225 .. 44] is an empty slice in Python: its mean is NaN, and so is the decay.
        double[] v = new double[301];
        assertThat(DavisStatistics.of(v).decay()).isNaN();
    }

    @Test
    void numpySumIsPairwise() {
        double[] v = new double[200];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.1 * (i % 7) + 1e-3 * i;
        }
        // 200 elements: split at 96 (100 rounded down to a multiple of 8), each half with 8 accumulators.
        double expected = block(v, 0, 96) + block(v, 96, 200);
        assertThat(NumpyMath.sum(v)).isEqualTo(expected);
        assertThat(NumpyMath.mean(new double[] {1, 2, 4})).isEqualTo(7.0 / 3);
    }

    @Test
    void linspaceMatchesNumpy() {
        double[] iou = NumpyMath.linspace(0.5, 0.95, 10);
        assertThat(iou[8]).isEqualTo(0.8999999999999999);
        assertThat(iou[5]).isEqualTo(0.75);
        double[] rec = NumpyMath.linspace(0.0, 1.0, 101);
        assertThat(rec[70]).isEqualTo(0.7000000000000001);
        assertThat(rec[35]).isEqualTo(0.35000000000000003);
        assertThat(rec[50]).isEqualTo(0.5);
    }

    private static double block(double[] v, int from, int to) {
        double[] r = new double[8];
        for (int k = 0; k < 8; k++) {
            r[k] = v[from + k];
        }
        int i = from + 8;
        int n = to - from;
        for (; i < from + n - n % 8; i += 8) {
            for (int k = 0; k < 8; k++) {
                r[k] += v[i + k];
            }
        }
        double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < to; i++) {
            s += v[i];
        }
        return s;
    }
}
