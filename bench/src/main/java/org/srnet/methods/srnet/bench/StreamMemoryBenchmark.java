package org.srnet.methods.srnet.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

import org.srnet.bench.ProcStatus;
import org.srnet.bench.SyntheticResults;
import org.srnet.methods.srnet.infer.Segmenter;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.output.DavisSubmissionWriter;
import org.srnet.output.YtvisResultsWriter;
import org.srnet.result.FrameResult;
import org.srnet.video.MovingPattern;

/**
 * Streams one long synthetic video through a single {@link Segmenter} ({@link MovingPattern}), or synthetic frame
 * results without the network ({@link SyntheticResults}), optionally into the DAVIS and YouTube-VIS writers, and
 * samples the process's memory every {@code every} frames. Online inference keeps O(1) state per video and the
 * writers keep per-track summaries in memory and masks in a spill file, so after warm-up (allocator pools and JIT
 * settle) RSS and live heap must stay flat; {@link Result#growth()} and {@link Result#liveHeapGrowth()} measure how
 * flat.
 */
public final class StreamMemoryBenchmark {
    /** The name of the stream's outputs. */
    private static final String STREAM = "stream";

    private StreamMemoryBenchmark() {}

    /** A standard output the stream can be written to, as {@code srnet segment} writes it. */
    public enum Output { DAVIS, YTVIS }

    /**
     * One sample.
     *
     * @param frame      frames processed so far
     * @param rssMiB     resident memory, MiB ({@code VmRSS})
     * @param heapMiB    JVM heap in use, MiB (no forced GC: an upper bound of live data)
     * @param liveHeapMiB JVM heap in use right after a full collection ({@code System.gc()}), MiB: the live data
     * @param heapCommittedMiB JVM heap taken from the OS, MiB; RSS grows with it while the collector sizes the heap,
     *                   which is no leak (pin it with -Xms = -Xmx and -XX:+AlwaysPreTouch to watch native memory alone)
     * @param spillMiB   bytes the writers have put in their spill files so far, MiB (0 without writers)
     * @param msPerFrame mean wall milliseconds per frame since the previous sample
     */
    public record Sample(int frame, double rssMiB, double heapMiB, double liveHeapMiB, double heapCommittedMiB,
            double spillMiB, double msPerFrame) {}

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
     * @param liveHeapGrowth the same for the live heap
     * @param peakRssMiB  peak RSS of the process ({@code VmHWM}), including the writers' last step
     * @param finishSeconds wall seconds the writers took at the end of the stream (PNGs and JSON from the spill)
     */
    public record Result(List<Sample> samples, double baselineMiB, double minMiB, double maxMiB, double drift,
            double growth, double liveHeapGrowth, double peakRssMiB, double finishSeconds) {}

    /**
     * Runs {@code frames} frames of {@code width×height} through the network into {@code outputs} (written below
     * {@code scratch}), sampling every {@code every} frames; samples up to and including frame {@code warmup} form
     * the warm-up. Each sample is also handed to {@code progress} as it is taken.
     */
    public static Result run(SrNetModel model, SegmenterOptions options, int width, int height, int frames, int every,
            int warmup, Set<Output> outputs, Path scratch, Consumer<Sample> progress) {
        check(frames, every, warmup);
        MovingPattern pattern = new MovingPattern(width, height);
        try (Segmenter segmenter = Segmenter.open(model, options)) {
            return stream(f -> segmenter.next(pattern.frame(f)), frames, every, warmup, outputs, scratch, progress);
        }
    }

    /** As {@link #run}, with {@link SyntheticResults} in place of the network: the writers alone. */
    public static Result runSynthetic(int width, int height, int frames, int every, int warmup, Set<Output> outputs,
            Path scratch, Consumer<Sample> progress) {
        check(frames, every, warmup);
        SyntheticResults results = new SyntheticResults(width, height);
        return stream(results::frame, frames, every, warmup, outputs, scratch, progress);
    }

    private static void check(int frames, int every, int warmup) {
        if (every < 1 || frames < every || warmup < 0 || warmup >= frames) {
            throw new IllegalArgumentException("need 1 <= every <= frames and 0 <= warmup < frames; got every=" + every
                    + ", frames=" + frames + ", warmup=" + warmup);
        }
    }

    private static Result stream(IntFunction<FrameResult> next, int frames, int every, int warmup, Set<Output> outputs,
            Path scratch, Consumer<Sample> progress) {
        Runtime rt = Runtime.getRuntime();
        List<Sample> samples = new ArrayList<>();
        YtvisResultsWriter results = new YtvisResultsWriter(scratch.resolve("results.json"));
        long finish;
        try (DavisSubmissionWriter.Sequence davis = outputs.contains(Output.DAVIS)
                        ? new DavisSubmissionWriter(scratch.resolve("davis")).open(STREAM) : null;
                YtvisResultsWriter.Video ytvis = outputs.contains(Output.YTVIS) ? results.open(STREAM, 1) : null) {
            long t0 = System.nanoTime();
            for (int f = 0; f < frames; f++) {
                FrameResult r = next.apply(f);
                if (davis != null) {
                    davis.add(r);
                }
                if (ytvis != null) {
                    ytvis.add(r);
                }
                if ((f + 1) % every == 0) {
                    long now = System.nanoTime();
                    double heap = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
                    double committed = rt.totalMemory() / 1048576.0;
                    System.gc();
                    long spilled = (davis == null ? 0 : davis.spilledBytes()) + (ytvis == null ? 0 : ytvis.spilledBytes());
                    Sample s = new Sample(f + 1, ProcStatus.rssKiB() / 1024.0, heap,
                            (rt.totalMemory() - rt.freeMemory()) / 1048576.0, committed, spilled / 1048576.0,
                            (now - t0) / 1e6 / every);
                    samples.add(s);
                    if (progress != null) {
                        progress.accept(s);
                    }
                    t0 = System.nanoTime();
                }
            }
            finish = System.nanoTime();
            if (davis != null) {
                davis.finish();
            }
            if (ytvis != null) {
                ytvis.finish();
                results.finish(List.of(STREAM));
            }
        }
        double finishSeconds = (System.nanoTime() - finish) / 1e9;
        return summarise(samples, warmup, ProcStatus.peakRssKiB() / 1024.0, finishSeconds);
    }

    /** The verdict over the samples taken after frame {@code warmup} (all samples if none are). */
    static Result summarise(List<Sample> samples, int warmup, double peakRssMiB, double finishSeconds) {
        List<Sample> steady = samples.stream().filter(s -> s.frame() > warmup).toList();
        if (steady.isEmpty()) {
            steady = samples;
        }
        double baseline = steady.get(0).rssMiB();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double drift = 0;
        for (Sample s : steady) {
            min = Math.min(min, s.rssMiB());
            max = Math.max(max, s.rssMiB());
            drift = Math.max(drift, Math.abs(s.rssMiB() - baseline) / baseline);
        }
        return new Result(List.copyOf(samples), baseline, min, max, drift, growth(steady, Sample::rssMiB),
                growth(steady, Sample::liveHeapMiB), peakRssMiB, finishSeconds);
    }

    /** Largest relative rise of a measure above the lowest value sampled before it (a fall is not growth). */
    private static double growth(List<Sample> samples, ToDoubleFunction<Sample> measure) {
        double min = Double.MAX_VALUE;
        double growth = 0;
        for (Sample s : samples) {
            double v = measure.applyAsDouble(s);
            min = Math.min(min, v);
            growth = Math.max(growth, min > 0 ? (v - min) / min : 0);
        }
        return growth;
    }
}
