package org.srnet.methods.srnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

import org.srnet.methods.srnet.model.SrNetModel;

/** The encode/decode halves used by the benchmarks compute exactly what forward does. */
class SrNetSplitTest {

    @Test
    void decodeOfEncodeEqualsForward() {
        try (SrNetModel model = SrNetModel.create(TinyModels.vis(3), List.of("a", "b", "c"), 5);
                NDManager m = model.manager().newSubManager()) {
            SrNet net = model.network();
            NDArray image = m.randomNormal(new Shape(1, 3, 40, 72));
            NDArray previous = net.forward(m.randomNormal(new Shape(1, 3, 40, 72)), null, null, false).f32();
            NDArray heat = m.randomUniform(0, 1, new Shape(1, 1, 10, 18));
            SrNetOutput whole = net.forward(image, previous, heat, false);
            SrNetOutput split = net.decode(image.getShape(), net.encode(image, false), previous, heat);
            assertThat(split.offsets().toFloatArray()).containsExactly(whole.offsets().toFloatArray());
            assertThat(split.inverseVariance().toFloatArray()).containsExactly(whole.inverseVariance().toFloatArray());
            assertThat(split.objectiveness().toFloatArray()).containsExactly(whole.objectiveness().toFloatArray());
            assertThat(split.tracking().toFloatArray()).containsExactly(whole.tracking().toFloatArray());
            assertThat(split.categoryLogits().toFloatArray()).containsExactly(whole.categoryLogits().toFloatArray());
            assertThat(split.f32().toFloatArray()).containsExactly(whole.f32().toFloatArray());
            assertThat(net.encode(image, false)).hasSize(4);
        }
    }
}
