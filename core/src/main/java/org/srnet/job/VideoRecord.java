package org.srnet.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What produced one finished video's outputs, kept in its done marker: a re-run compares it with what it would
 * use now and segments the video again when anything differs, rather than keeping results made another way.
 *
 * @param name    the video's name as the input gives it
 * @param videoId the YouTube-VIS {@code video_id} its tracks carry in {@code results.json}
 * @param model   digest of the model's architecture, categories and weights ({@link ModelDigest})
 * @param options the segmenter options ({@code --set} values applied) as JSON
 * @param formats the output formats written
 * @param input   identity of the input frames ({@link org.srnet.video.VideoSource#identity()})
 * @param frames  frames segmented
 * @param tracks  distinct tracks found
 */
public record VideoRecord(String name, long videoId, String model, String options, List<String> formats, String input,
        int frames, int tracks) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public VideoRecord {
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    /** Whether these outputs were made with the given model, options and input and include every wanted format. */
    public boolean matches(String otherModel, String otherOptions, Set<OutputFormat> wanted, String otherInput) {
        return differences(otherModel, otherOptions, wanted, otherInput).isEmpty();
    }

    /** What differs from the given production, for people ("the model", "the options", ...); empty if nothing. */
    public List<String> differences(String otherModel, String otherOptions, Set<OutputFormat> wanted, String otherInput) {
        List<String> d = new ArrayList<>();
        if (!otherModel.equals(model)) {
            d.add("the model");
        }
        if (!otherOptions.equals(options)) {
            d.add("the options (" + optionChanges(options, otherOptions) + ")");
        }
        if (!otherInput.equals(input)) {
            d.add("the input frames");
        }
        if (!wanted.stream().allMatch(f -> formats.contains(f.name()))) {
            d.add("the formats (" + formats + " then)");
        }
        return d;
    }

    /** "inference.minScore 0.3 → 0.5, inputWidth 320 → 640": the values that differ between two options JSONs. */
    static String optionChanges(String before, String now) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(now);
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                out.add(k + " " + a.getOrDefault(k, "-") + " → " + b.getOrDefault(k, "-"));
            }
        }
        return String.join(", ", out);
    }

    private static Map<String, String> flatten(String json) {
        Map<String, String> out = new TreeMap<>();
        try {
            flatten(JSON.readTree(json), "", out);
        } catch (JsonProcessingException e) {
            out.put("options", json);
        }
        return out;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), prefix + e.getKey() + ".", out));
        } else {
            out.put(prefix.substring(0, Math.max(0, prefix.length() - 1)), node.asText());
        }
    }

    /** Whether this video's tracks are part of {@code results.json}. */
    public boolean hasYtvis() {
        return formats.contains(OutputFormat.YTVIS.name());
    }
}
