package org.srnet.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.srnet.UserError;

/**
 * Reads one JPEG or PNG frame and notices damage. {@link ImageIO#read} decodes a truncated JPEG without complaint
 * (the missing rows come out grey; the decoder's "premature end of data" goes to a warning listener nobody
 * registered), so frames are read through an {@link ImageReader} whose warnings are collected and handed to a
 * {@link DamagedFrames} policy.
 */
public final class FrameImages {
    private FrameImages() {}

    /** Decodes {@code file}; an unreadable file is a {@link UserError}, a damaged one goes to {@code damage}. */
    public static BufferedImage read(Path file, DamagedFrames damage) {
        List<String> warnings = new ArrayList<>();
        BufferedImage img;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw UserError.inFile(file, "not a readable JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.setInput(in, true, true);
                img = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw UserError.inFile(file, Files.exists(file) ? "cannot decode frame image (" + e.getMessage() + ")"
                    : "frame not found", e);
        }
        if (!warnings.isEmpty()) {
            damage.report(file, "the decoder reported " + String.join("; ", warnings));
        }
        return img;
    }
}
