package org.srnet.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.srnet.output.OverlayRenderer;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;

/**
 * The track timeline of one video as inline SVG: one row per track ID in the track's overlay colour, a bar over
 * every run of consecutive frames in which the track is alive, a frame axis below, and faint guides at the frames
 * shown in the strip above it. A run of frames is drawn as one bar rather than one bar per frame: it looks the same
 * and keeps long videos small.
 */
final class TrackTimeline {
    /** Width of the drawing in SVG units; the page scales it to the column width. */
    static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 170;
    private static final int RIGHT_MARGIN = 12;
    private static final int TOP = 6;
    private static final int ROW_HEIGHT = 20;
    private static final int BAR_HEIGHT = 14;
    private static final int AXIS_HEIGHT = 28;
    /** Tick spacings tried in order; the first giving at most {@link #MAX_TICKS} ticks wins. */
    private static final int[] TICK_STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
    private static final int MAX_TICKS = 12;
    /** Longest category name that fits the label column beside a track ID. */
    private static final int MAX_NAME = 12;

    private TrackTimeline() {}

    /**
     * Returns the SVG element.
     *
     * @param results       the video's frames; a frame's position on the axis is its {@code frameIndex}
     * @param categoryName  category id (≥ 1) → display name, for the row labels
     * @param markedFrames  frame indices to mark with a guide (the strip's frames)
     */
    static String svg(List<FrameResult> results, IntFunction<String> categoryName, List<Integer> markedFrames) {
        int frames = 0;
        for (FrameResult r : results) {
            frames = Math.max(frames, r.frameIndex() + 1);
        }
        int n = frames;
        SortedMap<Integer, boolean[]> alive = new TreeMap<>();
        Map<Integer, Map<Integer, Integer>> categoryVotes = new HashMap<>();
        for (FrameResult r : results) {
            for (SegmentedInstance s : r.instances()) {
                alive.computeIfAbsent(s.trackId(), k -> new boolean[n])[r.frameIndex()] = true;
                if (s.category() > 0) {
                    categoryVotes.computeIfAbsent(s.trackId(), k -> new HashMap<>()).merge(s.category(), 1, Integer::sum);
                }
            }
        }

        int rows = Math.max(alive.size(), 1);
        int plotTop = TOP;
        int plotBottom = TOP + rows * ROW_HEIGHT;
        int height = plotBottom + AXIS_HEIGHT;
        double plotWidth = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
        double cell = frames == 0 ? 0 : plotWidth / frames;

        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"track timeline: ").append(alive.size())
                .append(" tracks over ").append(frames).append(" frames\">\n");
        for (int f : markedFrames) {
            if (f >= 0 && f < frames) {
                double x = LABEL_WIDTH + (f + 0.5) * cell;
                b.append("<line class=\"guide\" x1=\"").append(num(x)).append("\" y1=\"").append(plotTop)
                        .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(plotBottom).append("\"/>\n");
            }
        }
        int rowIndex = 0;
        for (Map.Entry<Integer, boolean[]> e : alive.entrySet()) {
            int id = e.getKey();
            int y = plotTop + rowIndex * ROW_HEIGHT;
            double barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
            String colour = hex(OverlayRenderer.trackColor(id));
            String label = "#" + id;
            Map<Integer, Integer> votes = categoryVotes.get(id);
            if (votes != null) {
                int category = votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).get().getKey();
                String name = categoryName.apply(category);
                // the label column is narrow; the bar's tooltip carries the full name
                label += " " + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name);
            }
            b.append("<g class=\"track\" data-track=\"").append(id).append("\">");
            b.append("<rect class=\"lane\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(num(barY))
                    .append("\" width=\"").append(num(plotWidth)).append("\" height=\"").append(BAR_HEIGHT).append("\"/>");
            b.append("<circle class=\"swatch\" cx=\"").append(LABEL_WIDTH - 10).append("\" cy=\"")
                    .append(num(y + ROW_HEIGHT / 2.0)).append("\" r=\"5\" fill=\"").append(colour).append("\"/>");
            b.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 20).append("\" y=\"")
                    .append(num(y + ROW_HEIGHT / 2.0)).append("\">").append(Html.escape(label)).append("</text>");
            for (int[] run : runs(e.getValue())) {
                b.append("<rect class=\"alive\" x=\"").append(num(LABEL_WIDTH + run[0] * cell)).append("\" y=\"")
                        .append(num(barY)).append("\" width=\"").append(num((run[1] - run[0] + 1) * cell))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colour).append("\"><title>")
                        .append(Html.escape(label)).append(": frames ").append(run[0]).append("–").append(run[1])
                        .append("</title></rect>");
            }
            b.append("</g>\n");
            rowIndex++;
        }
        if (alive.isEmpty()) {
            b.append("<text class=\"empty\" x=\"").append(num(LABEL_WIDTH + plotWidth / 2)).append("\" y=\"")
                    .append(num(plotTop + ROW_HEIGHT / 2.0)).append("\">no objects found</text>\n");
        }
        axis(b, frames, cell, plotBottom);
        b.append("</svg>");
        return b.toString();
    }

    /** The maximal runs {start, end} (both inclusive) of true entries. */
    static List<int[]> runs(boolean[] alive) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int f = 0; f <= alive.length; f++) {
            boolean on = f < alive.length && alive[f];
            if (on && start < 0) {
                start = f;
            } else if (!on && start >= 0) {
                out.add(new int[] {start, f - 1});
                start = -1;
            }
        }
        return out;
    }

    private static void axis(StringBuilder b, int frames, double cell, int y) {
        b.append("<g class=\"axis\"><line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(y).append("\" x2=\"")
                .append(num(LABEL_WIDTH + frames * cell)).append("\" y2=\"").append(y).append("\"/>");
        if (frames > 0) {
            int step = TICK_STEPS[TICK_STEPS.length - 1];
            for (int s : TICK_STEPS) {
                if ((frames - 1) / s + 1 <= MAX_TICKS) {
                    step = s;
                    break;
                }
            }
            for (int f = 0; f < frames; f += step) {
                double x = LABEL_WIDTH + (f + 0.5) * cell;
                b.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(y).append("\" x2=\"").append(num(x))
                        .append("\" y2=\"").append(y + 5).append("\"/><text x=\"").append(num(x)).append("\" y=\"")
                        .append(y + 18).append("\">").append(f).append("</text>");
            }
        }
        b.append("<text class=\"axis-title\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 18)
                .append("\">frame</text></g>\n");
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** SVG coordinates with at most two decimals, always with a dot. */
    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }
}
