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
 * {@link #skipped()}.
 */
public final class YtvisDataset {
    private final Path json;
    private final List<YtvisVideo> videos;
    private final List<Category> categories;
    private final int skipped;

    private YtvisDataset(Path json, List<YtvisVideo> videos, List<Category> categories, int skipped) {
        this.json = json;
        this.videos = List.copyOf(videos);
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
        JsonNode root = DataFiles.readJson(json);
        if (!root.isObject()) {
            throw UserError.inFile(json, "top level must be a JSON object with \"videos\"");
        }
        List<Category> categories = readCategories(root, json);
        Map<Integer, Category> categoryById = new LinkedHashMap<>();
        for (Category c : categories) {
            categoryById.put(c.id(), c);
        }
        JsonNode videosNode = DataFiles.field(root, "videos", json, "the file");
        if (!videosNode.isArray()) {
            throw UserError.inFile(json, "\"videos\" must be a list");
        }
        int skipped = 0;
        Map<Integer, VideoHeader> headers = new LinkedHashMap<>();
        for (int i = 0; i < videosNode.size(); i++) {
            try {
                VideoHeader h = readVideo(videosNode.get(i), i, json, framesRoot);
                if (headers.containsKey(h.id)) {
                    throw UserError.inFile(json, "videos[" + i + "] repeats video id " + h.id);
                }
                headers.put(h.id, h);
            } catch (UserError e) {
                if (!lenient) {
                    throw e;
                }
                skipped++;
            }
        }
        Map<Integer, List<YtvisTrack>> tracks = new LinkedHashMap<>();
        JsonNode anns = root.get("annotations");
        if (anns != null && !anns.isNull()) {
            if (!anns.isArray()) {
                throw UserError.inFile(json, "\"annotations\" must be a list");
            }
            for (int i = 0; i < anns.size(); i++) {
                try {
                    JsonNode a = anns.get(i);
                    String entry = "annotations[" + i + "]";
                    int videoId = DataFiles.intField(a, "video_id", json, entry);
                    entry = "annotations[" + i + "] (id " + (a.has("id") ? a.get("id").asText() : "?") + ", video "
                            + videoId + ")";
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
        }
        List<YtvisVideo> videos = new ArrayList<>();
        for (VideoHeader h : headers.values()) {
            videos.add(new YtvisVideo(h.id, h.name, h.width, h.height, h.frames, tracks.getOrDefault(h.id, List.of())));
        }
        return new YtvisDataset(json, videos, categories, skipped);
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

    private record VideoHeader(int id, String name, int width, int height, List<Path> frames) {}

    private static List<Category> readCategories(JsonNode root, Path json) {
        List<Category> out = new ArrayList<>();
        JsonNode cats = root.get("categories");
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

    private static VideoHeader readVideo(JsonNode v, int index, Path json, Path framesRoot) {
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
            String name = names.get(f).asText();
            String what = entry + " file_names[" + f + "]";
            if (framesRoot == null) {
                // Only the confinement check: the caller reads annotations without frames.
                Path p = DataFiles.resolveInside(Path.of("root"), name, json, what);
                frames.add(Path.of("root").relativize(p));
            } else {
                Path p = DataFiles.resolveInside(framesRoot, name, json, what);
                if (!Files.isRegularFile(p)) {
                    throw UserError.inFile(json, what + ": frame file " + p + " not found");
                }
                frames.add(p);
            }
        }
        Path first = Path.of(names.get(0).asText());
        String name = first.getParent() != null ? first.getParent().toString() : String.valueOf(id);
        return new VideoHeader(id, name, width, height, frames);
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
