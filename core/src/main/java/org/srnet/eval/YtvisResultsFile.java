package org.srnet.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.srnet.UserError;
import org.srnet.data.YtvisVideo;
import org.srnet.mask.Rle;
import org.srnet.mask.SegmentationJson;
import org.srnet.util.JsonErrors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a YouTube-VIS results file: a JSON list of {@code {video_id, category_id, score, segmentations}}, each
 * segmentation {@code null} or an RLE {@code {size: [h, w], counts}}.
 *
 * <p>Differences from the official {@code loadRes}, all on input it cannot evaluate: uncompressed RLE
 * ({@code counts} as a list of ints, where the official tool fails with "Expected bytes, got list") is accepted;
 * an empty list evaluates to zeros instead of crashing; a {@code video_id} not in the ground truth is an error
 * naming the entry (the official tool fails an assertion). Frame-count and mask-size mismatches are evaluated
 * as the official tool does (see {@link VideoIou}) and reported as warnings.
 */
public final class YtvisResultsFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<YtvisDetection> detections;
    private final List<String> warnings;

    private YtvisResultsFile(List<YtvisDetection> detections, List<String> warnings) {
        this.detections = List.copyOf(detections);
        this.warnings = List.copyOf(warnings);
    }

    /** The detections in file order. */
    public List<YtvisDetection> detections() {
        return detections;
    }

    /** Mismatches the official tool evaluates silently (frame counts, mask sizes). */
    public List<String> warnings() {
        return warnings;
    }

    /** Reads {@code file}, checking every entry against the ground-truth {@code videos} (by id). */
    public static YtvisResultsFile read(Path file, Map<Integer, YtvisVideo> videos) {
        return read(file, videos, Set.of());
    }

    /**
     * Reads {@code file}, checking every entry against the ground-truth {@code videos} (by id) and, unless empty,
     * its {@code categoryIds}. Like the ground-truth reader, entries the official tool would accept silently but
     * that cannot be right are refused in one message, naming the first and counting the rest: a category the
     * ground truth does not have (its detections would count for nothing, silently lowering AP), a category id or
     * video id below 1, and a negative score (scores rank detections; a negative one comes from a bug, e.g. a
     * logit written instead of a probability).
     */
    public static YtvisResultsFile read(Path file, Map<Integer, YtvisVideo> videos, Set<Integer> categoryIds) {
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(file, Files.exists(file) ? "not a regular file" : "file not found");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw JsonErrors.malformed(file, e);
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw UserError.inFile(file, "results must be a JSON list of {video_id, category_id, score, segmentations}");
        }
        List<YtvisDetection> out = new ArrayList<>(root.size());
        int lengthMismatches = 0;
        String lengthExample = null;
        int sizeMismatches = 0;
        String sizeExample = null;
        int invalid = 0;
        String firstInvalid = null;
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            String entry = "results[" + i + "]";
            if (!r.isObject()) {
                throw UserError.inFile(file, entry + " is not an object");
            }
            int videoId = intField(r, "video_id", file, entry);
            int categoryId = intField(r, "category_id", file, entry);
            JsonNode scoreNode = r.get("score");
            if (scoreNode == null || !scoreNode.isNumber()) {
                throw UserError.inFile(file, entry + " needs a numeric \"score\"");
            }
            String problem = videoId < 1 ? "video_id " + videoId + " (ids start at 1)"
                    : categoryId < 1 ? "category_id " + categoryId + " (ids start at 1)"
                    : !categoryIds.isEmpty() && !categoryIds.contains(categoryId)
                            ? "category_id " + categoryId + ", which the ground truth does not declare (it has "
                                    + new TreeSet<>(categoryIds) + ")"
                    : scoreNode.asDouble() < 0 ? "a negative score " + scoreNode.asDouble() : null;
            if (problem != null) {
                if (invalid++ == 0) {
                    firstInvalid = entry + " has " + problem;
                }
                continue;
            }
            YtvisVideo video = videos.get(videoId);
            if (video == null) {
                throw UserError.inFile(file, entry + " has video_id " + videoId + ", which is not in the ground truth");
            }
            JsonNode segs = r.get("segmentations");
            if (segs == null || !segs.isArray()) {
                throw UserError.inFile(file, entry + " needs \"segmentations\": a list with one RLE or null per frame");
            }
            List<Rle> masks = new ArrayList<>(segs.size());
            for (int f = 0; f < segs.size(); f++) {
                JsonNode s = segs.get(f);
                if (s == null || s.isNull()) {
                    masks.add(null);
                    continue;
                }
                Rle rle = parseRle(s, file, entry + " segmentations[" + f + "]");
                if (rle.height() != video.height() || rle.width() != video.width()) {
                    sizeMismatches++;
                    if (sizeExample == null) {
                        sizeExample = entry + " frame " + f + " is " + rle.width() + "x" + rle.height() + ", video "
                                + videoId + " is " + video.width() + "x" + video.height();
                    }
                }
                masks.add(rle);
            }
            if (masks.size() != video.frames().size()) {
                lengthMismatches++;
                if (lengthExample == null) {
                    lengthExample = entry + " has " + masks.size() + " frames, video " + videoId + " has "
                            + video.frames().size();
                }
            }
            out.add(new YtvisDetection(videoId, categoryId, scoreNode.asDouble(), masks));
        }
        if (invalid > 0) {
            throw UserError.inFile(file, firstInvalid + (invalid > 1 ? " (" + invalid + " entries in all are invalid)" : ""));
        }
        List<String> warnings = new ArrayList<>();
        if (lengthMismatches > 0) {
            warnings.add(file + ": " + lengthMismatches + " result(s) do not have one segmentation per video frame, e.g. "
                    + lengthExample + "; as the official tool, only the frames both lists have are compared");
        }
        if (sizeMismatches > 0) {
            warnings.add(file + ": " + sizeMismatches + " result mask(s) differ in size from their video, e.g. "
                    + sizeExample + "; as the official tool, such frames add nothing to intersection or union");
        }
        return new YtvisResultsFile(out, warnings);
    }

    private static Rle parseRle(JsonNode s, Path file, String what) {
        JsonNode size = s.get("size");
        if (!s.isObject() || size == null || !size.isArray() || size.size() != 2 || !size.get(0).canConvertToInt()
                || !size.get(1).canConvertToInt()) {
            throw UserError.inFile(file, what + " must be null or an RLE {\"size\": [h, w], \"counts\": ...}");
        }
        try {
            return SegmentationJson.parse(s, size.get(0).asInt(), size.get(1).asInt());
        } catch (IllegalArgumentException e) {
            throw UserError.inFile(file, what + ": " + e.getMessage(), e);
        }
    }

    private static int intField(JsonNode r, String name, Path file, String entry) {
        JsonNode v = r.get(name);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw UserError.inFile(file, entry + " needs an integer \"" + name + "\"");
        }
        return v.asInt();
    }
}
