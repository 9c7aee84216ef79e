package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;

import org.junit.jupiter.api.Test;

import org.srnet.config.Overrides;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;
import org.srnet.result.FrameResult;
import org.srnet.video.MovingPattern;

/**
 * Table 2's inference-time ablations, set the way {@code segment --set} sets them, change what the network
 * computes: without temporal features every head differs from the second frame on; without instance heat maps
 * only the tracking head does (§4.3: H(t−1) feeds the tracking head alone).
 */
class TemporalInputsTest {
    private static final int W = 72;
    private static final int H = 40;

    /** Head maps of frames 1..3 of a moving pattern; a threshold of 0 makes instances, so H(t−1) is not empty. */
    private static List<HeadMaps> run(SrNetModel model, List<String> sets) {
        SegmenterOptions base = new SegmenterOptions(InferenceOptions.DEFAULT.withMinScore(0).withForeground(0, 0.5, 64)
                .withMinPixels(1), W, H);
        SegmenterOptions options = Overrides.apply(base, sets);
        MovingPattern pattern = new MovingPattern(W, H);
        List<HeadMaps> maps = new ArrayList<>();
        try (Segmenter s = Segmenter.open(model, options)) {
            for (int t = 0; t < 4; t++) {
                FrameResult r = s.next(pattern.frame(10 * t));
                assertThat(r.instances()).isNotEmpty();
                if (t > 0) {
                    maps.add(s.lastHeadMaps());
                }
            }
        }
        return maps;
    }

    @Test
    void eachSwitchChangesWhatTheNetworkComputes() {
        try (SrNetModel model = SrNetModel.create(TinyModels.uvos(), List.of(), 5)) {
            // The tracking head's last layer starts at zero; give it weights so that its input matters.
            NDArray last = model.network().state().get("heads.tracking.2.weight");
            float[] w = new float[(int) last.size()];
            java.util.Random rnd = new java.util.Random(1);
            for (int k = 0; k < w.length; k++) {
                w[k] = (float) rnd.nextGaussian();
            }
            last.set(w);
            List<HeadMaps> both = run(model, List.of());
            List<HeadMaps> again = run(model, List.of("model.temporalFeatures=true", "model.instanceHeatmap=true"));
            List<HeadMaps> noTemporal = run(model, List.of("model.temporalFeatures=false"));
            List<HeadMaps> noHeatmap = run(model, List.of("model.instanceHeatmap=false"));
            HeadMaps a = both.get(0);
            assertThat(again.get(0).objectiveness()).containsExactly(a.objectiveness());
            assertThat(again.get(0).tracking()).containsExactly(a.tracking());

            assertThat(noTemporal.get(0).objectiveness()).isNotEqualTo(a.objectiveness());
            assertThat(noTemporal.get(0).tracking()).isNotEqualTo(a.tracking());

            assertThat(noHeatmap.get(0).objectiveness()).containsExactly(a.objectiveness());
            assertThat(noHeatmap.get(0).offsets()).containsExactly(a.offsets());
            assertThat(noHeatmap.get(0).tracking()).isNotEqualTo(a.tracking());
        }
    }

    @Test
    void defaultsFollowTheModelAndUnknownModelKeysAreRefused() {
        try (SrNetModel model = SrNetModel.create(TinyModels.uvos(), List.of(), 5)) {
            assertThat(SegmenterOptions.forModel(model).model()).isEqualTo(TemporalInputs.BOTH);
        }
        SegmenterOptions base = new SegmenterOptions(InferenceOptions.DEFAULT, 64, 64);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Overrides.apply(base, List.of("model.extraDims=0")))
                .hasMessageContaining("unknown key").hasMessageContaining("model.instanceHeatmap");
    }
}
