package org.srnet.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srnet.UserError;
import org.srnet.mask.Rle;
import org.srnet.mask.SegmentationJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A COCO instances JSON ({@code images}, {@code annotations} with polygon or RLE {@code segmentation} and
 * {@code iscrowd}, {@code categories}) for static images, the source of synthesized training pairs.
 *
 * <p>Validation follows {@link YtvisDataset}: strict by default (the first bad entry is a {@link UserError}
 * naming the file and the entry), lenient on request (bad images and annotations are skipped and counted).
 * Image files are checked to exist when an images root is given. All segmentations are rasterised on opening
 * (so that a bad one fails at once); a full COCO train file needs a few GB of heap for the JSON tree.
 */
public final class CocoDataset {
    private final List<CocoImage> images;
    private final List<Category> categories;
    private final int skipped;

    private CocoDataset(List<CocoImage> images, List<Category> categories, int skipped) {
        this.images = List.copyOf(images);
        this.categories = List.copyOf(categories);
        this.skipped = skipped;
    }

    /** Opens strictly; {@code imagesRoot} null = annotations only, image files not checked. */
    public static CocoDataset open(Path json, Path imagesRoot) {
        return open(json, imagesRoot, false);
    }

    /** Opens a COCO instances file; with {@code lenient} bad entries are skipped and counted. */
    public static CocoDataset open(Path json, Path imagesRoot, boolean lenient) {
        return fromTree(json, DataFiles.readJson(json), imagesRoot, lenient);
    }

    /** Builds the data set from an already parsed JSON tree of {@code json}. */
    static CocoDataset fromTree(Path json, JsonNode root, Path imagesRoot, boolean lenient) {
        if (!root.isObject()) {
            throw UserError.inFile(json, "top level must be a JSON object with \"images\"");
        }
        List<Category> categories = new ArrayList<>();
        JsonNode cats = root.get("categories");
        if (cats != null && cats.isArray()) {
            for (int i = 0; i < cats.size(); i++) {
                String entry = "categories[" + i + "]";
                categories.add(new Category(DataFiles.intField(cats.get(i), "id", json, entry),
                        DataFiles.field(cats.get(i), "name", json, entry).asText()));
            }
            categories.sort(java.util.Comparator.comparingInt(Category::id));
        }
        JsonNode imgs = DataFiles.field(root, "images", json, "the file");
        if (!imgs.isArray()) {
            throw UserError.inFile(json, "\"images\" must be a list");
        }
        int skipped = 0;
        Map<Long, Header> headers = new LinkedHashMap<>();
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
                Path file;
                if (imagesRoot == null) {
                    file = DataFiles.relativeEntry(name, json, entry + " file_name");
                } else {
                    file = DataFiles.resolveInside(imagesRoot, name, json, entry + " file_name");
                    if (!Files.isRegularFile(file)) {
                        throw UserError.inFile(json, entry + " file_name: image file " + file + " not found");
                    }
                }
                headers.put(id, new Header(id, file, w, h, new ArrayList<>()));
            } catch (UserError e) {
                if (!lenient) {
                    throw e;
                }
                skipped++;
            }
        }
        JsonNode anns = root.get("annotations");
        if (anns != null && anns.isArray()) {
            for (int i = 0; i < anns.size(); i++) {
                try {
                    JsonNode a = anns.get(i);
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
                    Rle mask;
                    try {
                        mask = SegmentationJson.parse(DataFiles.field(a, "segmentation", json, entry), h.height, h.width);
                    } catch (IllegalArgumentException e) {
                        throw UserError.inFile(json, entry + " segmentation: " + e.getMessage(), e);
                    }
                    h.objects.add(new CocoObject(id, category, crowd, mask));
                } catch (UserError e) {
                    if (!lenient) {
                        throw e;
                    }
                    skipped++;
                }
            }
        } else if (anns != null && !anns.isNull()) {
            throw UserError.inFile(json, "\"annotations\" must be a list");
        }
        List<CocoImage> images = new ArrayList<>();
        for (Header h : headers.values()) {
            images.add(new CocoImage(h.id, h.file, h.width, h.height, h.objects));
        }
        return new CocoDataset(images, categories, skipped);
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

    private record Header(long id, Path file, int width, int height, List<CocoObject> objects) {}
}
