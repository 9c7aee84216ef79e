package org.srnet.methods.srnet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.srnet.bench.ProcStatus;
import org.srnet.methods.srnet.infer.Segmenter;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.video.MovingPattern;

/**
 * Streams one long synthetic video ({@link MovingPattern}) through a single {@link Segmenter} and samples the
 * process's resident memory every {@code every} frames. Online inference keeps O(1) state per video, so after
 * warm-up (allocator pools and JIT settle) RSS must stay flat; {@link Result#drift()} measures how flat.
 */
public final class StreamMemoryBenchmark {
    private StreamMemoryBenchmark() {}

    /**
     * One sample.
     *
     * @param frame      frames processed so far
     * @param rssMiB     resident memory, MiB ({@code VmRSS})
     * @param heapMiB    JVM heap in use, MiB (no forced GC: an upper bound of live data)
     * @param heapCommittedMiB JVM heap taken from the OS, MiB; RSS grows with it while the collector sizes the heap,
     *                   which is no leak (pin it with -Xms = -Xmx and -XX:+AlwaysPreTouch to watch native memory alone)
     * @param msPerFrame mean wall milliseconds per frame since the previous sample
     */
    public record Sample(int frame, double rssMiB, double heapMiB, double heapCommittedMiB, double msPerFrame) {}

    /**
     * All samples and the verdict.
     *
     * @param samples     one per {@code every} frames
     * @param baselineMiB RSS at the first sample after warm-up
     * @param minMiB      smallest RSS after warm-up
     * @param maxMiB      largest RSS after warm-up
     * @param drift       largest relative deviation from the baseline after warm-up (0.05 = 5%)
     * @param growth      largest relative rise of RSS above any earlier post-warm-up sample: what a leak looks like
     *                    (a fall, e.g. the collector shrinking its heap, is not growth)
     * @param peakRssMiB  peak RSS of the process ({@code VmHWM})
     */
    public record Result(List<Sample> samples, double baselineMiB, double minMiB, double maxMiB, double drift,
            double growth, double peakRssMiB) {}

    /**
     * Runs {@code frames} frames of {@code width×height}, sampling every {@code every} frames; samples up to and
     * including frame {@code warmup} form the warm-up. Each sample is also handed to {@code progress} as it is taken.
     */
    public static Result run(SrNetModel model, SegmenterOptions options, int width, int height, int frames, int every,
            int warmup, Consumer<Sample> progress) {
        if (every < 1 || frames < every || warmup < 0 || warmup >= frames) {
            throw new IllegalArgumentException("need 1 <= every <= frames and 0 <= warmup < frames; got every=" + every
                    + ", frames=" + frames + ", warmup=" + warmup);
        }
        MovingPattern pattern = new MovingPattern(width, height);
        Runtime rt = Runtime.getRuntime();
        List<Sample> samples = new ArrayList<>();
        try (Segmenter segmenter = Segmenter.open(model, options)) {
            long t0 = System.nanoTime();
            for (int f = 0; f < frames; f++) {
                segmenter.next(pattern.frame(f));
                if ((f + 1) % every == 0) {
                    long now = System.nanoTime();
                    Sample s = new Sample(f + 1, ProcStatus.rssKiB() / 1024.0, (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
                            rt.totalMemory() / 1048576.0, (now - t0) / 1e6 / every);
                    samples.add(s);
                    if (progress != null) {
                        progress.accept(s);
                    }
                    t0 = System.nanoTime();
                }
            }
        }
        return summarise(samples, warmup, ProcStatus.peakRssKiB() / 1024.0);
    }

    /** The verdict over the samples taken after frame {@code warmup} (all samples if none are). */
    static Result summarise(List<Sample> samples, int warmup, double peakRssMiB) {
        List<Sample> steady = samples.stream().filter(s -> s.frame() > warmup).toList();
        if (steady.isEmpty()) {
            steady = samples;
        }
        double baseline = steady.get(0).rssMiB();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double drift = 0;
        double growth = 0;
        for (Sample s : steady) {
            min = Math.min(min, s.rssMiB());
            max = Math.max(max, s.rssMiB());
            drift = Math.max(drift, Math.abs(s.rssMiB() - baseline) / baseline);
            growth = Math.max(growth, (s.rssMiB() - min) / min);
        }
        return new Result(List.copyOf(samples), baseline, min, max, drift, growth, peakRssMiB);
    }
}
