package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;

class InputGeometryTest {

    @Test
    void fitKeepsAspectPadsTo32AndQuartersForHeads() {
        InputGeometry g = InputGeometry.fit(1920, 1080, 640, 640);
        assertThat(g.resizedWidth()).isEqualTo(640);
        assertThat(g.resizedHeight()).isEqualTo(360);
        assertThat(g.paddedWidth()).isEqualTo(640);
        assertThat(g.paddedHeight()).isEqualTo(384);
        assertThat(g.headWidth()).isEqualTo(160);
        assertThat(g.headHeight()).isEqualTo(96);
        assertThat(g.validWidth()).isEqualTo(160);
        assertThat(g.validHeight()).isEqualTo(90);

        InputGeometry d = InputGeometry.fit(854, 480, 854, 480);
        assertThat(d.paddedWidth()).isEqualTo(864);
        assertThat(d.headWidth()).isEqualTo(216);
        assertThat(d.validWidth()).isEqualTo(214); // ceil(854 / 4)
        assertThat(d.validHeight()).isEqualTo(120);
    }

    @Test
    void mappingIsHalfPixelAlignedAndInvertible() {
        InputGeometry g = InputGeometry.fit(1920, 1080, 640, 640);
        // Scale 1/3 then 1/4: original pixel 5.5 → head (6 / 12) − 0.5 = 0.
        assertThat(g.headX(5.5)).isCloseTo(0.0, offset(1e-12));
        assertThat(g.originalX(g.headX(777.25))).isCloseTo(777.25, offset(1e-9));
        assertThat(g.originalY(g.headY(3))).isCloseTo(3, offset(1e-9));
    }

    @Test
    void toOriginalAtExactScaleFillsBlocksExceptCornersAndCropsPadding() {
        InputGeometry g = InputGeometry.fit(40, 20, 40, 20); // padded 64×32, head 16×8, valid 10×5
        assertThat(g.validWidth()).isEqualTo(10);
        byte[] head = new byte[16 * 8];
        head[2 * 16 + 3] = 1;
        head[2 * 16 + 4] = 1;
        head[3 * 16 + 15] = 1; // padding: must not appear
        byte[] full = g.toOriginal(head);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                // Block corners interpolate to 0.625 × 0.625 = 0.39 and fall below the threshold.
                boolean corner = (x == 12 || x == 19) && (y == 8 || y == 11);
                boolean in = y >= 8 && y < 12 && x >= 12 && x < 20 && !corner;
                assertThat(full[y * 40 + x]).as("pixel %d,%d", x, y).isEqualTo((byte) (in ? 1 : 0));
            }
        }
    }

    @Test
    void toOriginalAtDownscaledInputThresholdsBilinear() {
        // Original 80×40 resized by 1/2 to 40×20: each head pixel covers 8×8 original pixels.
        InputGeometry g = InputGeometry.fit(80, 40, 40, 20);
        byte[] head = new byte[16 * 8];
        head[2 * 16 + 3] = 1;
        byte[] full = g.toOriginal(head);
        int area = 0;
        for (byte b : full) {
            area += b;
        }
        // Per-axis weights 1 − |h − 3| at x = 24..31 are .5625 .6875 .8125 .9375 (mirrored); pairs whose
        // product exceeds 0.5: 2·(8 + 6 + 4 + 2) = 40 pixels.
        assertThat(area).isEqualTo(40);
        assertThat(full[19 * 80 + 27]).isEqualTo((byte) 1);
        assertThat(full[19 * 80 + 24]).isEqualTo((byte) 1); // 0.5625 × 0.9375 = 0.527
        assertThat(full[16 * 80 + 24]).isZero(); // 0.5625 × 0.5625 = 0.316
        assertThat(full[19 * 80 + 23]).isZero(); // 0.4375 × 0.9375
    }

    @Test
    void rleFromTheWindowEqualsEncodingTheFullMask() {
        java.util.Random rnd = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int ow = 5 + rnd.nextInt(60);
            int oh = 5 + rnd.nextInt(60);
            InputGeometry g = InputGeometry.fit(ow, oh, 8 + rnd.nextInt(40), 8 + rnd.nextInt(40));
            byte[] head = new byte[g.headWidth() * g.headHeight()];
            int blobs = rnd.nextInt(3);
            for (int b = 0; b < blobs; b++) {
                int x = rnd.nextInt(g.headWidth());
                int y = rnd.nextInt(g.headHeight());
                for (int k = 0; k < 1 + rnd.nextInt(6); k++) {
                    int xx = Math.min(g.headWidth() - 1, x + rnd.nextInt(3));
                    int yy = Math.min(g.headHeight() - 1, y + rnd.nextInt(3));
                    head[yy * g.headWidth() + xx] = 1;
                }
            }
            byte[] full = g.toOriginal(head);
            assertThat(g.toOriginalRle(head)).as("trial %d", trial).isEqualTo(org.srnet.mask.Rle.encode(full, oh, ow));
        }
    }

    @Test
    void windowEncodingHandlesMasksTouchingEveryBorder() {
        byte[] window = {1, 0, 1, 1, 0, 1};
        // 3×2 window at (1, 2) of a 4-wide, 4-high mask: column 1 rows 2,3 = 1,1; column 2 rows 2,3 = 0,0; column 3 = 1,1.
        byte[] full = new byte[16];
        full[2 * 4 + 1] = 1;
        full[3 * 4 + 1] = 1;
        full[2 * 4 + 3] = 1;
        full[3 * 4 + 3] = 1;
        org.srnet.mask.Rle r = org.srnet.mask.Rle.encodeWindow(new byte[] {1, 0, 1, 1, 0, 1}, 1, 2, 3, 2, 4, 4);
        assertThat(r).isEqualTo(org.srnet.mask.Rle.encode(full, 4, 4));
        assertThat(r.counts()).containsExactly(6, 2, 6, 2);
        assertThat(window).hasSize(6);
    }

    @Test
    void frameResultBringsTrackedInstancesToTheOriginalFrame() {
        InputGeometry g = InputGeometry.fit(40, 20, 40, 20);
        HeadMapsFixture f = new HeadMapsFixture(g.headWidth(), g.headHeight());
        f.validW = g.validWidth();
        f.validH = g.validHeight();
        f.instance(2, 1, 5, 3, -0.5, 0.0, 0, 3, 2, 0.95f);
        InferenceOptions binary = InferenceOptions.DEFAULT.withMasks(MaskResolution.BINARY);
        java.util.List<Instance> found = new Clustering(binary).cluster(f.maps());
        java.util.List<TrackedInstance> t = new Tracker(binary).update(found);
        FrameResult r = FrameResults.of(4, "00004", t, new FrameMasks(g, binary).toOriginal(found, f.maps()), g);
        assertThat(r.width()).isEqualTo(40);
        assertThat(r.instances()).hasSize(1);
        SegmentedInstance s = r.instances().get(0);
        assertThat(s.trackId()).isEqualTo(1);
        assertThat(s.score()).isEqualTo(0.95f);
        // 4×3 head block → 16×12 original block minus its 4 corner pixels.
        assertThat(s.mask().area()).isEqualTo(16 * 12 - 4);
        assertThat(s.mask().decode()).isEqualTo(g.toOriginal(t.get(0).instance().mask()));
    }
}
