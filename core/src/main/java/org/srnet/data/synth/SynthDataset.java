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
 * DIR/ImageSets/2017/{train,val,gen}.txt           sequence lists (2017 is where the DAVIS tool reads train/val)
 * DIR/ImageSets/2019/{train,val,gen}.txt           the same lists
 * DIR/ytvis/{train,val,gen}.json                   YouTube-VIS 2019 JSON; file_names are relative to
 *                                                  DIR/JPEGImages/480p ("video-000/00000.jpg")
 * </pre>
 * Train and val videos are named {@code video-000, video-001, ...} and draw the training families; the
 * generalisation split's videos are {@code gen-000, ...} and draw only the held-out families ({@link WorldSplit}).
 * Frames are named {@code 00000.jpg, ...}. DAVIS object ids and the
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
    /** The split names: training families (train, val) and held-out families (the generalisation split). */
    public static final String GENERALISATION = "gen";
    public static final List<String> SPLITS = List.of("train", "val", GENERALISATION);
    /**
     * The version of the synthetic world (recorded in {@code synth.json} and in model cards): 2 is the world where only
     * motion tells objects from look-alikes, with held-out families.
     */
    public static final int WORLD_VERSION = 2;
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
    public record Summary(int trainVideos, int valVideos, int generalisationVideos, int frames, int objects) {}

    /** Writes one video's frames and label maps and adds it to its split's JSON; returns its object count. */
    private static int writeVideo(Path out, String name, int id, SyntheticVideo video, ObjectNode ytvis, int[] annotationIds,
            int split, ProgressBar bar) {
        List<String> fileNames = new ArrayList<>();
        for (int f = 0; f < video.frames().size(); f++) {
            String frame = String.format("%05d", f);
            video.frames().get(f).writeJpeg(framesRoot(out).resolve(name).resolve(frame + ".jpg"), video.jpegQuality());
            LabelMap labels = new LabelMap(video.width(), video.height(), video.labels().get(f));
            PalettePng.write(out.resolve("Annotations_unsupervised/480p").resolve(name).resolve(frame + ".png"), labels);
            PalettePng.write(out.resolve("Annotations/480p").resolve(name).resolve(frame + ".png"), labels);
            fileNames.add(name + "/" + frame + ".jpg");
            bar.step();
        }
        addVideo(ytvis, id, video, fileNames, annotationIds, split);
        return video.objectFamilies().size();
    }

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

        List<Integer> gen = new ArrayList<>();
        for (int g = 0; g < options.generalisationVideos(); g++) {
            gen.add(g);
        }
        ObjectNode[] ytvis = {newYtvis(), newYtvis(), newYtvis()};
        int[] annotationIds = {1, 1, 1};
        int objects = 0;
        long total = (long) (options.videos() + options.generalisationVideos()) * options.frames();
        try (ProgressBar bar = Progress.bar("synth", total, "frames")) {
            for (int v = 0; v < options.videos(); v++) {
                // Each video has its own seed, so a video does not change when the number of videos does.
                SyntheticVideo video = SyntheticVideo.render(options.width(), options.height(), options.frames(),
                        options.seed() * 1_000_003L + v * 7919L + 17, WorldSplit.TRAINING);
                int s = val.contains(v) ? 1 : 0;
                objects += writeVideo(out, videoName(v), v + 1, video, ytvis[s], annotationIds, s, bar);
            }
            for (int g : gen) {
                SyntheticVideo video = SyntheticVideo.render(options.width(), options.height(), options.frames(),
                        options.seed() * 1_000_003L + g * 7919L + 500_009, WorldSplit.HELD_OUT);
                objects += writeVideo(out, generalisationName(g), options.videos() + g + 1, video, ytvis[2], annotationIds, 2, bar);
            }
        }
        for (int s = 0; s < SPLITS.size(); s++) {
            AtomicFiles.writeString(ytvisJson(out, SPLITS.get(s)), toJson(ytvis[s]));
        }
        for (String year : new String[] {"2017", "2019"}) {
            Path sets = out.resolve("ImageSets").resolve(year);
            AtomicFiles.writeString(sets.resolve("train.txt"), names(train, SynthDataset::videoName));
            AtomicFiles.writeString(sets.resolve("val.txt"), names(val, SynthDataset::videoName));
            AtomicFiles.writeString(sets.resolve(GENERALISATION + ".txt"), names(gen, SynthDataset::generalisationName));
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
        opts.put("generalisation_videos", options.generalisationVideos());
        marker.put("world", WORLD_VERSION);
        marker.set("categories", categories());
        marker.put("ytvis_frames_root", "JPEGImages/480p");
        AtomicFiles.writeString(out.resolve(MARKER), toJson(marker));
        return new Summary(train.size(), val.size(), gen.size(), (options.videos() + gen.size()) * options.frames(), objects);
    }

    /** The name of generalisation-split video {@code index}. */
    public static String generalisationName(int index) {
        return String.format("gen-%03d", index);
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

    private static String names(List<Integer> videos, java.util.function.IntFunction<String> name) {
        StringBuilder sb = new StringBuilder();
        for (int v : videos) {
            sb.append(name.apply(v)).append('\n');
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
