package org.srnet.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The YouTube-VIS evaluation of one results file.
 *
 * @param stats the twelve summary numbers in the official order ({@link YtvisParams#STATS}); −1 where nothing
 *     could be averaged
 * @param perCategoryAp AP (IoU 0.50:0.95, area all, 100 detections) of every category, by category id in
 *     increasing order; −1 for categories without (non-ignored) ground truth
 * @param warnings inputs the official tool accepts silently but that probably are mistakes
 * @param identity identity figures per video and overall (not part of the official tool)
 */
public record YtvisResult(Map<String, Double> stats, Map<Integer, Double> perCategoryAp, List<String> warnings,
        IdentityResult identity) {
    public YtvisResult {
        Objects.requireNonNull(identity, "identity");
        stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
        perCategoryAp = Collections.unmodifiableMap(new LinkedHashMap<>(perCategoryAp));
        warnings = List.copyOf(warnings);
    }

    /** Returns one summary number by name, e.g. {@code "AP50"}. */
    public double get(String stat) {
        Double v = stats.get(stat);
        if (v == null) {
            throw new IllegalArgumentException("unknown stat " + stat + "; expected one of " + YtvisParams.STATS);
        }
        return v;
    }

    /** Returns the twelve lines the official {@code summarize()} prints, in its format. */
    public List<String> summaryLines() {
        String[][] spec = {
            {"1", null, "all", "100"}, {"1", "0.50", "all", "100"}, {"1", "0.75", "all", "100"},
            {"1", null, "small", "100"}, {"1", null, "medium", "100"}, {"1", null, "large", "100"},
            {"0", null, "all", "1"}, {"0", null, "all", "10"}, {"0", null, "all", "100"},
            {"0", null, "small", "100"}, {"0", null, "medium", "100"}, {"0", null, "large", "100"},
        };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < spec.length; i++) {
            boolean ap = spec[i][0].equals("1");
            String iou = spec[i][1] == null ? "0.50:0.95" : spec[i][1];
            lines.add(String.format(" %-18s %s @[ IoU=%-9s | area=%6s | maxDets=%3d ] = %s",
                    ap ? "Average Precision" : "Average Recall", ap ? "(AP)" : "(AR)", iou, spec[i][2],
                    Integer.parseInt(spec[i][3]), format3(stats.get(YtvisParams.STATS.get(i)))));
        }
        return lines;
    }

    /** Python's {@code '{:0.3f}'}: correctly rounded from the exact binary value, unlike {@code %.3f}. */
    static String format3(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
