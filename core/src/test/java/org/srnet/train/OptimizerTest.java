package org.srnet.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

import org.srnet.weights.StateDict;

class OptimizerTest {

    @Test
    void scheduleHoldsThenDecaysExponentiallyToTheFinalRate() {
        LrSchedule s = new LrSchedule(1e-3, 1e-5, 60_000, 160_000);
        assertThat(s.at(0)).isEqualTo(1e-3);
        assertThat(s.at(60_000)).isEqualTo(1e-3);
        assertThat(s.at(110_000)).isCloseTo(1e-4, within(1e-12));
        assertThat(s.at(160_000)).isCloseTo(1e-5, within(1e-15));
        assertThat(s.at(85_000) / s.at(85_001)).isCloseTo(s.at(120_000) / s.at(120_001), within(1e-12));
    }

    /** Three steps of f(w) = ½w² from w = 1 with a decaying rate, against PyTorch's formulas worked by hand. */
    @Test
    void sgdFollowsPyTorchSemantics() {
        double[] lrs = {0.1, 0.05, 0.025};
        for (boolean nesterov : new boolean[] {false, true}) {
            double w = 1;
            double v = 0;
            try (NDManager m = NDManager.newBaseManager()) {
                StateDict p = new StateDict(m);
                NDArray weight = p.constant("w", 1f, true, 1);
                TorchSgd sgd = new TorchSgd(p, 0.9, nesterov, 0.01);
                for (int i = 0; i < 3; i++) {
                    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                        gc.backward(weight.square().mul(0.5f).sum());
                    }
                    sgd.step(lrs[i]);
                    double g = w + 0.01 * w;
                    v = i == 0 ? g : 0.9 * v + g;
                    w -= lrs[i] * (nesterov ? g + 0.9 * v : v);
                    assertThat((double) weight.getFloat(0)).as("step %d nesterov %s", i, nesterov).isCloseTo(w, within(1e-6));
                }
            }
        }
    }

    @Test
    void clippingScalesTheGlobalNorm() {
        try (NDManager m = NDManager.newBaseManager()) {
            StateDict p = new StateDict(m);
            NDArray a = p.constant("a", 3f, true, 1);
            NDArray b = p.constant("b", 4f, true, 1);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(a.square().mul(0.5f).add(b.square().mul(0.5f)).sum()); // grads 3 and 4, norm 5
            }
            TorchSgd sgd = new TorchSgd(p, 0, false, 0);
            assertThat(sgd.clipGradNorm(1.0)).isCloseTo(5.0, within(1e-6));
            assertThat(a.getGradient().getFloat(0)).isCloseTo(0.6f, within(1e-5f));
            assertThat(b.getGradient().getFloat(0)).isCloseTo(0.8f, within(1e-5f));
        }
    }
}
