package org.srnet.methods.srnet.bench;

import java.util.Arrays;
import java.util.List;

import org.srnet.methods.srnet.infer.Clustering;
import org.srnet.methods.srnet.infer.FrameMasks;
import org.srnet.methods.srnet.infer.FrameResults;
import org.srnet.methods.srnet.infer.HeadMaps;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.InputGeometry;
import org.srnet.methods.srnet.infer.Instance;
import org.srnet.methods.srnet.infer.PreviousHeatmap;
import org.srnet.methods.srnet.infer.SyntheticHeadMaps;
import org.srnet.methods.srnet.infer.TrackedInstance;
import org.srnet.methods.srnet.infer.Tracker;
import org.srnet.result.FrameResult;

/**
 * Measures the per-frame cost of the post-processing around the network on synthetic head outputs: the
 * clustering (Alg. 1 l. 1–14), the tracker (l. 15–19) and the H(t−1) rendering, and separately the way back
 * to the original frame (upsampling + RLE). The synthetic video has {@code instances} discs moving slowly, whose
 * pixels point at their centres with a little noise, with STEm-Seg's initial bandwidth (b = 10), two extra
 * dimensions that tell overlapping discs apart, and an objectiveness bump at each centre.
 */
public final class PostprocessBenchmark {
    /** Frames in the synthetic clip; the benchmark cycles through them so the tracker sees motion. */
    private static final int CLIP = 16;

    private PostprocessBenchmark() {}

    /**
     * Timing of one configuration, in milliseconds per frame.
     *
     * @param instances       objects in the synthetic video
     * @param found           mean number of instances the clustering returned per frame (sanity check)
     * @param median          median of clustering + tracking + heat map
     * @param p10             10th percentile of the same
     * @param p90             90th percentile of the same
     * @param clusteringMedian median of the clustering alone
     * @param toOriginalMedian median of bringing the masks to the original size and encoding them as RLE
     */
    public record Result(int instances, double found, double median, double p10, double p90,
            double clusteringMedian, double toOriginalMedian) {}

    /**
     * Runs one configuration.
     *
     * @param geometry  input geometry (gives the head map size and the original size for the way back)
     * @param instances objects per frame
     * @param warmup    frames run before timing
     * @param frames    timed frames
     * @param seed      random seed of the synthetic clip
     * @param fullScan  whether each seed scans the whole valid region instead of the embedding index (to measure
     *                  what the index saves; results are identical)
     */
    public static Result run(InputGeometry geometry, int instances, int warmup, int frames, long seed, boolean fullScan) {
        List<HeadMaps> clip = SyntheticHeadMaps.movingDiscs(geometry, instances, CLIP, seed);
        InferenceOptions options = InferenceOptions.DEFAULT.withMaxInstances(Math.max(20, instances));
        Clustering clustering = new Clustering(options);
        clustering.useIndex(!fullScan);
        Tracker tracker = new Tracker(options);
        FrameMasks masks = new FrameMasks(geometry, options);
        double[] total = new double[frames];
        double[] cluster = new double[frames];
        double[] back = new double[frames];
        long foundSum = 0;
        for (int f = -warmup; f < frames; f++) {
            HeadMaps maps = clip.get(Math.floorMod(f, clip.size()));
            long t0 = System.nanoTime();
            List<Instance> found = clustering.cluster(maps);
            long t1 = System.nanoTime();
            List<TrackedInstance> tracked = tracker.update(found);
            float[] heat = PreviousHeatmap.fromInstances(tracked, maps.width(), maps.height(), options);
            long t2 = System.nanoTime();
            FrameResult result = FrameResults.of(Math.max(f, 0), "f", tracked, masks.toOriginal(found, maps), geometry);
            long t3 = System.nanoTime();
            if (heat.length != maps.plane() || result.instances().size() != found.size()) {
                throw new IllegalStateException("benchmark pipeline lost instances");
            }
            if (f >= 0) {
                total[f] = (t2 - t0) / 1e6;
                cluster[f] = (t1 - t0) / 1e6;
                back[f] = (t3 - t2) / 1e6;
                foundSum += found.size();
            }
        }
        Arrays.sort(total);
        Arrays.sort(cluster);
        Arrays.sort(back);
        return new Result(instances, (double) foundSum / frames, quantile(total, 0.5), quantile(total, 0.1),
                quantile(total, 0.9), quantile(cluster, 0.5), quantile(back, 0.5));
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }
}
