package org.srnet.video;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Synthetic video frames for benchmarks: a diagonal colour gradient with a few coloured discs and boxes moving
 * along Lissajous paths, so consecutive frames differ as a real video's do. Frame {@code t} depends only on
 * {@code t} and the size, so a stream of any length needs no storage.
 */
public final class MovingPattern {
    private static final Color[] COLOURS = {
        new Color(220, 40, 40), new Color(40, 170, 60), new Color(40, 80, 220), new Color(230, 200, 30), new Color(160, 60, 200),
    };

    private final int width;
    private final int height;

    /** Frames of {@code width×height} pixels. */
    public MovingPattern(int width, int height) {
        if (width < 8 || height < 8) {
            throw new IllegalArgumentException("frame must be at least 8×8, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** Frame width in pixels. */
    public int width() {
        return width;
    }

    /** Frame height in pixels. */
    public int height() {
        return height;
    }

    /** Frame {@code t} (a new image; RGB). */
    public BufferedImage frame(int t) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(90, 110, 130), width, height, new Color(200, 190, 160)));
        g.fillRect(0, 0, width, height);
        int size = Math.max(4, Math.min(width, height) / 4);
        for (int k = 0; k < COLOURS.length; k++) {
            // Distinct frequencies per object keep their paths from locking together.
            double phase = t * 0.02 * (1 + 0.3 * k) + k;
            int x = (int) ((width - size) * (0.5 + 0.5 * Math.sin(phase)));
            int y = (int) ((height - size) * (0.5 + 0.5 * Math.cos(1.3 * phase)));
            g.setColor(COLOURS[k]);
            if (k % 2 == 0) {
                g.fillOval(x, y, size, size);
            } else {
                g.fillRect(x, y, size, size * 3 / 4);
            }
        }
        g.dispose();
        return image;
    }
}
