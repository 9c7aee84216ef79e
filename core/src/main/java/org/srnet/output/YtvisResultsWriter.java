package org.srnet.output;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
 *
 * <p>A track's score and category need all its frames, and the file holds tracks one after another while frames
 * arrive one after another, so a video is fed frame by frame to a sink ({@link #open}) that keeps each track's
 * summary in memory ({@link TrackTally}) and its masks in a spill file ({@link SpillFile}), and writes the part
 * from the spill when the video ends. Memory does not grow with the number of frames, neither while the part is
 * written nor while the parts are merged.
 */
public final class YtvisResultsWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path results;
    private final Path parts;
    private final int spillBudget;

    /** A writer for {@code results} (e.g. {@code out/results.json}). */
    public YtvisResultsWriter(Path results) {
        this(results, SpillFile.DEFAULT_BUDGET);
    }

    /** As above, with {@code spillBudget} bytes of masks in memory before they go to the spill file (tests). */
    YtvisResultsWriter(Path results, int spillBudget) {
        this.results = results;
        this.parts = results.resolveSibling(results.getFileName() + ".parts");
        this.spillBudget = spillBudget;
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

    /** Writes the part file of one finished video, named like the video's other outputs. */
    public void addVideo(String part, long videoId, int frameCount, List<FrameResult> frames) {
        try (Video v = open(part, videoId)) {
            frames.forEach(v::add);
            v.finish(frameCount);
        }
    }

    /**
     * A sink for one video, fed frame by frame: {@link Video#add} keeps the tracks' summaries in memory and their
     * masks in a spill file next to the part file; {@link Video#finish} writes the part from the spill. Closing
     * deletes the spill file, finished or not.
     */
    public Video open(String part, long videoId) {
        return new Video(part, videoId);
    }

    /** The spill file of a video being written. */
    Path spillFile(String part) {
        return parts.resolve("." + ConfinedPaths.safeName(part) + ".spill");
    }

    /** One video being written; see {@link #open}. */
    public final class Video implements AutoCloseable {
        private final String part;
        private final long videoId;
        private final SpillFile spill;
        private final TrackTally tally = new TrackTally();
        private int lastFrame = -1;

        private Video(String part, long videoId) {
            this.part = part;
            this.videoId = videoId;
            this.spill = SpillFile.create(spillFile(part), spillBudget);
        }

        /** Takes one more frame (frame indices must increase): each track's mask goes to the spill file. */
        public void add(FrameResult f) {
            if (f.frameIndex() <= lastFrame) {
                throw new IllegalArgumentException("frame index " + f.frameIndex() + " after frame " + lastFrame
                        + ": frames must come in order");
            }
            lastFrame = f.frameIndex();
            tally.add(f);
            for (SegmentedInstance s : f.instances()) {
                spill.write(s.trackId(), out -> {
                    out.writeInt(f.frameIndex());
                    out.writeInt(s.mask().height());
                    out.writeInt(s.mask().width());
                    SpillFile.writeAscii(out, s.mask().toCompressedString());
                });
            }
        }

        /** Bytes of masks in the spill file so far. */
        public long spilledBytes() {
            return spill.fileBytes();
        }

        /** Writes the part file of a video whose frames were all added (the last frame added is the video's last). */
        public void finish() {
            finish(lastFrame + 1);
        }

        /** Writes the part file of a video of {@code frameCount} frames; frames not added have no masks. */
        public void finish(int frameCount) {
            if (lastFrame >= frameCount) {
                throw new IllegalArgumentException("frame index " + lastFrame + " outside a video of " + frameCount + " frames");
            }
            List<TrackSummary> tracks = tally.confirmed();
            AtomicFiles.write(partFile(part), out -> {
                try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                    g.writeStartArray();
                    for (TrackSummary t : tracks) {
                        writeTrack(g, t, frameCount);
                    }
                    g.writeEndArray();
                }
            });
        }

        /** One track: its summary, then its masks from the spill with null in the frames it is absent from. */
        private void writeTrack(JsonGenerator g, TrackSummary t, int frameCount) throws IOException {
            g.writeStartObject();
            g.writeNumberField("video_id", videoId);
            g.writeNumberField("score", t.score());
            g.writeNumberField("category_id", t.category());
            g.writeArrayFieldStart("segmentations");
            int next = 0;
            try (DataInputStream in = spill.in(t.trackId())) {
                for (int k = 0; k < t.frames(); k++) {
                    int frame = in.readInt();
                    int height = in.readInt();
                    int width = in.readInt();
                    String counts = SpillFile.readAscii(in);
                    for (; next < frame; next++) {
                        g.writeNull();
                    }
                    g.writeStartObject();
                    g.writeArrayFieldStart("size");
                    g.writeNumber(height);
                    g.writeNumber(width);
                    g.writeEndArray();
                    g.writeStringField("counts", counts);
                    g.writeEndObject();
                    next = frame + 1;
                }
            }
            for (; next < frameCount; next++) {
                g.writeNull();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /** Deletes the spill file. */
        @Override
        public void close() {
            spill.close();
        }
    }

    /**
     * Writes the results file as the merge of the named parts, in the given order, atomically; returns the number of
     * tracks written. Only the parts named are merged, so a part left by a video that never finished is not. Each
     * part is copied track by track, so no more than one track is in memory.
     */
    public int finish(List<String> partsInOrder) {
        int[] count = {0};
        AtomicFiles.write(results, out -> {
            try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                g.writeStartArray();
                for (String part : partsInOrder) {
                    count[0] += copyTracks(partFile(part), g);
                }
                g.writeEndArray();
            }
        });
        return count[0];
    }

    /** Copies each track of a part file into {@code g}; returns how many. */
    private static int copyTracks(Path file, JsonGenerator g) throws IOException {
        JsonParser p;
        try {
            p = JSON.getFactory().createParser(file.toFile());
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read (" + e.getMessage() + ")", e);
        }
        int n = 0;
        try (p) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw UserError.inFile(file, "expected a JSON array of tracks");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                g.copyCurrentStructure(p);
                n++;
            }
        } catch (StreamReadException e) {
            throw JsonErrors.malformed(file, e);
        }
        return n;
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
