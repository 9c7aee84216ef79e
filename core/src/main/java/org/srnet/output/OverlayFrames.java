package org.srnet.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.srnet.util.AtomicFiles;

/**
 * Writes overlay images as one file per frame, {@code <dir>/<frame>.jpg} or {@code .png}, each atomically.
 */
public final class OverlayFrames {
    private final Path dir;
    private final String format;

    /**
     * A writer into {@code dir}.
     *
     * @param format "jpg" or "png"
     */
    public OverlayFrames(Path dir, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("jpg") && !f.equals("png")) {
            throw new IllegalArgumentException("overlay format must be jpg or png, got " + format);
        }
        this.dir = dir;
        this.format = f;
    }

    /** The file of one frame. */
    public Path file(String frameName) {
        return dir.resolve(frameName + "." + format);
    }

    /** Writes one overlay image. */
    public void write(String frameName, BufferedImage overlay) {
        AtomicFiles.write(file(frameName), out -> {
            if (!ImageIO.write(overlay, format.equals("jpg") ? "jpeg" : "png", out)) {
                throw new IOException("no " + format + " writer for this image type");
            }
        });
    }

    /** Whether every named frame already has its overlay. */
    public boolean isComplete(List<String> frameNames) {
        return !frameNames.isEmpty() && frameNames.stream().allMatch(n -> Files.isRegularFile(file(n)));
    }
}
