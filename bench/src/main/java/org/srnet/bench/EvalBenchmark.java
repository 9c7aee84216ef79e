package org.srnet.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.srnet.data.YtvisTrack;
import org.srnet.data.YtvisVideo;
import org.srnet.eval.DavisEvaluator;
import org.srnet.eval.DavisSequence;
import org.srnet.eval.SyntheticCases;
import org.srnet.eval.YtvisDetection;
import org.srnet.eval.YtvisEvaluator;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.mask.Rle;
import org.srnet.mask.SegmentationJson;
import org.srnet.util.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Times both evaluators on synthetic cases of a realistic size (see {@link SyntheticCases}): each measurement is
 * the median of several runs after one warm-up run. Used by {@code srnet eval benchmark}; never by tests.
 */
public final class EvalBenchmark {
    private EvalBenchmark() {}

    /** One timed measurement: the median and every run, in seconds, and the value computed (as a sanity check). */
    public record Timing(String what, double medianSeconds, double[] runSeconds, double value) {}

    /** Times DAVIS evaluation of frames drawn in memory; also times drawing alone, which it includes. */
    public static List<Timing> davisInMemory(int sequences, int frames, int width, int height, int objects,
            int proposals, int threads, int runs) {
        List<DavisSequence> seqs = SyntheticCases.davis(sequences, frames, width, height, objects, proposals, 1);
        Timing draw = time("DAVIS frame synthesis only", runs, () -> {
            IntStream.range(0, seqs.size()).parallel().forEach(i -> {
                DavisSequence s = seqs.get(i);
                for (int t = 0; t < s.frameCount(); t++) {
                    s.groundTruth(t);
                    s.prediction(t);
                }
            });
            return 0.0;
        });
        Timing eval = time("DAVIS evaluation (frames drawn in memory)", runs,
                () -> DavisEvaluator.evaluate(seqs, threads).get("J&F-Mean"));
        return List.of(eval, draw);
    }

    /** Writes the DAVIS case as palette PNGs under {@code dir} and times evaluation from the files. */
    public static Timing davisFromFiles(Path dir, int sequences, int frames, int width, int height, int objects,
            int proposals, int runs) {
        List<DavisSequence> seqs = SyntheticCases.davis(sequences, frames, width, height, objects, proposals, 1);
        Path root = dir.resolve("davis");
        Path res = dir.resolve("results");
        StringBuilder list = new StringBuilder();
        for (DavisSequence s : seqs) {
            list.append(s.name()).append('\n');
        }
        AtomicFiles.writeString(root.resolve("ImageSets/2017/val.txt"), list.toString());
        IntStream.range(0, seqs.size()).parallel().forEach(i -> {
            DavisSequence s = seqs.get(i);
            for (int t = 0; t < s.frameCount(); t++) {
                LabelMap gt = s.groundTruth(t);
                PalettePng.write(root.resolve("Annotations_unsupervised/480p").resolve(s.name())
                        .resolve(s.frameId(t) + ".png"), gt);
                PalettePng.write(res.resolve(s.name()).resolve(s.frameId(t) + ".png"), s.prediction(t));
            }
        });
        return time("DAVIS evaluation from PNG files (incl. decoding)", runs,
                () -> DavisEvaluator.evaluate(root, res, "val").get("J&F-Mean"));
    }

    /** Writes the YouTube-VIS case as JSON under {@code dir} and times evaluation in memory and from the files. */
    public static List<Timing> ytvis(Path dir, int videos, int frames, int width, int height, int runs) {
        SyntheticCases.Ytvis c = SyntheticCases.ytvis(videos, frames, width, height, 3, 10, 40, 2);
        Timing memory = time("YouTube-VIS evaluation (in memory)", runs, () -> {
            YtvisEvaluator e = new YtvisEvaluator(IntStream.rangeClosed(1, c.categories()).boxed().toList());
            IntStream.range(0, c.videos().size()).parallel().forEach(i -> {
                YtvisVideo v = c.videos().get(i);
                e.process(v, c.detections().stream().skip(i * 10L).limit(10).toList());
            });
            return e.evaluate().get("AP");
        });
        Path gt = dir.resolve("ytvis-gt.json");
        Path results = dir.resolve("ytvis-results.json");
        writeYtvis(c, gt, results);
        Timing files = time("YouTube-VIS evaluation from JSON (incl. parsing)", runs,
                () -> YtvisEvaluator.evaluate(gt, results).get("AP"));
        return List.of(files, memory);
    }

    /** Writes a case as a ground-truth JSON and a results JSON, both with compressed RLE. */
    static void writeYtvis(SyntheticCases.Ytvis c, Path gtFile, Path resultsFile) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode gt = json.createObjectNode();
        ArrayNode vids = gt.putArray("videos");
        ArrayNode anns = gt.putArray("annotations");
        for (YtvisVideo v : c.videos()) {
            ObjectNode o = vids.addObject().put("id", v.id()).put("width", v.width()).put("height", v.height())
                    .put("length", v.frames().size());
            ArrayNode names = o.putArray("file_names");
            v.frames().forEach(f -> names.add(f.toString()));
            for (YtvisTrack t : v.tracks()) {
                ObjectNode a = anns.addObject().put("id", t.id()).put("video_id", v.id())
                        .put("category_id", t.categoryId()).put("iscrowd", t.crowd() ? 1 : 0);
                segmentations(a, t.segmentations());
                ArrayNode areas = a.putArray("areas");
                t.areas().forEach(x -> {
                    if (x == null) {
                        areas.addNull();
                    } else {
                        areas.add(x);
                    }
                });
            }
        }
        ArrayNode cats = gt.putArray("categories");
        for (int k = 1; k <= c.categories(); k++) {
            cats.addObject().put("id", k).put("name", "category-" + k);
        }
        ArrayNode res = json.createArrayNode();
        for (YtvisDetection d : c.detections()) {
            ObjectNode o = res.addObject().put("video_id", d.videoId()).put("category_id", d.categoryId())
                    .put("score", d.score());
            segmentations(o, d.segmentations());
        }
        AtomicFiles.write(gtFile, out -> json.writeValue(out, gt));
        AtomicFiles.write(resultsFile, out -> json.writeValue(out, res));
    }

    private static void segmentations(ObjectNode o, List<Rle> masks) {
        ArrayNode segs = o.putArray("segmentations");
        for (Rle r : masks) {
            if (r == null) {
                segs.addNull();
            } else {
                segs.add(SegmentationJson.toCompressedJson(r));
            }
        }
    }

    private static Timing time(String what, int runs, Supplier<Double> work) {
        work.get();
        double[] secs = new double[runs];
        double value = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            value = work.get();
            secs[i] = (System.nanoTime() - t0) / 1e9;
        }
        double[] sorted = secs.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        return new Timing(what, median, secs, value);
    }
}
