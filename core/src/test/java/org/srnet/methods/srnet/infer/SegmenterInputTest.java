package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

import org.srnet.config.Overrides;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.SrNetOutput;
import org.srnet.methods.srnet.network.TinyModels;
import org.srnet.nn.ImageNormalization;
import org.srnet.result.FrameResult;
import org.srnet.video.MovingPattern;

/**
 * The segmenter uploads frames and H(t−1) through reused direct buffers; its head maps must be bit-identical to the
 * plain path: normalise into a fresh heap array, create the tensors from heap arrays, run the network with F32(t−1)
 * and the H(t−1) the segmenter rendered from the previous frame's instances.
 */
class SegmenterInputTest {

    @Test
    void headMapsEqualAPlainForwardPassFrameAfterFrame() {
        int w = 72;
        int h = 40; // padded to 96×64 inside the network: the padding must stay zero in the reused buffer
        MovingPattern pattern = new MovingPattern(w, h);
        try (SrNetModel model = SrNetModel.create(TinyModels.vis(2), List.of("a", "b"), 3);
                Segmenter segmenter = Segmenter.open(model, Overrides.apply(new SegmenterOptions(InferenceOptions.DEFAULT, w, h),
                        List.of("inference.minScore=0", "inference.foregroundGate=0", "inference.minTrackLength=1")))) {
            NDArray previousF32 = null;
            try (NDManager m = model.manager().newSubManager()) {
                for (int t = 0; t < 4; t++) {
                    BufferedImage frame = pattern.frame(10 * t);
                    float[] previousHeatmap = segmenter.heatmapForNextFrame();
                    FrameResult r = segmenter.next(frame);
                    // A random tiny model scores every pixel near 0.5: with minScore 0 every seed counts, so the
                    // frames have instances and H(t−1) holds their Gaussian stamps.
                    assertThat(r.instances()).isNotEmpty();
                    NDArray x = m.create(normalise(frame, 96, 64), new Shape(1, 3, 64, 96));
                    NDArray heat = null;
                    if (t > 0) {
                        assertThat(previousHeatmap).as("H(t−1) of frame %d", t).contains(1f);
                        assertThat(previousHeatmap).hasSize(24 * 16); // the padded 96×64 input at 1/4
                        heat = m.create(previousHeatmap, new Shape(1, 1, 16, 24));
                    }
                    SrNetOutput out = model.network().forward(x, previousF32, heat, false);
                    previousF32 = out.f32();
                    HeadMaps maps = segmenter.lastHeadMaps();
                    assertThat(maps.offsets()).containsExactly(out.offsets().toFloatArray());
                    assertThat(maps.inverseVariance()).containsExactly(out.inverseVariance().toFloatArray());
                    assertThat(maps.objectiveness()).containsExactly(out.objectiveness().toFloatArray());
                    assertThat(maps.tracking()).containsExactly(out.tracking().toFloatArray());
                    assertThat(maps.categories()).containsExactly(
                            NDArrays.concat(new NDList(out.categoryLogits().softmax(1)), 1).toFloatArray());
                }
            }
        }
    }

    /** The old upload path: NCHW floats in a zero-filled heap array of the padded size, image top-left. */
    private static float[] normalise(BufferedImage image, int pw, int ph) {
        float[] out = new float[3 * pw * ph];
        int plane = pw * ph;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int o = y * pw + x;
                out[o] = (((p >> 16) & 0xff) / 255f - ImageNormalization.MEAN[0]) / ImageNormalization.STD[0];
                out[plane + o] = (((p >> 8) & 0xff) / 255f - ImageNormalization.MEAN[1]) / ImageNormalization.STD[1];
                out[2 * plane + o] = ((p & 0xff) / 255f - ImageNormalization.MEAN[2]) / ImageNormalization.STD[2];
            }
        }
        return out;
    }
}
