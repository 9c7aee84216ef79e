package org.srnet.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.srnet.util.AtomicFiles;

/**
 * Draws the loss terms of a training log over iterations as a PNG (log-scale y, each term a colour, smoothed by a
 * running mean so the trend is visible through the per-batch noise).
 */
public final class LossCurve {
    private static final String[] TERMS = {"total", "seg", "smooth", "track", "score", "cat"};
    private static final Color[] COLORS = {Color.BLACK, new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0xff7f0e)};

    private LossCurve() {}

    public static void write(Path log, Path png) {
        List<Map<String, Object>> entries = TrainingLog.read(log);
        int width = 900;
        int height = 500;
        int left = 70;
        int right = 130;
        int top = 30;
        int bottom = 50;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.DARK_GRAY);
        g.drawString("srnet training loss (running mean)", left, 18);
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        g.drawRect(left, top, plotW, plotH);
        if (entries.size() >= 2) {
            double maxIt = num(entries.get(entries.size() - 1), "iteration");
            double minIt = num(entries.get(0), "iteration");
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            double[][] series = new double[TERMS.length][];
            for (int t = 0; t < TERMS.length; t++) {
                series[t] = smooth(entries, TERMS[t], Math.max(1, entries.size() / 50));
                for (double v : series[t]) {
                    if (v > 1e-6) {
                        lo = Math.min(lo, Math.log10(v));
                        hi = Math.max(hi, Math.log10(v));
                    }
                }
            }
            lo = Math.floor(lo);
            hi = Math.ceil(hi);
            if (hi <= lo) {
                hi = lo + 1;
            }
            for (int d = (int) lo; d <= hi; d++) {
                int y = top + (int) ((hi - d) / (hi - lo) * plotH);
                g.setColor(new Color(0xe0e0e0));
                g.drawLine(left + 1, y, left + plotW - 1, y);
                g.setColor(Color.DARK_GRAY);
                g.drawString("1e" + d, 30, y + 4);
            }
            g.drawString("iteration " + (long) minIt, left, height - 20);
            g.drawString(Long.toString((long) maxIt), left + plotW - 40, height - 20);
            g.setStroke(new BasicStroke(1.6f));
            for (int t = 0; t < TERMS.length; t++) {
                g.setColor(COLORS[t]);
                int px = -1;
                int py = -1;
                for (int i = 0; i < entries.size(); i++) {
                    double v = series[t][i];
                    if (v <= 1e-6) {
                        px = -1;
                        continue;
                    }
                    int x = left + (int) ((num(entries.get(i), "iteration") - minIt) / Math.max(1, maxIt - minIt) * plotW);
                    int y = top + (int) ((hi - Math.log10(v)) / (hi - lo) * plotH);
                    if (px >= 0) {
                        g.drawLine(px, py, x, y);
                    }
                    px = x;
                    py = y;
                }
                g.fillRect(width - right + 15, top + 10 + 20 * t, 14, 4);
                g.drawString(TERMS[t], width - right + 35, top + 16 + 20 * t);
            }
        }
        g.dispose();
        AtomicFiles.write(png, out -> ImageIO.write(img, "png", out));
    }

    private static double[] smooth(List<Map<String, Object>> entries, String key, int window) {
        double[] out = new double[entries.size()];
        double sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            sum += num(entries.get(i), key);
            if (i >= window) {
                sum -= num(entries.get(i - window), key);
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    private static double num(Map<String, Object> e, String key) {
        Object v = e.get(key);
        return v instanceof Number n ? n.doubleValue() : 0;
    }
}
