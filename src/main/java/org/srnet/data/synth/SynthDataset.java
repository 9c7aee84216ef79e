package org.srnet.data.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.srnet.UserError;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.mask.Rle;
import org.srnet.mask.SegmentationJson;
import org.srnet.util.AtomicFiles;
import org.srnet.util.Progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import me.tongfei.progressbar.ProgressBar;

/**
 * Writes the synthetic video benchmark ({@link SyntheticVideo}s) as a data root that is at the same time a DAVIS
 * root and a YouTube-VIS data set:
 * <pre>
 * DIR/synth.json                                   marks the folder; generator options, categories, splits
 * DIR/JPEGImages/480p/&lt;video&gt;/&lt;frame&gt;.jpg          the frames (written once, used by both layouts)
 * DIR/Annotations_unsupervised/480p/&lt;video&gt;/&lt;frame&gt;.png   DAVIS palette PNGs: pixel = object id, 0 = background
 * DIR/Annotations/480p/&lt;video&gt;/&lt;frame&gt;.png      the same label maps (semi-supervised layout)
 * DIR/ImageSets/2017/{train,val}.txt               sequence lists (2017 is where the DAVIS tool reads train/val)
 * DIR/ImageSets/2019/{train,val}.txt               the same lists
 * DIR/ytvis/train.json, DIR/ytvis/val.json         YouTube-VIS 2019 JSON; file_names are relative to
 *                                                  DIR/JPEGImages/480p ("video-000/00000.jpg")
 * </pre>
 * Videos are named {@code video-000, video-001, ...}; frames {@code 00000.jpg, ...}. DAVIS object ids and the
 * JSON's per-video annotation order agree (annotation k of a video is object id k); JSON categories are the
 * {@link ShapeFamily} names with ids 1..5; segmentations are uncompressed RLE (as in the real YouTube-VIS
 * annotations), {@code null} where the object is not visible, with {@code areas} and {@code bboxes}.
 *
 * <p>Writing over an earlier output with fewer videos leaves the surplus video folders in place; the split
 * lists and JSONs name only the new ones. The same options give byte-identical files. Every file is written atomically; the JSONs and split lists are
 * written last, so an interrupted run never leaves a data set that claims videos it does not have.
 */
public final class SynthDataset {
    /** The marker file's name. */
    public static final String MARKER = "synth.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SynthDataset() {}

    /** True if {@code dir} is a folder written by {@link #write}. */
    public static boolean isSynthRoot(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER));
    }

    /** The YouTube-VIS JSON of a split in a synth root. */
    public static Path ytvisJson(Path root, String split) {
        return root.resolve("ytvis").resolve(split + ".json");
    }

    /** The frames root that the YouTube-VIS JSON's {@code file_names} are relative to. */
    public static Path framesRoot(Path root) {
        return root.resolve("JPEGImages").resolve("480p");
    }

    /** What {@link #write} produced. */
    public record Summary(int trainVideos, int valVideos, int frames, int objects) {}

    /**
     * Generates the benchmark into {@code out}. The folder must be empty, absent, or an earlier synth output
     * (which is then overwritten).
     */
    public static Summary write(Path out, SynthOptions options) {
        checkTarget(out);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.videos(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(options.seed()));
        List<Integer> val = new ArrayList<>(order.subList(0, options.valVideos()));
        List<Integer> train = new ArrayList<>(order.subList(options.valVideos(), order.size()));
        Collections.sort(val);
        Collections.sort(train);

        ObjectNode[] ytvis = {newYtvis(), newYtvis()};
        int[] annotationIds = {1, 1};
        int objects = 0;
        try (ProgressBar bar = Progress.bar("synth", (long) options.videos() * options.frames(), "frames")) {
            for (int v = 0; v < options.videos(); v++) {
                String name = videoName(v);
                // Each video has its own seed, so a video does not change when the number of videos does.
                SyntheticVideo video = SyntheticVideo.render(options.width(), options.height(), options.frames(),
                        options.seed() * 1_000_003L + v * 7919L + 17);
                List<String> fileNames = new ArrayList<>();
                for (int f = 0; f < options.frames(); f++) {
                    String frame = String.format("%05d", f);
                    video.frames().get(f).writeJpeg(framesRoot(out).resolve(name).resolve(frame + ".jpg"), video.jpegQuality());
                    LabelMap labels = new LabelMap(options.width(), options.height(), video.labels().get(f));
                    PalettePng.write(out.resolve("Annotations_unsupervised/480p").resolve(name).resolve(frame + ".png"), labels);
                    PalettePng.write(out.resolve("Annotations/480p").resolve(name).resolve(frame + ".png"), labels);
                    fileNames.add(name + "/" + frame + ".jpg");
                    bar.step();
                }
                int s = val.contains(v) ? 1 : 0;
                addVideo(ytvis[s], v + 1, video, fileNames, annotationIds, s);
                objects += video.objectFamilies().size();
            }
        }
        AtomicFiles.writeString(ytvisJson(out, "train"), toJson(ytvis[0]));
        AtomicFiles.writeString(ytvisJson(out, "val"), toJson(ytvis[1]));
        for (String year : new String[] {"2017", "2019"}) {
            AtomicFiles.writeString(out.resolve("ImageSets").resolve(year).resolve("train.txt"), names(train));
            AtomicFiles.writeString(out.resolve("ImageSets").resolve(year).resolve("val.txt"), names(val));
        }
        ObjectNode marker = JSON.createObjectNode();
        marker.put("generator", "srnet synth");
        marker.put("format_version", 1);
        ObjectNode opts = marker.putObject("options");
        opts.put("videos", options.videos());
        opts.put("frames", options.frames());
        opts.put("width", options.width());
        opts.put("height", options.height());
        opts.put("seed", options.seed());
        opts.put("val_fraction", options.valFraction());
        marker.set("categories", categories());
        marker.put("ytvis_frames_root", "JPEGImages/480p");
        AtomicFiles.writeString(out.resolve(MARKER), toJson(marker));
        return new Summary(train.size(), val.size(), options.videos() * options.frames(), objects);
    }

    /** The name of video {@code index}. */
    public static String videoName(int index) {
        return String.format("video-%03d", index);
    }

    private static void checkTarget(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw UserError.inFile(out, "exists and is not a folder");
        }
        if (Files.isDirectory(out) && !isSynthRoot(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw UserError.inFile(out, "folder is not empty and is not an earlier synth output; choose an empty folder");
                }
            } catch (IOException e) {
                throw UserError.inFile(out, "cannot list (" + e.getMessage() + ")", e);
            }
        }
    }

    private static ObjectNode newYtvis() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode info = root.putObject("info");
        info.put("description", "srnet synthetic video instance segmentation benchmark");
        root.putArray("videos");
        root.putArray("annotations");
        root.set("categories", categories());
        return root;
    }

    private static ArrayNode categories() {
        ArrayNode cats = JSON.createArrayNode();
        for (ShapeFamily f : ShapeFamily.values()) {
            ObjectNode c = cats.addObject();
            c.put("id", f.categoryId());
            c.put("name", f.label());
            c.put("supercategory", "shape");
        }
        return cats;
    }

    private static void addVideo(ObjectNode root, int id, SyntheticVideo video, List<String> fileNames, int[] annIds, int split) {
        ObjectNode v = ((ArrayNode) root.get("videos")).addObject();
        v.put("id", id);
        v.put("width", video.width());
        v.put("height", video.height());
        v.put("length", fileNames.size());
        ArrayNode fn = v.putArray("file_names");
        fileNames.forEach(fn::add);
        ArrayNode anns = (ArrayNode) root.get("annotations");
        int w = video.width();
        int h = video.height();
        for (int k = 1; k <= video.objectFamilies().size(); k++) {
            ObjectNode a = anns.addObject();
            a.put("id", annIds[split]++);
            a.put("video_id", id);
            a.put("category_id", video.objectFamilies().get(k - 1).categoryId());
            a.put("iscrowd", 0);
            a.put("width", w);
            a.put("height", h);
            a.put("length", 1);
            ArrayNode segs = a.putArray("segmentations");
            ArrayNode areas = a.putArray("areas");
            ArrayNode boxes = a.putArray("bboxes");
            for (byte[] labels : video.labels()) {
                byte[] mask = new byte[labels.length];
                int minX = w, minY = h, maxX = -1, maxY = -1;
                long area = 0;
                for (int p = 0; p < labels.length; p++) {
                    if (labels[p] == k) {
                        mask[p] = 1;
                        area++;
                        int x = p % w;
                        int y = p / w;
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
                if (area == 0) {
                    segs.addNull();
                    areas.addNull();
                    boxes.addNull();
                } else {
                    segs.add(SegmentationJson.toUncompressedJson(Rle.encode(mask, h, w)));
                    areas.add(area);
                    boxes.addArray().add(minX).add(minY).add(maxX - minX + 1).add(maxY - minY + 1);
                }
            }
        }
    }

    private static String names(List<Integer> videos) {
        StringBuilder sb = new StringBuilder();
        for (int v : videos) {
            sb.append(videoName(v)).append('\n');
        }
        return sb.toString();
    }

    private static String toJson(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }
}
