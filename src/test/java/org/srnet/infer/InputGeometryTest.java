package org.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

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
}
