package org.srnet.mask;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.srnet.UserError;
import org.srnet.util.AtomicFiles;

/**
 * 8-bit palette PNGs with the DAVIS (Pascal VOC) palette: the annotation and submission format of DAVIS.
 * Indices are always read from the raster, never through colours, so 1-, 2- and 4-bit palette files written by
 * other tools read correctly too.
 */
public final class PalettePng {
    private static final IndexColorModel DAVIS = davisColorModel();

    private PalettePng() {}

    /** RGB of palette index {@code i} (0..255) of the DAVIS palette. */
    public static int[] davisColor(int i) {
        return new int[] {DAVIS.getRed(i), DAVIS.getGreen(i), DAVIS.getBlue(i)};
    }

    /** Writes {@code labels} as an 8-bit palette PNG, atomically. */
    public static void write(Path file, LabelMap labels) {
        BufferedImage img = new BufferedImage(labels.width(), labels.height(), BufferedImage.TYPE_BYTE_INDEXED, DAVIS);
        WritableRaster r = img.getRaster();
        r.setDataElements(0, 0, labels.width(), labels.height(), labels.labels());
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Reads a palette (or grayscale) PNG as labels; anything else is a user error naming the file. */
    public static LabelMap read(Path file) {
        BufferedImage img;
        try {
            img = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
        } catch (IOException | RuntimeException e) {
            throw UserError.inFile(file, "cannot read PNG (" + e.getMessage() + ")", e);
        }
        if (img == null) {
            throw UserError.inFile(file, Files.exists(file) ? "not a readable image" : "file not found");
        }
        boolean indexed = img.getColorModel() instanceof IndexColorModel;
        boolean gray = img.getType() == BufferedImage.TYPE_BYTE_GRAY;
        if (!indexed && !gray) {
            throw UserError.inFile(file, "not a palette or grayscale PNG (label maps must store object ids as indices)");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        Raster raster = img.getRaster();
        int[] row = new int[w];
        byte[] labels = new byte[w * h];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                labels[y * w + x] = (byte) row[x];
            }
        }
        return new LabelMap(w, h, labels);
    }

    /** The Pascal VOC / DAVIS colour map: index bits are spread over the high bits of R, G and B. */
    private static IndexColorModel davisColorModel() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            int c = i;
            int rr = 0;
            int gg = 0;
            int bb = 0;
            for (int j = 0; j < 8; j++) {
                rr |= ((c >> 0) & 1) << (7 - j);
                gg |= ((c >> 1) & 1) << (7 - j);
                bb |= ((c >> 2) & 1) << (7 - j);
                c >>= 3;
            }
            r[i] = (byte) rr;
            g[i] = (byte) gg;
            b[i] = (byte) bb;
        }
        return new IndexColorModel(8, 256, r, g, b);
    }
}
