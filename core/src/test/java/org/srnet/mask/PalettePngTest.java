package org.srnet.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PalettePngTest {
    @Test
    void writtenFilesReadBackExactlyWithTheDavisPalette(@TempDir Path dir) throws Exception {
        byte[] labels = new byte[37 * 23];
        new Random(7).nextBytes(labels);
        labels[0] = 1;
        Path file = dir.resolve("00000.png");
        PalettePng.write(file, new LabelMap(37, 23, labels));

        assertThat(PalettePng.read(file).labels()).isEqualTo(labels);
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(37);
        assertThat(img.getHeight()).isEqualTo(23);
        IndexColorModel palette = (IndexColorModel) img.getColorModel();
        assertThat(palette.getMapSize()).isEqualTo(256);
        assertThat(palette.getPixelSize()).isEqualTo(8);
        // DAVIS / Pascal VOC colours: 1 = dark red, 2 = dark green, 3 = olive, 255 = (224, 224, 192)
        assertThat(img.getRGB(0, 0) & 0xffffff).isEqualTo(0x800000);
        assertThat(PalettePng.davisColor(2)).containsExactly(0, 128, 0);
        assertThat(PalettePng.davisColor(3)).containsExactly(128, 128, 0);
        assertThat(PalettePng.davisColor(255)).containsExactly(224, 224, 192);
    }

    @Test
    void aLabelMapOfLongRunsCompressesWell() {
        byte[] labels = new byte[320 * 192];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) ((i % 320) / 80);
        }
        assertThat(PalettePng.encode(new LabelMap(320, 192, labels)).length).isLessThan(4000);
    }
}
