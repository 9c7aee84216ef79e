package org.srnet.methods.srnet.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.srnet.bench.ProcStatus;
import org.srnet.bench.SampleStats;
import org.srnet.method.StageTimes;
import org.srnet.methods.srnet.infer.InputGeometry;
import org.srnet.methods.srnet.infer.Segmenter;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.output.DavisSubmissionWriter;
import org.srnet.output.YtvisResultsWriter;
import org.srnet.result.FrameResult;
import org.srnet.video.MovingPattern;
import org.srnet.video.VideoFrame;

/**
 * Per-stage cost of online inference, frame by frame, on a synthetic JPEG video ({@link MovingPattern}) through the
 * real {@link Segmenter}:
 * <ul>
 *   <li>decode: JPEG bytes to an image, as an image-folder source (DAVIS JPEGImages) does;</li>
 *   <li>preprocess, network, postprocess: the segmenter's own {@link StageTimes};</li>
 *   <li>backbone+FPN: {@link org.srnet.methods.srnet.network.SrNet#encode} timed right after each frame on an input of the same
 *       shape; decoder+heads is the frame's network time minus it (so it includes pulling the maps to the host);</li>
 *   <li>output writing: the DAVIS palette PNGs and the YouTube-VIS JSON of each run, as {@code srnet segment} writes
 *       them, divided by the run's frames.</li>
 * </ul>
 * A warm-up video runs first, untimed; then {@code repeats} videos of {@code frames} frames each. FPS per run is
 * frames over the sum of the run's stage times (the extra encoder pass is excluded).
 */
public final class InferenceBenchmark {
    /** Distinct JPEG frames kept in memory; the video cycles through them. */
    private static final int CLIP = 32;

    private InferenceBenchmark() {}

    /**
     * What to run.
     *
     * @param options     segmenter options (network input size)
     * @param frameWidth  width of the synthetic video's frames
     * @param frameHeight height of the synthetic video's frames
     * @param warmup      untimed frames first
     * @param repeats     timed runs (videos)
     * @param frames      frames per timed run
     */
    public record Options(SegmenterOptions options, int frameWidth, int frameHeight, int warmup, int repeats, int frames) {

        public Options {
            if (warmup < 0 || repeats < 1 || frames < 1) {
                throw new IllegalArgumentException("need warmup >= 0, repeats >= 1, frames >= 1; got " + warmup + ", "
                        + repeats + ", " + frames);
            }
        }
    }

    /**
     * Milliseconds per frame by stage, FPS per run, instances found and peak memory.
     *
     * @param decode            JPEG decode
     * @param preprocess        resize, normalise, upload
     * @param backboneFpn       encoder (backbone + FPN)
     * @param decoderHeads      temporal decoder, heads and the one host copy of their maps
     * @param network           backbone+FPN+decoder+heads as the segmenter timed it
     * @param postprocess       clustering, tracking, H(t−1), masks at frame size (RLE)
     * @param output            writing DAVIS PNGs and YouTube-VIS JSON, per frame (one sample per run)
     * @param segmenter         preprocess + network + postprocess per frame: the {@link Segmenter} alone, without
     *                          decoding and writing
     * @param total             sum of the stages per frame (output writing spread evenly over its run)
     * @param fps               frames per second, one sample per run
     * @param instancesPerFrame mean number of instances the segmenter returned
     * @param peakRssMiB        peak resident memory of the process at the end, MiB
     * @param coldStart         the first video of the freshly loaded model, before any warm-up of the benchmark's own
     */
    public record Result(SampleStats decode, SampleStats preprocess, SampleStats backboneFpn, SampleStats decoderHeads,
            SampleStats network, SampleStats postprocess, SampleStats output, SampleStats segmenter, SampleStats total,
            SampleStats fps,
            double instancesPerFrame, double peakRssMiB, ColdStart coldStart) {}

    /** Frames of the cold-start clip, a short video's length. */
    public static final int COLD_FRAMES = 24;

    /**
     * A fresh segmenter on a model that has not run yet: what a user's first video sees.
     *
     * @param warmUpMs     {@link Segmenter#warmUp} when the segmenter opened (before the first frame)
     * @param firstFrameMs decode + segmenter of frame 0
     * @param fps          frames per second over the {@link #COLD_FRAMES} frames, counted as the timed runs count
     * @param frameMs      decode + segmenter per frame of the clip
     */
    public record ColdStart(double warmUpMs, double firstFrameMs, double fps, double[] frameMs) {}

    /** Runs the benchmark; output files go below {@code scratch}. */
    public static Result run(SrNetModel model, Options o, Path scratch) {
        List<byte[]> clip = jpegClip(new MovingPattern(o.frameWidth(), o.frameHeight()), CLIP);
        InputGeometry g = InputGeometry.fit(o.frameWidth(), o.frameHeight(), o.options().inputWidth(), o.options().inputHeight());
        Shape encoderInput = new Shape(1, 3, g.paddedHeight(), g.paddedWidth());
        ColdStart cold = coldStart(model, o.options(), clip, scratch.resolve("cold"));
        if (o.warmup() > 0) {
            writeOutputs(runVideo(model, o.options(), clip, o.warmup(), encoderInput, null), scratch.resolve("warmup"));
        }
        int n = o.repeats() * o.frames();
        double[][] stages = new double[6][n];
        double[] output = new double[o.repeats()];
        double[] total = new double[n];
        double[] segmenter = new double[n];
        double[] fps = new double[o.repeats()];
        long instances = 0;
        for (int r = 0; r < o.repeats(); r++) {
            double[][] run = new double[6][];
            List<FrameResult> results = runVideo(model, o.options(), clip, o.frames(), encoderInput, run);
            output[r] = writeOutputs(results, scratch.resolve("run-" + r)) / o.frames();
            double runMs = output[r] * o.frames();
            for (int f = 0; f < o.frames(); f++) {
                int i = r * o.frames() + f;
                for (int s = 0; s < 6; s++) {
                    stages[s][i] = run[s][f];
                }
                // decode + preprocess + network + postprocess; encoder and decoder split the network time.
                segmenter[i] = run[1][f] + run[4][f] + run[5][f];
                double frameMs = run[0][f] + segmenter[i];
                total[i] = frameMs + output[r];
                runMs += frameMs;
            }
            fps[r] = 1000.0 * o.frames() / runMs;
            instances += results.stream().mapToLong(x -> x.instances().size()).sum();
        }
        return new Result(SampleStats.of(stages[0]), SampleStats.of(stages[1]), SampleStats.of(stages[2]),
                SampleStats.of(stages[3]), SampleStats.of(stages[4]), SampleStats.of(stages[5]), SampleStats.of(output),
                SampleStats.of(segmenter), SampleStats.of(total), SampleStats.of(fps), (double) instances / n, ProcStatus.peakRssKiB() / 1024.0,
                cold);
    }

    /** The first {@link #COLD_FRAMES} frames through the first segmenter of {@code model}, its warm-up timed apart. */
    private static ColdStart coldStart(SrNetModel model, SegmenterOptions options, List<byte[]> clip, Path scratch) {
        double warmUp = Segmenter.warmUp(model, options);
        double[][] t = new double[6][];
        List<FrameResult> results = runVideo(model, options, clip, COLD_FRAMES, null, t);
        double output = writeOutputs(results, scratch) / COLD_FRAMES;
        double[] frameMs = new double[COLD_FRAMES];
        double sum = 0;
        for (int f = 0; f < COLD_FRAMES; f++) {
            frameMs[f] = t[0][f] + t[1][f] + t[4][f] + t[5][f];
            sum += frameMs[f] + output;
        }
        return new ColdStart(warmUp, frameMs[0], 1000.0 * COLD_FRAMES / sum, frameMs);
    }

    /**
     * One video through a fresh segmenter. When {@code times} is given it receives, per stage (decode, preprocess,
     * backbone+FPN, decoder+heads, network, postprocess), one array of per-frame milliseconds.
     */
    private static List<FrameResult> runVideo(SrNetModel model, SegmenterOptions options, List<byte[]> clip, int frames,
            Shape encoderInput, double[][] times) {
        if (times != null) {
            for (int s = 0; s < times.length; s++) {
                times[s] = new double[frames];
            }
        }
        List<FrameResult> results = new ArrayList<>(frames);
        try (Segmenter segmenter = Segmenter.open(model, options)) {
            for (int f = 0; f < frames; f++) {
                long d0 = System.nanoTime();
                BufferedImage image = decode(clip.get(f % clip.size()));
                double decode = (System.nanoTime() - d0) / 1e6;
                results.add(segmenter.next(new VideoFrame(f, String.format("%05d", f), image)));
                StageTimes t = segmenter.lastStageTimes();
                // Not on a cold start (null shape): the extra pass would warm the network up faster than a real video.
                double encoder = encoderInput == null ? 0 : timeEncoder(model, encoderInput);
                if (times != null) {
                    times[0][f] = decode;
                    times[1][f] = t.preprocess();
                    times[2][f] = encoder;
                    times[3][f] = Math.max(0, t.network() - encoder);
                    times[4][f] = t.network();
                    times[5][f] = t.postprocess();
                }
            }
        }
        return results;
    }

    /** Writes a run's DAVIS PNGs and YouTube-VIS JSON below {@code dir} as {@code srnet segment} does; returns ms. */
    private static double writeOutputs(List<FrameResult> results, Path dir) {
        long t0 = System.nanoTime();
        new DavisSubmissionWriter(dir.resolve("davis")).write("bench", results);
        YtvisResultsWriter ytvis = new YtvisResultsWriter(dir.resolve("results.json"));
        ytvis.addVideo("bench", 1, results.size(), results);
        ytvis.finish(List.of("bench"));
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Milliseconds of backbone + FPN on one input of the given shape (values do not change dense conv cost). */
    private static double timeEncoder(SrNetModel model, Shape shape) {
        try (NDManager scope = model.manager().newSubManager()) {
            NDArray x = scope.zeros(shape);
            long t0 = System.nanoTime();
            NDArray[] features = model.network().encode(x, false);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (features.length != 4) {
                throw new IllegalStateException("encoder returned " + features.length + " feature maps");
            }
            return ms;
        }
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> jpegClip(MovingPattern pattern, int length) {
        List<byte[]> clip = new ArrayList<>(length);
        for (int t = 0; t < length; t++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(pattern.frame(t), "jpg", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            clip.add(out.toByteArray());
        }
        return clip;
    }
}
