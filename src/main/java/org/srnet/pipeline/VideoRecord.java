package org.srnet.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
            d.add("the options (" + options + " then, " + otherOptions + " now)");
        }
        if (!otherInput.equals(input)) {
            d.add("the input frames");
        }
        if (!wanted.stream().allMatch(f -> formats.contains(f.name()))) {
            d.add("the formats (" + formats + " then)");
        }
        return d;
    }

    /** Whether this video's tracks are part of {@code results.json}. */
    public boolean hasYtvis() {
        return formats.contains(OutputFormat.YTVIS.name());
    }
}
