package org.srnet.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.srnet.UserError;

/**
 * An image file shrunk to at most a given width and carried as a JPEG {@code data:} URI, so the page needs no file
 * beside it.
 *
 * @param dataUri the {@code data:image/jpeg;base64,…} URI
 * @param width   width of the embedded image in pixels
 * @param height  height of the embedded image in pixels
 */
record EmbeddedImage(String dataUri, int width, int height) {
    /** JPEG quality of embedded frames: masks and labels stay crisp at a third of the PNG size. */
    private static final float QUALITY = 0.85f;

    /** Reads {@code file} and embeds it no wider than {@code maxWidth} pixels (never enlarged). */
    static EmbeddedImage of(Path file, int maxWidth) {
        BufferedImage image;
        try (InputStream in = Files.newInputStream(file)) {
            image = ImageIO.read(in);
        } catch (NoSuchFileException e) {
            throw UserError.inFile(file, "overlay frame does not exist", e);
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read overlay frame (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw UserError.inFile(file, "overlay frame is not an image ImageIO can read (expected JPEG or PNG)");
        }
        BufferedImage small = shrink(image, maxWidth);
        return new EmbeddedImage("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg(small)),
                small.getWidth(), small.getHeight());
    }

    /**
     * Halves the image while it is more than twice too wide, then scales the rest bilinearly: one bilinear step
     * over a large factor would skip pixels and alias the mask edges.
     */
    static BufferedImage shrink(BufferedImage image, int maxWidth) {
        BufferedImage current = toRgb(image);
        while (current.getWidth() > maxWidth) {
            int w = Math.max(maxWidth, (current.getWidth() + 1) / 2);
            int h = Math.max(1, (int) Math.round((double) current.getHeight() * w / current.getWidth()));
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    /** JPEG has no alpha and ImageIO writes odd colours for ARGB input, so draw onto plain RGB first. */
    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("encoding a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
