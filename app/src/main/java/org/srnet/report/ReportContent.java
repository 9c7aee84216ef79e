package org.srnet.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srnet.eval.DavisResult;
import org.srnet.eval.YtvisResult;

/**
 * Everything the HTML report shows, gathered by the caller (the demo) beforehand so the report only renders.
 *
 * @param title         page title and main heading
 * @param modelCard     the model's card, shown as key/value rows in insertion order (preset, iterations, training
 *                      time, data, validation J&amp;F, …); values are printed with {@code String.valueOf}
 * @param videos        the segmented videos, in the order they are shown
 * @param davis         the DAVIS unsupervised evaluation of the videos; null when not evaluated
 * @param ytvis         the YouTube-VIS evaluation of the videos; null when not evaluated
 * @param categoryNames display name of each category: entry {@code c − 1} names category {@code c}; may be empty
 *                      (UVOS), then categories are shown by number
 * @param notes         free-text key/value rows shown at the end in insertion order (machine, command, date, …)
 */
public record ReportContent(String title, Map<String, Object> modelCard, List<ReportVideo> videos,
        DavisResult davis, YtvisResult ytvis, List<String> categoryNames, Map<String, String> notes) {

    public ReportContent {
        if (title == null || title.isEmpty()) {
            throw new IllegalArgumentException("ReportContent: title must not be empty");
        }
        modelCard = Collections.unmodifiableMap(new LinkedHashMap<>(modelCard));
        videos = List.copyOf(videos);
        categoryNames = List.copyOf(categoryNames);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** Returns the display name of category {@code c} (1..C), or "category c" when it has no name. */
    public String categoryName(int c) {
        return c >= 1 && c <= categoryNames.size() ? categoryNames.get(c - 1) : "category " + c;
    }
}
