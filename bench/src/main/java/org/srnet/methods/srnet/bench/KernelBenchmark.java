package org.srnet.methods.srnet.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srnet.bench.Harness;
import org.srnet.bench.SampleStats;
import org.srnet.eval.BoundaryMeasure;
import org.srnet.eval.RegionSimilarity;
import org.srnet.mask.Rle;
import org.srnet.methods.srnet.infer.Clustering;
import org.srnet.methods.srnet.infer.HeadMaps;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.InputGeometry;
import org.srnet.methods.srnet.infer.SyntheticHeadMaps;

/**
 * Micro-benchmarks of the hot plain-Java kernels, with {@link Harness} (warm-up, then individually timed calls;
 * median and spread): Algorithm 1's clustering on synthetic head maps, COCO RLE encoding of a full-size mask, and
 * the DAVIS region (J) and boundary (F) measures of one object in one frame.
 */
public final class KernelBenchmark {
    private KernelBenchmark() {}

    /**
     * Sizes of the inputs.
     *
     * @param headWidth   network input width whose 1/4 map is clustered
     * @param headHeight  network input height
     * @param instances   objects in the clustered maps
     * @param maskWidth   width of the masks encoded and scored (DAVIS 480p: 854)
     * @param maskHeight  height of those masks (480)
     * @param warmup      untimed calls per kernel
     * @param repeats     timed calls per kernel
     */
    public record Options(int headWidth, int headHeight, int instances, int maskWidth, int maskHeight, int warmup,
            int repeats) {}

    /**
     * One kernel's timing.
     *
     * @param kernel name
     * @param input  what one call processes
     * @param ms     milliseconds per call
     */
    public record Timing(String kernel, String input, SampleStats ms) {}

    /** Times every kernel, in a fixed order. */
    public static List<Timing> run(Options o) {
        List<Timing> out = new ArrayList<>();
        for (Map.Entry<String, Case> e : cases(o).entrySet()) {
            out.add(new Timing(e.getKey(), e.getValue().input(), Harness.time(o.warmup(), o.repeats(), e.getValue().kernel())));
        }
        return out;
    }

    private record Case(String input, Harness.Kernel kernel) {}

    private static Map<String, Case> cases(Options o) {
        Map<String, Case> cases = new LinkedHashMap<>();
        InputGeometry g = InputGeometry.fit(o.headWidth(), o.headHeight(), o.headWidth(), o.headHeight());
        List<HeadMaps> clip = SyntheticHeadMaps.movingDiscs(g, o.instances(), 8, 1);
        Clustering clustering = new Clustering(InferenceOptions.DEFAULT.withMaxInstances(Math.max(20, o.instances())));
        int[] frame = {0};
        cases.put("clustering", new Case(g.headWidth() + "×" + g.headHeight() + " maps (valid " + g.validWidth() + "×"
                + g.validHeight() + "), " + o.instances() + " objects",
                () -> clustering.cluster(clip.get(frame[0]++ % clip.size())).size()));

        int w = o.maskWidth();
        int h = o.maskHeight();
        byte[] gt = disc(w, h, w * 0.45, h * 0.5, Math.min(w, h) * 0.3);
        byte[] pred = disc(w, h, w * 0.48, h * 0.52, Math.min(w, h) * 0.28);
        String masks = w + "×" + h + " mask";
        cases.put("rle-encode", new Case(masks, () -> Rle.encode(pred, h, w).counts().length));
        cases.put("davis-j", new Case(masks + " pair", () -> RegionSimilarity.of(gt, pred, null)));
        cases.put("davis-f", new Case(masks + " pair", () -> BoundaryMeasure.of(pred, gt, null, h, w)));
        return cases;
    }

    /** A row-major 0/1 mask of a filled disc. */
    public static byte[] disc(int w, int h, double cx, double cy, double r) {
        byte[] m = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    m[y * w + x] = 1;
                }
            }
        }
        return m;
    }
}
