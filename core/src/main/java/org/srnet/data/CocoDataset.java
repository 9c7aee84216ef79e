package org.srnet.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srnet.UserError;
import org.srnet.mask.SegmentationJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A COCO instances JSON ({@code images}, {@code annotations} with polygon or RLE {@code segmentation} and
 * {@code iscrowd}, {@code categories}) for static images, the source of synthesized training pairs.
 *
 * <p>Validation follows {@link YtvisDataset}: strict by default (the first bad entry is a {@link UserError}
 * naming the file and the entry), lenient on request (bad images and annotations are skipped and counted).
 * Image files are checked to exist when an images root is given. RLE segmentations are decoded and polygon
 * coordinates checked on opening, so a bad one fails at once; polygons are rasterised when a mask is asked
 * for. The annotation list is read one entry at a time.
 */
public final class CocoDataset {
    private final List<CocoImage> images;
    private final List<Integer> imageIndex;
    private final List<Category> categories;
    private final int skipped;

    private CocoDataset(List<CocoImage> images, List<Integer> imageIndex, List<Category> categories, int skipped) {
        this.images = List.copyOf(images);
        this.imageIndex = List.copyOf(imageIndex);
        this.categories = List.copyOf(categories);
        this.skipped = skipped;
    }

    /** Opens strictly; {@code imagesRoot} null = annotations only, image files not checked. */
    public static CocoDataset open(Path json, Path imagesRoot) {
        return open(json, imagesRoot, false);
    }

    /** Opens a COCO instances file; with {@code lenient} bad entries are skipped and counted. */
    public static CocoDataset open(Path json, Path imagesRoot, boolean lenient) {
        Reader r = new Reader(json, lenient);
        DataFiles.readStreaming(json, Map.of("annotations", r::annotation), r::field);
        CocoDataset ds = r.finish();
        return imagesRoot == null ? ds : ds.rooted(json, imagesRoot, lenient);
    }

    /**
     * Resolves the relative image paths of a data set opened without an images root, checking that every file
     * exists; with {@code lenient}, missing images are dropped and counted.
     */
    CocoDataset rooted(Path json, Path imagesRoot, boolean lenient) {
        List<CocoImage> out = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        int dropped = 0;
        for (int i = 0; i < images.size(); i++) {
            CocoImage im = images.get(i);
            Path file = imagesRoot.resolve(im.file());
            if (!Files.isRegularFile(file)) {
                if (!lenient) {
                    throw UserError.inFile(json, "images[" + imageIndex.get(i) + "] (id " + im.id() + ") file_name: image file "
                            + file + " not found");
                }
                dropped++;
                continue;
            }
            out.add(new CocoImage(im.id(), file, im.width(), im.height(), im.objects()));
            index.add(imageIndex.get(i));
        }
        return new CocoDataset(out, index, categories, skipped + dropped);
    }

    /** Accumulates the file's fields in whatever order they come; annotations wait for images and categories. */
    private static final class Reader {
        final Path json;
        final boolean lenient;
        int skipped;
        List<Category> categories;
        Map<Long, Header> headers;
        final List<JsonNode> waiting = new ArrayList<>();
        final List<Integer> waitingIndex = new ArrayList<>();

        Reader(Path json, boolean lenient) {
            this.json = json;
            this.lenient = lenient;
        }

        void field(String name, JsonNode value) {
            switch (name) {
                case "images" -> headers = readImages(value);
                case "categories" -> categories = readCategories(value);
                case "annotations" -> {
                    if (!value.isNull()) {
                        throw UserError.inFile(json, "\"annotations\" must be a list");
                    }
                }
                default -> { }
            }
        }

        void annotation(int i, JsonNode a) {
            if (headers == null || categories == null) {
                waiting.add(a);
                waitingIndex.add(i);
                return;
            }
            addAnnotation(i, a);
        }

        List<Category> readCategories(JsonNode cats) {
            List<Category> out = new ArrayList<>();
            if (cats == null || cats.isNull()) {
                return out;
            }
            if (!cats.isArray()) {
                throw UserError.inFile(json, "\"categories\" must be a list");
            }
            for (int i = 0; i < cats.size(); i++) {
                String entry = "categories[" + i + "]";
                out.add(new Category(DataFiles.intField(cats.get(i), "id", json, entry),
                        DataFiles.field(cats.get(i), "name", json, entry).asText()));
            }
            out.sort(java.util.Comparator.comparingInt(Category::id));
            return out;
        }

        Map<Long, Header> readImages(JsonNode imgs) {
            if (!imgs.isArray()) {
                throw UserError.inFile(json, "\"images\" must be a list");
            }
            Map<Long, Header> out = new LinkedHashMap<>();
            for (int i = 0; i < imgs.size(); i++) {
                try {
                    JsonNode im = imgs.get(i);
                    String entry = "images[" + i + "]";
                    JsonNode idNode = DataFiles.field(im, "id", json, entry);
                    if (!idNode.canConvertToLong()) {
                        throw UserError.inFile(json, entry + " \"id\" must be an integer");
                    }
                    long id = idNode.asLong();
                    entry = "images[" + i + "] (id " + id + ")";
                    int w = DataFiles.intField(im, "width", json, entry);
                    int h = DataFiles.intField(im, "height", json, entry);
                    if (w <= 0 || h <= 0) {
                        throw UserError.inFile(json, entry + " has invalid size " + w + "x" + h);
                    }
                    String name = DataFiles.field(im, "file_name", json, entry).asText();
                    Path file = DataFiles.relativeEntry(name, json, entry + " file_name");
                    if (out.containsKey(id)) {
                        throw UserError.inFile(json, entry + " repeats image id " + id);
                    }
                    out.put(id, new Header(i, id, file, w, h, new ArrayList<>()));
                } catch (UserError e) {
                    if (!lenient) {
                        throw e;
                    }
                    skipped++;
                }
            }
            return out;
        }

        void addAnnotation(int i, JsonNode a) {
            try {
                String entry = "annotations[" + i + "]";
                long imageId = DataFiles.field(a, "image_id", json, entry).asLong();
                long id = a.has("id") ? a.get("id").asLong() : i;
                entry = "annotations[" + i + "] (id " + id + ", image " + imageId + ")";
                Header h = headers.get(imageId);
                if (h == null) {
                    throw UserError.inFile(json, entry + " refers to an unknown image");
                }
                int category = DataFiles.intField(a, "category_id", json, entry);
                if (!categories.isEmpty() && categories.stream().noneMatch(c -> c.id() == category)) {
                    throw UserError.inFile(json, entry + " has category_id " + category + ", which \"categories\" does not declare");
                }
                JsonNode crowdNode = a.get("iscrowd");
                boolean crowd = crowdNode != null && crowdNode.asInt() != 0;
                JsonNode seg = DataFiles.field(a, "segmentation", json, entry);
                try {
                    h.objects.add(seg.isArray()
                            ? CocoObject.ofPolygons(id, category, crowd, h.height, h.width, SegmentationJson.polygons(seg))
                            : CocoObject.ofRle(id, category, crowd, SegmentationJson.parse(seg, h.height, h.width)));
                } catch (IllegalArgumentException e) {
                    throw UserError.inFile(json, entry + " segmentation: " + e.getMessage(), e);
                }
            } catch (UserError e) {
                if (!lenient) {
                    throw e;
                }
                skipped++;
            }
        }

        CocoDataset finish() {
            if (headers == null) {
                throw UserError.inFile(json, "the file has no \"images\" list");
            }
            if (categories == null) {
                categories = List.of();
            }
            for (int k = 0; k < waiting.size(); k++) {
                addAnnotation(waitingIndex.get(k), waiting.get(k));
            }
            waiting.clear();
            List<CocoImage> images = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (Header h : headers.values()) {
                images.add(new CocoImage(h.id, h.file, h.width, h.height, h.objects));
                index.add(h.index);
            }
            return new CocoDataset(images, index, categories, skipped);
        }
    }

    /** The images in file order. */
    public List<CocoImage> images() {
        return images;
    }

    /** The categories sorted by id. */
    public List<Category> categories() {
        return categories;
    }

    /** How many images and annotations lenient loading skipped. */
    public int skipped() {
        return skipped;
    }

    private record Header(int index, long id, Path file, int width, int height, List<CocoObject> objects) {}
}
