package org.srnet.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;

class LovaszHingeTest {

    @Test
    void matchesTheHandComputedVector() {
        // labels [1,0,1,0,1], P [0.9,0.3,0.45,0.7,0.6]: errors [0.2,0.6,1.1,1.4,0.8], sorted order [3,2,4,1,0],
        // Lovász gradient [0.25,0.25,0.25,0.05,0.20] → loss 0.895, dLoss/dP = [−0.4, 0.1, −0.5, 0.5, −0.5]
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray p = m.create(new double[] {0.9, 0.3, 0.45, 0.7, 0.6});
            NDArray labels = m.create(new double[] {1, 0, 1, 0, 1});
            p.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray loss = LovaszHinge.flat(p.mul(2).sub(1), labels);
                assertThat(loss.getDouble()).isCloseTo(0.895, within(1e-12));
                gc.backward(loss);
            }
            assertThat(p.getGradient().toDoubleArray()).containsExactly(new double[] {-0.4, 0.1, -0.5, 0.5, -0.5}, within(1e-12));
        }
    }

    @Test
    void perfectPredictionHasZeroLossAndEmptyInputIsZero() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray labels = m.create(new float[] {1, 0, 0, 1});
            assertThat(LovaszHinge.flat(m.create(new float[] {1, -1, -1, 1}), labels).getFloat()).isZero();
            assertThat(LovaszHinge.flat(m.create(new float[0]), m.create(new float[0])).getFloat()).isZero();
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Random rnd = new Random(11);
        int n = 40;
        double[] logits = new double[n];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            logits[i] = rnd.nextGaussian();
            labels[i] = rnd.nextInt(2);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(logits);
            NDArray y = m.create(labels);
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(LovaszHinge.flat(x, y));
            }
            double[] grad = x.getGradient().toDoubleArray();
            double h = 1e-6; // small enough not to change the sort order of distinct random values
            for (int i = 0; i < n; i++) {
                double[] plus = logits.clone();
                double[] minus = logits.clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (LovaszHinge.flat(m.create(plus), y).getDouble() - LovaszHinge.flat(m.create(minus), y).getDouble()) / (2 * h);
                assertThat(grad[i]).as("d/dx[%d]", i).isCloseTo(fd, within(1e-6));
            }
        }
    }

    @Test
    void diceMatchesItsFormula() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray p = m.create(new float[] {0.5f, 1f, 0f, 0.25f});
            NDArray y = m.create(new float[] {1, 1, 0, 0});
            // 1 − (2·1.5 + 1)/(1.75 + 2 + 1) = 1 − 4/4.75
            assertThat(Dice.loss(p, y).getFloat()).isCloseTo((float) (1 - 4 / 4.75), within(1e-6f));
            assertThat(Dice.loss(m.zeros(p.getShape(), DataType.FLOAT32), m.zeros(p.getShape(), DataType.FLOAT32)).getFloat()).isZero();
        }
    }
}
