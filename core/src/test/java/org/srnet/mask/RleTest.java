package org.srnet.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RleTest {

    @Test
    void encodesColumnMajorStartingWithBackground() {
        byte[] mask = {0, 1, 1, 1}; // 2×2 row-major: column 0 = (0,1), column 1 = (1,1)
        Rle rle = Rle.encode(mask, 2, 2);
        assertThat(rle.counts()).containsExactly(1, 3);
        assertThat(rle.toCompressedString()).isEqualTo("13");
        Rle full = Rle.encode(new byte[] {1, 1, 1, 1}, 2, 2);
        assertThat(full.counts()).containsExactly(0, 4);
    }

    @Test
    void compressedStringUsesDeltasAndSignedChunks() {
        Rle rle = new Rle(1, 11, new int[] {5, 2, 3, 1});
        // counts[3] is stored as 1 − counts[1] = −1 → low chunk 31 with the sign bit, no continuation → 'O'
        assertThat(rle.toCompressedString()).isEqualTo("523O");
        assertThat(Rle.fromCompressedString("523O", 1, 11)).isEqualTo(rle);
        Rle big = new Rle(1, 1000, new int[] {100, 900});
        // 100 = 4 + 3·32: chunk 4 with continuation → 'T', then 3 → '3'. 900 = 4 + 28·32: 'T', then 28 has the
        // sign bit (0x10) set, so it needs a continuation ('l' = 28|0x20) and a final 0 chunk ('0').
        assertThat(big.toCompressedString()).isEqualTo("T3Tl0");
        assertThat(Rle.fromCompressedString("T3Tl0", 1, 1000)).isEqualTo(big);
    }

    @Test
    void randomMasksRoundTripThroughEveryForm() {
        Random rnd = new Random(7);
        for (int t = 0; t < 200; t++) {
            int h = 1 + rnd.nextInt(20);
            int w = 1 + rnd.nextInt(20);
            byte[] m = new byte[h * w];
            double p = rnd.nextDouble();
            for (int i = 0; i < m.length; i++) {
                m[i] = (byte) (rnd.nextDouble() < p ? 1 : 0);
            }
            Rle rle = Rle.encode(m, h, w);
            assertThat(rle.decode()).isEqualTo(m);
            assertThat(Rle.fromCompressedString(rle.toCompressedString(), h, w)).isEqualTo(rle);
            long area = 0;
            for (byte b : m) {
                area += b;
            }
            assertThat(rle.area()).isEqualTo(area);
        }
    }

    @Test
    void iouMatchesPixelCounting() {
        Random rnd = new Random(3);
        for (int t = 0; t < 100; t++) {
            int h = 1 + rnd.nextInt(12);
            int w = 1 + rnd.nextInt(12);
            byte[] a = new byte[h * w];
            byte[] b = new byte[h * w];
            int inter = 0;
            int union = 0;
            int areaA = 0;
            for (int i = 0; i < a.length; i++) {
                a[i] = (byte) rnd.nextInt(2);
                b[i] = (byte) rnd.nextInt(2);
                inter += a[i] & b[i];
                union += a[i] | b[i];
                areaA += a[i];
            }
            Rle ra = Rle.encode(a, h, w);
            Rle rb = Rle.encode(b, h, w);
            assertThat(Rle.intersection(ra, rb)).isEqualTo(inter);
            assertThat(Rle.iou(ra, rb, false)).isEqualTo(union == 0 ? 0 : (double) inter / union);
            assertThat(Rle.iou(ra, rb, true)).isEqualTo(areaA == 0 ? 0 : (double) inter / areaA);
        }
    }

    @Test
    void malformedStringsAreRejected() {
        assertThatThrownBy(() -> Rle.fromCompressedString("1 3", 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rle.fromCompressedString("1", 2, 2)).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> Rle.fromCompressedString("T", 2, 2)).hasMessageContaining("ends inside");
    }

    @Test
    void palettePngRoundTripsExactly(@TempDir Path dir) {
        byte[] labels = new byte[37 * 23];
        Random rnd = new Random(1);
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (rnd.nextInt(5) == 0 ? 255 : rnd.nextInt(21));
        }
        Path f = dir.resolve("sub/00000.png");
        PalettePng.write(f, new LabelMap(37, 23, labels));
        LabelMap back = PalettePng.read(f);
        assertThat(back.width()).isEqualTo(37);
        assertThat(back.labels()).isEqualTo(labels);
        assertThat(PalettePng.davisColor(1)).containsExactly(128, 0, 0);
        assertThat(PalettePng.davisColor(2)).containsExactly(0, 128, 0);
        assertThat(PalettePng.davisColor(3)).containsExactly(128, 128, 0);
    }
}
