package org.srnet.methods.srnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.srnet.UserError;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.weights.SafeTensors;

class SrNetTest {

    @Test
    void headShapesFollowTheInputForSizesThatAreNotMultiplesOf32() {
        try (SrNetModel model = SrNetModel.create(TinyModels.vis(3), List.of("a", "b", "c"), 1);
                NDManager m = NDManager.newBaseManager()) {
            int[][] sizes = {{64, 96}, {50, 70}, {33, 100}, {128, 64}};
            for (int[] s : sizes) {
                NDArray image = m.randomUniform(0f, 1f, new Shape(2, 3, s[0], s[1]));
                SrNetOutput out = model.network().forward(image, null, null, false);
                long h = (s[0] + 3) / 4;
                long w = (s[1] + 3) / 4;
                assertThat(out.offsets().getShape()).isEqualTo(new Shape(2, 4, h, w));
                assertThat(out.inverseVariance().getShape()).isEqualTo(new Shape(2, 2, h, w));
                assertThat(out.objectiveness().getShape()).isEqualTo(new Shape(2, 1, h, w));
                assertThat(out.tracking().getShape()).isEqualTo(new Shape(2, 2, h, w));
                assertThat(out.categoryLogits().getShape()).isEqualTo(new Shape(2, 4, h, w));
                assertThat(out.f32().getShape()).isEqualTo(new Shape(2, 16, (s[0] + 31) / 32, (s[1] + 31) / 32));
                // a heat map at head size and the previous F32 are accepted
                NDArray heat = m.zeros(new Shape(2, 1, h, w));
                SrNetOutput next = model.network().forward(image, out.f32(), heat, false);
                assertThat(next.objectiveness().getShape()).isEqualTo(new Shape(2, 1, h, w));
            }
        }
    }

    @Test
    void activationsHaveTheirDocumentedRanges() {
        try (SrNetModel model = SrNetModel.create(TinyModels.uvos(), List.of(), 2);
                NDManager m = NDManager.newBaseManager()) {
            SrNetOutput out = model.network().forward(m.randomUniform(0f, 1f, new Shape(1, 3, 64, 128)), null, null, false);
            // zero-initialised offset head: every pixel points at itself
            assertThat(out.offsets().abs().max().getFloat()).isZero();
            assertThat(out.objectiveness().min().getFloat()).isGreaterThanOrEqualTo(0f);
            assertThat(out.objectiveness().max().getFloat()).isLessThanOrEqualTo(1f);
            assertThat(out.inverseVariance().min().getFloat()).isGreaterThan(0f);
            assertThat(out.categoryLogits()).isNull();
        }
    }

    @Test
    void saveThenLoadGivesIdenticalOutputs(@TempDir Path dir) {
        try (SrNetModel model = SrNetModel.create(TinyModels.vis(2), List.of("cat", "dog"), 3);
                NDManager m = NDManager.newBaseManager()) {
            NDArray image = m.randomUniform(0f, 1f, new Shape(1, 3, 64, 96));
            // change BatchNorm statistics so they are part of what must round-trip
            model.network().forward(image, null, null, true);
            model.metadata().put("preset", "test");
            model.save(dir);
            float[] expected = model.network().forward(image, null, null, false).tracking().toFloatArray();
            try (SrNetModel loaded = SrNetModel.load(dir)) {
                assertThat(loaded.categories()).containsExactly("cat", "dog");
                assertThat(loaded.metadata()).containsEntry("preset", "test");
                float[] actual = loaded.network().forward(image, null, null, false).tracking().toFloatArray();
                assertThat(actual).containsExactly(expected);
            }
        }
    }

    @Test
    void aNewModelInitialisedFromASavedOneTakesAllItsWeights(@TempDir Path dir) {
        try (SrNetModel trained = SrNetModel.create(TinyModels.vis(2), List.of("cat", "dog"), 3);
                SrNetModel fresh = SrNetModel.create(TinyModels.vis(2), List.of("cat", "dog"), 4);
                SrNetModel otherCategories = SrNetModel.create(TinyModels.vis(2), List.of("cat", "cow"), 4);
                SrNetModel otherArchitecture = SrNetModel.create(TinyModels.vis(3), List.of("a", "b", "c"), 4)) {
            trained.save(dir);
            assertThat(fresh.toHost().get("heads.tracking.0.weight").data())
                    .isNotEqualTo(trained.toHost().get("heads.tracking.0.weight").data());
            fresh.initialiseFrom(dir);
            trained.toHost().forEach((name, t) -> assertThat(fresh.toHost().get(name).data()).as(name).containsExactly(t.data()));
            assertThatThrownBy(() -> otherCategories.initialiseFrom(dir)).isInstanceOf(UserError.class)
                    .hasMessageContaining("categories");
            assertThatThrownBy(() -> otherArchitecture.initialiseFrom(dir)).isInstanceOf(UserError.class)
                    .hasMessageContaining("architecture");
        }
    }

    @Test
    void aFileThatIsNotAModelIsAClearError(@TempDir Path dir) throws Exception {
        Path notModel = Files.writeString(dir.resolve("model.json"), "{ this is not json");
        assertThatThrownBy(() -> SrNetModel.load(notModel)).isInstanceOf(UserError.class).hasMessageContaining("model.json");
        assertThatThrownBy(() -> SrNetModel.load(dir.resolve("nothing"))).isInstanceOf(UserError.class)
                .hasMessageContaining("not found");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> SrNetModel.load(empty)).isInstanceOf(UserError.class).hasMessageContaining("model.json is missing");
    }

    @Test
    void pretrainedBackboneLoadsFromTorchvisionNames(@TempDir Path dir) {
        try (SrNetModel model = SrNetModel.create(TinyModels.uvos(), List.of(), 4)) {
            Map<String, SafeTensors.Tensor> host = model.toHost();
            Map<String, SafeTensors.Tensor> torchvision = new java.util.LinkedHashMap<>();
            host.forEach((name, t) -> {
                if (name.startsWith("backbone.")) {
                    float[] v = t.data().clone();
                    java.util.Arrays.fill(v, 0.5f);
                    torchvision.put(name.substring("backbone.".length()), new SafeTensors.Tensor(t.shape(), v));
                }
            });
            torchvision.put("fc.weight", new SafeTensors.Tensor(new long[] {2, 2}, new float[4]));
            Path file = dir.resolve("resnet18.safetensors");
            SafeTensors.write(file, torchvision, Map.of());
            int loaded = model.loadPretrainedBackbone(file);
            assertThat(loaded).isEqualTo(torchvision.size() - 1);
            assertThat(model.network().state().get("backbone.layer2.0.downsample.0.weight").toFloatArray()).containsOnly(0.5f);
            torchvision.remove("layer4.1.bn2.weight");
            SafeTensors.write(file, torchvision, Map.of());
            assertThatThrownBy(() -> model.loadPretrainedBackbone(file)).isInstanceOf(UserError.class)
                    .hasMessageContaining("layer4.1.bn2.weight");
        }
    }

    @Test
    void safeTensorsReadsHalfPrecision() {
        assertThat(SafeTensors.halfToFloat((short) 0x3c00)).isEqualTo(1f);
        assertThat(SafeTensors.halfToFloat((short) 0xc000)).isEqualTo(-2f);
        assertThat(SafeTensors.halfToFloat((short) 0x0001)).isEqualTo(0x1p-24f);
        assertThat(SafeTensors.halfToFloat((short) 0x7bff)).isEqualTo(65504f);
    }
}
