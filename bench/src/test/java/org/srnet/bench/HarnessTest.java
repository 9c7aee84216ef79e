package org.srnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.srnet.methods.srnet.bench.KernelBenchmark;

class HarnessTest {

    @Test
    void runsWarmupThenTimedCalls() {
        int[] calls = {0};
        SampleStats s = Harness.time(4, 6, () -> ++calls[0]);
        assertThat(calls[0]).isEqualTo(10);
        assertThat(s.count()).isEqualTo(6);
        assertThat(s.min()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void badCountsAndNaNResultsAreErrors() {
        assertThatThrownBy(() -> Harness.time(0, 0, () -> 1)).hasMessageContaining("repeats >= 1");
        assertThatThrownBy(() -> Harness.time(0, 1, () -> Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void kernelBenchmarkTimesEveryKernelInOrder() {
        List<KernelBenchmark.Timing> t = KernelBenchmark.run(new KernelBenchmark.Options(64, 48, 3, 40, 30, 1, 2));
        assertThat(t).extracting(KernelBenchmark.Timing::kernel).containsExactly("clustering", "rle-encode", "davis-j", "davis-f");
        assertThat(t).allSatisfy(k -> assertThat(k.ms().count()).isEqualTo(2));
        assertThat(t.get(0).input()).isEqualTo("16×16 maps (valid 16×12), 3 objects");
    }

    @Test
    void discMaskHasTheExpectedPixels() {
        // Radius 1 around (2, 2) on 5×5: the centre and its four neighbours.
        byte[] m = KernelBenchmark.disc(5, 5, 2, 2, 1);
        int sum = 0;
        for (byte b : m) {
            sum += b;
        }
        assertThat(sum).isEqualTo(5);
        assertThat(m[2 * 5 + 2]).isEqualTo((byte) 1);
        assertThat(m[1 * 5 + 1]).isEqualTo((byte) 0);
    }
}
