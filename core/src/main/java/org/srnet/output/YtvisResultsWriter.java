package org.srnet.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.srnet.UserError;
import org.srnet.mask.Rle;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.result.TrackSummary;
import org.srnet.util.AtomicFiles;
import org.srnet.util.ConfinedPaths;
import org.srnet.util.JsonErrors;

/**
 * Writes a YouTube-VIS {@code results.json}: a JSON array with one object per track,
 * {@code {"video_id", "score", "category_id", "segmentations"}}, where {@code segmentations} has one entry per frame
 * of the video, a compressed COCO RLE {@code {"size": [h, w], "counts": "..."}} or null where the track is absent.
 * Every confirmed track of a video is written (the AP computation ranks them by score); tracks the tracker never
 * confirmed are left out.
 *
 * <p>So that an interrupted run loses nothing, each finished video goes to its own part file
 * {@code <results>.parts/<video name>.json} (atomically), and {@link #finish} merges the parts of every finished
 * video into the results file (atomically). Parts are named after the video rather than its id, since inputs
 * without dataset ids number their videos from 1 and two such inputs in one output folder would collide.
 */
public final class YtvisResultsWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path results;
    private final Path parts;

    /** A writer for {@code results} (e.g. {@code out/results.json}). */
    public YtvisResultsWriter(Path results) {
        this.results = results;
        this.parts = results.resolveSibling(results.getFileName() + ".parts");
    }

    /** Whether the part of the video whose outputs are named {@code part} has been written. */
    public boolean hasPart(String part) {
        return Files.isRegularFile(partFile(part));
    }

    /** Deletes a video's part, so that a video being segmented again cannot leave its old tracks behind. */
    public void removePart(String part) {
        try {
            Files.deleteIfExists(partFile(part));
        } catch (IOException e) {
            throw UserError.inFile(partFile(part), "cannot delete (" + e.getMessage() + ")", e);
        }
    }

    private Path partFile(String part) {
        return ConfinedPaths.named(parts, part, ".json");
    }

    /** The tracks of one video, ready to write: category and score per {@link TrackSummary}. */
    public static List<YtvisTrack> tracks(long videoId, int frameCount, List<FrameResult> frames) {
        Map<Integer, Rle[]> masks = new HashMap<>();
        for (FrameResult f : frames) {
            if (f.frameIndex() >= frameCount) {
                throw new IllegalArgumentException("frame index " + f.frameIndex() + " outside a video of " + frameCount + " frames");
            }
            for (SegmentedInstance s : f.instances()) {
                masks.computeIfAbsent(s.trackId(), k -> new Rle[frameCount])[f.frameIndex()] = s.mask();
            }
        }
        List<YtvisTrack> out = new ArrayList<>();
        for (TrackSummary t : TrackSummary.confirmed(frames)) {
            out.add(new YtvisTrack(videoId, t.category(), t.score(), Arrays.asList(masks.get(t.trackId()))));
        }
        return out;
    }

    /** Writes the part file of one finished video, named like the video's other outputs. */
    public void addVideo(String part, long videoId, int frameCount, List<FrameResult> frames) {
        List<YtvisTrack> tracks = tracks(videoId, frameCount, frames);
        AtomicFiles.write(partFile(part), out -> {
            try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                g.writeStartArray();
                for (YtvisTrack t : tracks) {
                    writeTrack(g, t);
                }
                g.writeEndArray();
            }
        });
    }

    /**
     * Writes the results file as the merge of the named parts, in the given order, atomically; returns the number of
     * tracks written. Only the parts named are merged, so a part left by a video that never finished is not.
     */
    public int finish(List<String> partsInOrder) {
        int[] count = {0};
        AtomicFiles.write(results, out -> {
            try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                g.writeStartArray();
                for (String part : partsInOrder) {
                    for (JsonNode n : readArray(partFile(part))) {
                        JSON.writeTree(g, n);
                        count[0]++;
                    }
                }
                g.writeEndArray();
            }
        });
        return count[0];
    }

    private static void writeTrack(JsonGenerator g, YtvisTrack t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("video_id", t.videoId());
        g.writeNumberField("score", t.score());
        g.writeNumberField("category_id", t.categoryId());
        g.writeArrayFieldStart("segmentations");
        for (Rle r : t.segmentations()) {
            if (r == null) {
                g.writeNull();
                continue;
            }
            g.writeStartObject();
            g.writeArrayFieldStart("size");
            g.writeNumber(r.height());
            g.writeNumber(r.width());
            g.writeEndArray();
            g.writeStringField("counts", r.toCompressedString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static JsonNode readArray(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw JsonErrors.malformed(file, e);
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw UserError.inFile(file, "expected a JSON array of tracks");
        }
        return root;
    }

    /** Reads a results file written by this class (or by any YouTube-VIS method) back into tracks. */
    public static List<YtvisTrack> read(Path file) {
        JsonNode root = readArray(file);
        List<YtvisTrack> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode t = root.get(i);
            JsonNode segs = t.get("segmentations");
            if (!t.hasNonNull("video_id") || !t.hasNonNull("category_id") || !t.hasNonNull("score")
                    || segs == null || !segs.isArray()) {
                throw UserError.inFile(file, "entry " + i + " needs video_id, category_id, score and a segmentations array");
            }
            List<Rle> masks = new ArrayList<>(segs.size());
            for (int k = 0; k < segs.size(); k++) {
                JsonNode s = segs.get(k);
                if (s.isNull()) {
                    masks.add(null);
                    continue;
                }
                JsonNode size = s.get("size");
                JsonNode counts = s.get("counts");
                if (size == null || size.size() != 2 || counts == null || !counts.isTextual()) {
                    throw UserError.inFile(file, "entry " + i + " segmentation " + k + " needs size [h, w] and a counts string");
                }
                try {
                    masks.add(Rle.fromCompressedString(counts.asText(), size.get(0).asInt(), size.get(1).asInt()));
                } catch (IllegalArgumentException e) {
                    throw UserError.inFile(file, "entry " + i + " segmentation " + k + ": " + e.getMessage(), e);
                }
            }
            out.add(new YtvisTrack(t.get("video_id").asLong(), t.get("category_id").asInt(), t.get("score").asDouble(), masks));
        }
        return out;
    }
}
