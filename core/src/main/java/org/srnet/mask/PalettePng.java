package org.srnet.mask;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

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
    /** PLTE chunk data: the whole 256-colour DAVIS palette, so any index a file holds has a colour. */
    private static final byte[] PLTE = paletteBytes();

    private PalettePng() {}

    /** RGB of palette index {@code i} (0..255) of the DAVIS palette. */
    public static int[] davisColor(int i) {
        return new int[] {DAVIS.getRed(i), DAVIS.getGreen(i), DAVIS.getBlue(i)};
    }

    /** Writes {@code labels} as an 8-bit palette PNG, atomically. */
    public static void write(Path file, LabelMap labels) {
        byte[] png = encode(labels);
        AtomicFiles.write(file, out -> out.write(png));
    }

    /**
     * The PNG file of {@code labels}: 8-bit indexed colour with the DAVIS palette, no filtering, fastest deflate.
     * Written directly rather than through ImageIO, whose general-purpose writer took most of the per-frame output
     * time of {@code srnet segment}; label maps are long runs of one index, which the fastest level compresses well.
     */
    static byte[] encode(LabelMap labels) {
        int w = labels.width();
        int h = labels.height();
        byte[] scanlines = new byte[(w + 1) * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(labels.labels(), y * w, scanlines, y * (w + 1) + 1, w); // leading 0: filter type None
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(8192);
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 3);
        chunk(png, "IHDR", header.array()); // then compression, filter and interlace method 0
        chunk(png, "PLTE", PLTE);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(scanlines);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(scanlines.length / 8 + 64);
        byte[] buffer = new byte[16384];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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

    private static byte[] paletteBytes() {
        byte[] rgb = new byte[3 * DAVIS.getMapSize()];
        for (int i = 0; i < DAVIS.getMapSize(); i++) {
            rgb[3 * i] = (byte) DAVIS.getRed(i);
            rgb[3 * i + 1] = (byte) DAVIS.getGreen(i);
            rgb[3 * i + 2] = (byte) DAVIS.getBlue(i);
        }
        return rgb;
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
