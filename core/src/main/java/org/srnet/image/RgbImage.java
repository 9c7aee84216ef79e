package org.srnet.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.srnet.UserError;
import org.srnet.util.AtomicFiles;

/**
 * An RGB image as floats in [0, 1], channel-major ({@code 3×H×W}: all R, then all G, then all B), the layout
 * of {@link FramePair} and of the network input. Reads any format ImageIO reads; writes JPEG. The array is
 * shared, not copied (frames are large and passed along once), so record equality is identity on it.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param data {@code 3×height×width} values in [0, 1]
 */
public record RgbImage(int width, int height, float[] data) {
    /** Validates the size. */
    public RgbImage {
        if (width <= 0 || height <= 0 || data.length != 3 * width * height) {
            throw new IllegalArgumentException("RGB image " + width + "x" + height + " needs " + 3L * width * height
                    + " values, got " + data.length);
        }
    }

    /** A black image. */
    public static RgbImage black(int width, int height) {
        return new RgbImage(width, height, new float[3 * width * height]);
    }

    /** Reads an image file; a missing or unreadable file is a user error naming it. */
    public static RgbImage read(Path file) {
        BufferedImage img;
        try {
            img = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
        } catch (IOException | RuntimeException e) {
            throw UserError.inFile(file, "cannot read image (" + e.getMessage() + ")", e);
        }
        if (img == null) {
            throw UserError.inFile(file, Files.exists(file) ? "not a readable image" : "frame file not found");
        }
        return fromBuffered(img);
    }

    /** Converts a {@link BufferedImage} (any type) to floats. */
    public static RgbImage fromBuffered(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        float[] d = new float[3 * w * h];
        int plane = w * h;
        for (int i = 0; i < plane; i++) {
            int p = argb[i];
            d[i] = ((p >> 16) & 0xff) / 255f;
            d[plane + i] = ((p >> 8) & 0xff) / 255f;
            d[2 * plane + i] = (p & 0xff) / 255f;
        }
        return new RgbImage(w, h, d);
    }

    /** Converts to an 8-bit RGB {@link BufferedImage}, rounding and clamping. */
    public BufferedImage toBuffered() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int plane = width * height;
        int[] rgb = new int[plane];
        for (int i = 0; i < plane; i++) {
            rgb[i] = (to8(data[i]) << 16) | (to8(data[plane + i]) << 8) | to8(data[2 * plane + i]);
        }
        img.setRGB(0, 0, width, height, rgb, 0, width);
        return img;
    }

    /** Writes a JPEG at {@code quality} in (0, 1], atomically. */
    public void writeJpeg(Path file, float quality) {
        BufferedImage img = toBuffered();
        AtomicFiles.write(file, out -> {
            Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
            if (!it.hasNext()) {
                throw new IOException("no JPEG writer available");
            }
            ImageWriter writer = it.next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(quality);
                writer.write(null, new IIOImage(img, null, null), p);
            } finally {
                writer.dispose();
            }
        });
    }

    /** Value of channel {@code c} at pixel (x, y). */
    public float get(int c, int x, int y) {
        return data[(c * height + y) * width + x];
    }

    private static int to8(float v) {
        int i = Math.round(v * 255f);
        return i < 0 ? 0 : Math.min(i, 255);
    }
}
