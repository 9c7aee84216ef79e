package org.srnet.methods.srnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.srnet.methods.srnet.model.SrNetModel;

/** The two temporal options beyond the paper: each changes what the network computes, and only when switched on. */
class TemporalOptionsTest {
    private static ModelConfig withOptions(boolean motionInput, boolean heatmapToAllHeads) {
        ModelConfig p = TinyModels.uvos();
        return p.toBuilder().motionInput(motionInput).heatmapToAllHeads(heatmapToAllHeads).build();
    }

    @Test
    void theMotionInputSeesTheFrameDifferenceAndIsZeroWithoutMotion() {
        try (SrNetModel model = SrNetModel.create(withOptions(true, false), List.of(), 5);
                NDManager m = NDManager.newBaseManager()) {
            NDArray now = m.randomUniform(0f, 1f, new Shape(1, 3, 64, 96));
            NDArray before = m.randomUniform(0f, 1f, new Shape(1, 3, 64, 96));
            float[] still = objectiveness(model, now, now, null);
            float[] first = objectiveness(model, now, null, null);
            float[] moving = objectiveness(model, now, before, null);
            assertThat(still).isEqualTo(first);
            assertThat(moving).isNotEqualTo(still);
        }
    }

    @Test
    void thePaperNetworkIgnoresThePreviousImage() {
        try (SrNetModel model = SrNetModel.create(withOptions(false, false), List.of(), 5);
                NDManager m = NDManager.newBaseManager()) {
            NDArray now = m.randomUniform(0f, 1f, new Shape(1, 3, 64, 96));
            NDArray before = m.randomUniform(0f, 1f, new Shape(1, 3, 64, 96));
            assertThat(objectiveness(model, now, before, null)).isEqualTo(objectiveness(model, now, null, null));
        }
    }

    @Test
    void theHeatmapReachesObjectivenessOnlyWhenEveryHeadReadsIt() {
        for (boolean all : new boolean[] {false, true}) {
            try (SrNetModel model = SrNetModel.create(withOptions(false, all), List.of(), 6);
                    NDManager m = NDManager.newBaseManager()) {
                NDArray now = m.randomUniform(0f, 1f, new Shape(1, 3, 64, 96));
                NDArray heat = m.randomUniform(0f, 1f, new Shape(1, 1, 16, 24));
                float[] with = objectiveness(model, now, null, heat);
                float[] without = objectiveness(model, now, null, null);
                if (all) {
                    assertThat(with).isNotEqualTo(without);
                } else {
                    assertThat(with).isEqualTo(without);
                }
            }
        }
    }

    private static float[] objectiveness(SrNetModel model, NDArray image, NDArray previousImage, NDArray heat) {
        return model.network().forward(image, previousImage, null, heat, false).objectiveness().toFloatArray();
    }
}
