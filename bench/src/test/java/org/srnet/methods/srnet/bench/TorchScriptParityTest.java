package org.srnet.methods.srnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.srnet.UserError;
import org.srnet.methods.srnet.model.SrNetModel;

/**
 * srnet's network against PyTorch's: the fixture is a random 64×64 srnet written by
 * {@code bench/pytorch_reference.py --backbone 18 --width 4 --fpn 8 --decoder 8 --head 4 --classes 2 --size 64x64
 * --save-model bench/src/test/resources/parity/tiny --torchscript bench/src/test/resources/parity/tiny.pt} (PyTorch 1.13), i.e. the
 * same weights once as a srnet model and once as the PyTorch implementation traced to TorchScript.
 */
class TorchScriptParityTest {
    private static final Path MODEL = Path.of("bench/src/test/resources/parity/tiny");
    private static final Path TRACED = Path.of("bench/src/test/resources/parity/tiny.pt");

    @Test
    void srnetComputesExactlyWhatPyTorchComputes() {
        try (SrNetModel model = SrNetModel.load(MODEL)) {
            TorchScriptParity.Result r = TorchScriptParity.run(model, TRACED, 64, 64, 1, 2);
            assertThat(r.maxDifference()).containsOnlyKeys("f32", "offsets", "bandwidth", "objectiveness", "tracking", "category");
            assertThat(r.worstDifference()).isLessThan(1e-5);
            assertThat(r.srnetMs().count()).isEqualTo(2);
            assertThat(r.torchMs().median()).isPositive();
        }
    }

    @Test
    void otherWeightsAreADifferentNetwork() {
        try (SrNetModel model = SrNetModel.load(MODEL)) {
            model.network().state().get("heads.objectiveness.2.bias").addi(1);
            TorchScriptParity.Result r = TorchScriptParity.run(model, TRACED, 64, 64, 0, 1);
            assertThat(r.maxDifference().get("objectiveness")).isGreaterThan(1e-2);
            assertThat(r.maxDifference().get("offsets")).isLessThan(1e-5);
        }
    }

    @Test
    void anotherInputSizeOrAMissingFileIsAClearError() {
        try (SrNetModel model = SrNetModel.load(MODEL)) {
            assertThatThrownBy(() -> TorchScriptParity.run(model, TRACED, 96, 64, 0, 1))
                    .isInstanceOf(UserError.class).hasMessageContaining("traced at another input size");
            assertThatThrownBy(() -> TorchScriptParity.run(model, Path.of("no/such.pt"), 64, 64, 0, 1))
                    .isInstanceOf(UserError.class).hasMessageContaining("no/such.pt");
        }
    }
}
