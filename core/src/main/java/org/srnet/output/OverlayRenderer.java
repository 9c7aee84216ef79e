package org.srnet.output;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.IntFunction;

import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;

/**
 * Draws a frame's segmentation over the frame for people to look at: each track's mask blended at alpha
 * {@value #ALPHA} in a colour fixed by its track ID (so it stays the same over time), and a label "#id" plus the
 * category name (VIS) at the top-left of the mask's bounding box.
 */
public final class OverlayRenderer {
    /** Opacity of the mask colour. */
    public static final double ALPHA = 0.5;

    private final IntFunction<String> categoryNames;

    /**
     * A renderer.
     *
     * @param categoryNames category id → display name; null to print the bare id (0 = UVOS prints nothing)
     */
    public OverlayRenderer(IntFunction<String> categoryNames) {
        this.categoryNames = categoryNames;
    }

    /** The colour of a track: hues spaced by the golden angle, so consecutive IDs differ clearly. */
    public static Color trackColor(int trackId) {
        float hue = (float) ((trackId * 0.6180339887498949) % 1.0);
        return Color.getHSBColor(hue, 0.85f, 1.0f);
    }

    /** A new RGB image: {@code frame} with {@code result} drawn over it (the frame is not modified). */
    public BufferedImage render(BufferedImage frame, FrameResult result) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        if (w != result.width() || h != result.height()) {
            throw new IllegalArgumentException("frame is " + w + "×" + h + " but the result is " + result.width() + "×" + result.height());
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
        int[][] boxes = new int[result.instances().size()][];
        for (int k = 0; k < result.instances().size(); k++) {
            SegmentedInstance s = result.instances().get(k);
            Color c = trackColor(s.trackId());
            byte[] m = s.mask().decode();
            int x0 = w;
            int y0 = h;
            for (int i = 0; i < m.length; i++) {
                if (m[i] != 0) {
                    rgb[i] = blend(rgb[i], c);
                    x0 = Math.min(x0, i % w);
                    y0 = Math.min(y0, i / w);
                }
            }
            boxes[k] = x0 < w ? new int[] {x0, y0} : null;
        }
        out.setRGB(0, 0, w, h, rgb, 0, w);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, h / 36)));
            FontMetrics fm = g.getFontMetrics();
            for (int k = 0; k < boxes.length; k++) {
                if (boxes[k] == null) {
                    continue;
                }
                SegmentedInstance s = result.instances().get(k);
                String label = label(s);
                int tw = fm.stringWidth(label) + 6;
                int th = fm.getHeight();
                int x = Math.min(boxes[k][0], Math.max(0, w - tw));
                int y = Math.max(0, Math.min(boxes[k][1], h - th));
                g.setColor(trackColor(s.trackId()).darker().darker());
                g.fillRect(x, y, tw, th);
                g.setColor(Color.WHITE);
                g.drawString(label, x + 3, y + fm.getAscent());
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private String label(SegmentedInstance s) {
        String id = "#" + s.trackId();
        if (s.category() == 0) {
            return id;
        }
        String name = categoryNames == null ? null : categoryNames.apply(s.category());
        return id + " " + (name != null ? name : "class " + s.category());
    }

    private static int blend(int rgb, Color c) {
        int r = (int) Math.round(((rgb >> 16) & 0xff) * (1 - ALPHA) + c.getRed() * ALPHA);
        int g = (int) Math.round(((rgb >> 8) & 0xff) * (1 - ALPHA) + c.getGreen() * ALPHA);
        int b = (int) Math.round((rgb & 0xff) * (1 - ALPHA) + c.getBlue() * ALPHA);
        return r << 16 | g << 8 | b;
    }
}
