package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;

/** The warm-up a segmenter runs before a network's first video: once per network and input size, and invisible. */
class SegmenterWarmUpTest {
    private static SrNetModel tiny() {
        return SrNetModel.create(TinyModels.uvos(), List.of(), 3);
    }

    @Test
    void warmsUpOncePerNetworkAndInputSize() {
        try (SrNetModel a = tiny(); SrNetModel b = tiny()) {
            SegmenterOptions at64 = new SegmenterOptions(InferenceOptions.DEFAULT, 64, 64);
            assertThat(Segmenter.warmUp(a, at64)).isPositive();
            assertThat(Segmenter.warmUp(a, at64)).isZero();
            assertThat(Segmenter.warmUp(a, at64.withInputSize(96, 64))).isPositive();
            assertThat(Segmenter.warmUp(b, at64)).isPositive();
        }
    }

    @Test
    void theWarmUpLeavesNothingBehindInTheVideoThatFollows() {
        try (SrNetModel model = tiny()) {
            SegmenterOptions o = new SegmenterOptions(InferenceOptions.DEFAULT, 64, 64);
            float[] first = maps(model, o); // right after the warm-up that open() runs
            Segmenter.warmUp(model, o.withInputSize(96, 64));
            assertThat(maps(model, o)).isEqualTo(first);
        }
    }

    /** Objectiveness and offsets of three frames, end to end, of a small moving square, through {@link Segmenter#open}. */
    private static float[] maps(SrNetModel model, SegmenterOptions o) {
        List<float[]> out = new ArrayList<>();
        try (Segmenter s = Segmenter.open(model, o)) {
            for (int t = 0; t < 3; t++) {
                BufferedImage f = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
                f.getGraphics().fillRect(10 + 5 * t, 10, 12, 12);
                s.next(f);
                HeadMaps m = s.lastHeadMaps();
                out.add(m.objectiveness());
                out.add(m.offsets());
            }
        }
        float[] all = new float[out.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] a : out) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        return all;
    }
}
