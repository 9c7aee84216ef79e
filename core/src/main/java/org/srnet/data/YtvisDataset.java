package org.srnet.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srnet.UserError;
import org.srnet.mask.Rle;
import org.srnet.mask.SegmentationJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A YouTube-VIS 2019/2021 annotation file: {@code videos} (id, width, height, {@code file_names}),
 * {@code annotations} (id, video_id, category_id, iscrowd, per-frame {@code segmentations} as compressed RLE,
 * uncompressed RLE or polygons, {@code null} where absent, and {@code areas}) and {@code categories}.
 *
 * <p>Strict by default: the first malformed entry (bad JSON, unknown video or category, wrong number of
 * per-frame entries, a mask whose size differs from its video, an invalid RLE, a missing frame file, a
 * {@code file_names} entry that is absolute or climbs out of the frames root) is a {@link UserError} naming
 * the file and the entry. Lenient loading skips such annotations and videos instead and counts them in
 * {@link #skipped()}. The annotation list is read one entry at a time, so the JSON tree of a multi-gigabyte
 * file is never held whole; the masks themselves are kept (as run lengths).
 */
public final class YtvisDataset {
    private final Path json;
    private final List<YtvisVideo> videos;
    private final List<Integer> videoIndex;
    private final List<Category> categories;
    private final int skipped;

    private YtvisDataset(Path json, List<YtvisVideo> videos, List<Integer> videoIndex, List<Category> categories,
            int skipped) {
        this.json = json;
        this.videos = List.copyOf(videos);
        this.videoIndex = List.copyOf(videoIndex);
        this.categories = List.copyOf(categories);
        this.skipped = skipped;
    }

    /**
     * Opens a YouTube-VIS JSON strictly.
     *
     * @param json the annotation file
     * @param framesRoot the folder the {@code file_names} are relative to (for the real data
     *     {@code <split>/JPEGImages}); {@code null} to read annotations only, without checking frame files
     */
    public static YtvisDataset open(Path json, Path framesRoot) {
        return open(json, framesRoot, false);
    }

    /** Opens a YouTube-VIS JSON; with {@code lenient} bad annotations and videos are skipped and counted. */
    public static YtvisDataset open(Path json, Path framesRoot, boolean lenient) {
        YtvisDataset ds = read(json, lenient);
        return framesRoot == null ? ds : ds.rooted(framesRoot, lenient);
    }

    /** The annotation file this was read from. */
    public Path json() {
        return json;
    }

    /** The videos in file order. */
    public List<YtvisVideo> videos() {
        return videos;
    }

    /** The categories sorted by id. */
    public List<Category> categories() {
        return categories;
    }

    /** How many videos and annotations lenient loading skipped (always 0 when strict). */
    public int skipped() {
        return skipped;
    }

    /**
     * Resolves the (relative) frame paths of a data set opened without a frames root under {@code framesRoot},
     * checking that every frame file exists; with {@code lenient}, videos with a missing frame are dropped and
     * counted.
     */
    YtvisDataset rooted(Path framesRoot, boolean lenient) {
        List<YtvisVideo> out = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        int dropped = 0;
        for (int v = 0; v < videos.size(); v++) {
            YtvisVideo video = videos.get(v);
            List<Path> frames = new ArrayList<>();
            try {
                for (int f = 0; f < video.frames().size(); f++) {
                    Path p = framesRoot.resolve(video.frames().get(f));
                    if (!Files.isRegularFile(p)) {
                        throw UserError.inFile(json, "videos[" + videoIndex.get(v) + "] (id " + video.id() + ") file_names["
                                + f + "]: frame file " + p + " not found");
                    }
                    frames.add(p);
                }
            } catch (UserError e) {
                if (!lenient) {
                    throw e;
                }
                dropped++;
                continue;
            }
            out.add(new YtvisVideo(video.id(), video.name(), video.width(), video.height(), frames, video.tracks()));
            index.add(videoIndex.get(v));
        }
        return new YtvisDataset(json, out, index, categories, skipped + dropped);
    }

    private record VideoHeader(int index, int id, String name, int width, int height, List<Path> frames) {}

    /** Accumulates the file's fields in whatever order they come; annotations wait for videos and categories. */
    private static final class Reader {
        final Path json;
        final boolean lenient;
        int skipped;
        List<Category> categories;
        final Map<Integer, Category> categoryById = new LinkedHashMap<>();
        Map<Integer, VideoHeader> headers;
        final List<JsonNode> waiting = new ArrayList<>();
        final List<Integer> waitingIndex = new ArrayList<>();
        final Map<Integer, List<YtvisTrack>> tracks = new LinkedHashMap<>();
        boolean sawCategories;

        Reader(Path json, boolean lenient) {
            this.json = json;
            this.lenient = lenient;
        }

        void field(String name, JsonNode value) {
            switch (name) {
                case "videos" -> headers = readVideos(value);
                case "categories" -> {
                    categories = readCategories(value, json);
                    categories.forEach(c -> categoryById.put(c.id(), c));
                    sawCategories = true;
                }
                case "annotations" -> {
                    if (!value.isNull()) {
                        throw UserError.inFile(json, "\"annotations\" must be a list");
                    }
                }
                default -> { }
            }
        }

        void annotation(int i, JsonNode a) {
            if (headers == null || !sawCategories) {
                waiting.add(a);
                waitingIndex.add(i);
                return;
            }
            addAnnotation(i, a);
        }

        void addAnnotation(int i, JsonNode a) {
            try {
                String entry = "annotations[" + i + "]";
                int videoId = DataFiles.intField(a, "video_id", json, entry);
                entry = "annotations[" + i + "] (id " + (a.has("id") ? a.get("id").asText() : "?") + ", video " + videoId + ")";
                VideoHeader v = headers.get(videoId);
                if (v == null) {
                    throw UserError.inFile(json, entry + " refers to an unknown video");
                }
                tracks.computeIfAbsent(videoId, k -> new ArrayList<>()).add(readTrack(a, entry, v, categoryById, json));
            } catch (UserError e) {
                if (!lenient) {
                    throw e;
                }
                skipped++;
            }
        }

        Map<Integer, VideoHeader> readVideos(JsonNode videosNode) {
            if (!videosNode.isArray()) {
                throw UserError.inFile(json, "\"videos\" must be a list");
            }
            Map<Integer, VideoHeader> out = new LinkedHashMap<>();
            for (int i = 0; i < videosNode.size(); i++) {
                try {
                    VideoHeader h = readVideo(videosNode.get(i), i, json);
                    if (out.containsKey(h.id)) {
                        throw UserError.inFile(json, "videos[" + i + "] repeats video id " + h.id);
                    }
                    out.put(h.id, h);
                } catch (UserError e) {
                    if (!lenient) {
                        throw e;
                    }
                    skipped++;
                }
            }
            return out;
        }

        YtvisDataset finish() {
            if (headers == null) {
                throw UserError.inFile(json, "the file has no \"videos\" list");
            }
            if (categories == null) {
                categories = List.of();
            }
            sawCategories = true;
            for (int k = 0; k < waiting.size(); k++) {
                addAnnotation(waitingIndex.get(k), waiting.get(k));
            }
            waiting.clear();
            List<YtvisVideo> videos = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (VideoHeader h : headers.values()) {
                videos.add(new YtvisVideo(h.id, h.name, h.width, h.height, h.frames, tracks.getOrDefault(h.id, List.of())));
                index.add(h.index);
            }
            return new YtvisDataset(json, videos, index, categories, skipped);
        }
    }

    private static YtvisDataset read(Path json, boolean lenient) {
        Reader r = new Reader(json, lenient);
        DataFiles.readStreaming(json, Map.of("annotations", r::annotation), r::field);
        return r.finish();
    }

    private static List<Category> readCategories(JsonNode cats, Path json) {
        List<Category> out = new ArrayList<>();
        if (cats == null || cats.isNull()) {
            return out;
        }
        if (!cats.isArray()) {
            throw UserError.inFile(json, "\"categories\" must be a list");
        }
        for (int i = 0; i < cats.size(); i++) {
            JsonNode c = cats.get(i);
            String entry = "categories[" + i + "]";
            int id = DataFiles.intField(c, "id", json, entry);
            String name = DataFiles.field(c, "name", json, entry).asText();
            for (Category o : out) {
                if (o.id() == id) {
                    throw UserError.inFile(json, entry + " repeats category id " + id);
                }
            }
            out.add(new Category(id, name));
        }
        out.sort(Comparator.comparingInt(Category::id));
        return out;
    }

    private static VideoHeader readVideo(JsonNode v, int index, Path json) {
        String entry = "videos[" + index + "]";
        int id = DataFiles.intField(v, "id", json, entry);
        entry = "videos[" + index + "] (id " + id + ")";
        int width = DataFiles.intField(v, "width", json, entry);
        int height = DataFiles.intField(v, "height", json, entry);
        if (width <= 0 || height <= 0) {
            throw UserError.inFile(json, entry + " has invalid size " + width + "x" + height);
        }
        JsonNode names = DataFiles.field(v, "file_names", json, entry);
        if (!names.isArray() || names.isEmpty()) {
            throw UserError.inFile(json, entry + " \"file_names\" must be a non-empty list");
        }
        List<Path> frames = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            frames.add(DataFiles.relativeEntry(names.get(f).asText(), json, entry + " file_names[" + f + "]"));
        }
        Path first = frames.get(0);
        String name = first.getParent() != null ? first.getParent().toString() : String.valueOf(id);
        return new VideoHeader(index, id, name, width, height, frames);
    }

    private static YtvisTrack readTrack(JsonNode a, String entry, VideoHeader v, Map<Integer, Category> categories,
            Path json) {
        int id = a.has("id") ? DataFiles.intField(a, "id", json, entry) : 0;
        int category = DataFiles.intField(a, "category_id", json, entry);
        if (!categories.isEmpty() && !categories.containsKey(category)) {
            throw UserError.inFile(json, entry + " has category_id " + category + ", which \"categories\" does not declare");
        }
        JsonNode crowdNode = a.get("iscrowd");
        boolean crowd = crowdNode != null && (crowdNode.asInt() != 0 || crowdNode.asBoolean());
        JsonNode segs = DataFiles.field(a, "segmentations", json, entry);
        int n = v.frames.size();
        if (!segs.isArray() || segs.size() != n) {
            throw UserError.inFile(json, entry + " \"segmentations\" must list one entry per frame (" + n + "), got "
                    + (segs.isArray() ? segs.size() : segs.getNodeType()));
        }
        JsonNode areasNode = a.get("areas");
        if (areasNode != null && !areasNode.isNull() && (!areasNode.isArray() || areasNode.size() != n)) {
            throw UserError.inFile(json, entry + " \"areas\" must list one entry per frame (" + n + ")");
        }
        List<Rle> masks = new ArrayList<>(n);
        List<Double> areas = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            JsonNode s = segs.get(f);
            if (s == null || s.isNull()) {
                masks.add(null);
            } else {
                try {
                    masks.add(SegmentationJson.parse(s, v.height, v.width));
                } catch (IllegalArgumentException e) {
                    throw UserError.inFile(json, entry + " segmentations[" + f + "]: " + e.getMessage(), e);
                }
            }
            JsonNode ar = areasNode == null || areasNode.isNull() ? null : areasNode.get(f);
            areas.add(ar == null || ar.isNull() ? null : ar.asDouble());
        }
        return new YtvisTrack(id, category, crowd, masks, areas);
    }
}
