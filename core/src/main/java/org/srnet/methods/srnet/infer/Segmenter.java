package org.srnet.methods.srnet.infer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;

import org.srnet.UserError;
import org.srnet.method.OnlineSegmenter;
import org.srnet.method.StageTimes;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.ModelConfig;
import org.srnet.methods.srnet.network.SrNet;
import org.srnet.methods.srnet.network.SrNetOutput;
import org.srnet.nn.ImageNormalization;
import org.srnet.result.FrameResult;
import org.srnet.video.VideoFrame;

/**
 * SRNet's online inference (§3.7), one video at a time, frame by frame:
 * <ol>
 *   <li>feed frame t, the previous feature F32(t−1) and the instance heat map H(t−1) to the network (on the first
 *       frame F32(t−1) = F32(t) and H(t−1) = 0);</li>
 *   <li>pull the head outputs to the host once and run Algorithm 1: sequential clustering (lines 1–14), then greedy
 *       assignment of tracking points to the tracks' last centres (lines 15–19, {@link Tracker}), and bring the
 *       masks to the frame size ({@link FrameMasks});</li>
 *   <li>keep F32(t) and render H(t) from this frame's instances for frame t+1.</li>
 * </ol>
 * That is the whole per-video state: nothing from frame t−2 is alive at frame t, and each frame's native arrays
 * are freed when the frame ends, so memory does not grow with the video's length.
 *
 * <pre>{@code
 * try (Segmenter s = Segmenter.open(model, options)) {
 *     for (VideoFrame f : source) {
 *         FrameResult r = s.next(f);
 *     }
 * }
 * }</pre>
 * Not thread-safe: one segmenter per video stream.
 */
public final class Segmenter implements OnlineSegmenter {
    private final SrNetModel model;
    private final SegmenterOptions options;
    private final Clustering clustering;
    private final Tracker tracker;
    /** The heads' fused weights, made once for this video instead of on every frame. */
    private final SrNet.InferenceWeights weights;

    private NDArray previousF32;
    /** Frame t−1's network input, kept only for a model with the motion input. */
    private NDArray previousImage;
    private float[] previousHeatmap;
    private int frameIndex;
    private InputGeometry geometry;
    private FrameMasks masks;
    /** The padded input and H(t−1), in direct native-order buffers reused every frame: handing libtorch a heap
     *  array would make DJL allocate (and later garbage-collect) a fresh direct buffer per frame. */
    private ByteBuffer inputBuffer;
    private ByteBuffer heatmapBuffer;
    private HeadMaps lastMaps;
    private BufferedImage resizeBuffer;
    private StageTimes lastTimes = new StageTimes(0, 0, 0);

    private Segmenter(SrNetModel model, SegmenterOptions options) {
        this.model = model;
        this.options = options;
        this.clustering = new Clustering(options.inference());
        this.tracker = new Tracker(options.inference());
        this.weights = model.network().inferenceWeights();
    }

    /**
     * A segmenter for one video; close it (or let try-with-resources) to free the carried feature. The first segmenter
     * of a network at an input size warms it up first ({@link #warmUp}).
     */
    public static Segmenter open(SrNetModel model, SegmenterOptions options) {
        warmUp(model, options);
        return new Segmenter(model, options);
    }

    /** Frames at the input size, then at {@link #WARMUP_SMALL_SIZE}, that {@link #warmUp} runs. */
    static final int WARMUP_FRAMES = 2;
    static final int WARMUP_SMALL_FRAMES = 50;
    static final int WARMUP_SMALL_SIZE = 64;
    /** Networks and input sizes already warmed up in this process (a model no longer used is forgotten). */
    private static final Map<SrNetModel, Set<String>> WARM = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Runs a throwaway segmenter over a few blank frames the first time a network is used at an input size, so that a
     * video's first frames run as fast as its later ones: on its first frame libtorch creates a oneDNN primitive for
     * every convolution shape and the allocator grows its heap, and for the next dozens of frames the JVM compiles the
     * per-op Java path, competing with libtorch's threads for the cores (measured in docs/benchmarks.md). Two frames at
     * the input size take the first; frames at 64×64 before them give the compiler the same calls for little arithmetic,
     * and the warm-up waits (at most three seconds) until it has compiled them. Returns
     * the milliseconds spent, 0 when the network was already warm at this size.
     */
    public static double warmUp(SrNetModel model, SegmenterOptions options) {
        String size = options.inputWidth() + "x" + options.inputHeight();
        if (!WARM.computeIfAbsent(model, m -> ConcurrentHashMap.newKeySet()).add(size)) {
            return 0;
        }
        long t0 = System.nanoTime();
        // The small frames on one libtorch thread (this thread's OpenMP setting), so the compiler has a core of its own:
        // with two threads on two cores every op waits for the one the compiler preempted, and the warm-up would crawl.
        // The frames at the input size then run with the configured threads, whose primitives oneDNN keeps.
        int threads = JniUtils.getNumThreads();
        JniUtils.setNumThreads(1);
        try {
            runBlank(model, options.withInputSize(WARMUP_SMALL_SIZE, WARMUP_SMALL_SIZE), WARMUP_SMALL_SIZE,
                    WARMUP_SMALL_SIZE, WARMUP_SMALL_FRAMES);
            awaitCompiler();
        } finally {
            JniUtils.setNumThreads(threads);
        }
        runBlank(model, options, options.inputWidth(), options.inputHeight(), WARMUP_FRAMES);
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * Waits (at most {@link #COMPILER_WAIT_MS}) until the JIT compiler has been idle for three samples in a row, so the
     * compilations the warm-up started do not run beside the first real frames.
     */
    private static void awaitCompiler() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + COMPILER_WAIT_MS * 1_000_000L;
        long last = jit.getTotalCompilationTime();
        int idle = 0;
        while (idle < 3 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = jit.getTotalCompilationTime();
            idle = now == last ? idle + 1 : 0;
            last = now;
        }
    }

    private static final long COMPILER_WAIT_MS = 3000;

    private static void runBlank(SrNetModel model, SegmenterOptions options, int width, int height, int frames) {
        BufferedImage blank = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        try (Segmenter s = new Segmenter(model, options)) {
            for (int i = 0; i < frames; i++) {
                s.next(blank);
            }
        }
    }

    /** Segments the next frame of the video (its name is its zero-padded index). */
    public FrameResult next(BufferedImage image) {
        return next(new VideoFrame(frameIndex, String.format("%05d", frameIndex), image));
    }

    /** {@inheritDoc} */
    @Override
    public FrameResult next(VideoFrame frame) {
        long t0 = System.nanoTime();
        BufferedImage image = frame.image();
        InputGeometry g = geometryFor(image.getWidth(), image.getHeight());
        ByteBuffer input = preprocess(image, g);
        long t1 = System.nanoTime();

        HeadMaps maps;
        try (NDManager scope = model.manager().newSubManager()) {
            if (previousF32 != null) {
                previousF32.attach(scope); // freed with this frame
            }
            if (previousImage != null) {
                previousImage.attach(scope);
            }
            NDArray x = scope.create(input, new Shape(1, 3, g.paddedHeight(), g.paddedWidth()), DataType.FLOAT32);
            NDArray heat = previousHeatmap == null ? null
                    : scope.create(fill(heatmapBuffer, previousHeatmap), new Shape(1, 1, g.headHeight(), g.headWidth()),
                            DataType.FLOAT32);
            NDArray before = previousImage != null && previousImage.getShape().equals(x.getShape()) ? previousImage : null;
            // Table 2 at inference: without temporal features F32(t−1) := F32(t) (the network's first-frame path),
            // without instance heat maps H(t−1) = 0.
            SrNetOutput out = model.network().forward(x, before, options.model().temporalFeatures() ? previousF32 : null,
                    options.model().instanceHeatmap() ? heat : null, weights);
            if (model.config().motionInput()) {
                previousImage = x.duplicate(); // x views the reused input buffer
                previousImage.detach();
            }
            maps = toHost(out, g);
            lastMaps = maps;
            previousF32 = out.f32();
            previousF32.detach(); // outlives this frame, exactly until the next one
        }
        long t2 = System.nanoTime();

        List<Instance> found = clustering.cluster(maps);
        List<TrackedInstance> tracked = tracker.update(found);
        previousHeatmap = PreviousHeatmap.fromInstances(tracked, g.headWidth(), g.headHeight(), options.inference());
        FrameResult result = FrameResults.of(frame.index(), frame.name(), tracked, masks.toOriginal(found, maps), g);
        long t3 = System.nanoTime();
        lastTimes = new StageTimes((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        frameIndex = frame.index() + 1;
        return result;
    }

    /** {@inheritDoc} */
    @Override
    public StageTimes lastStageTimes() {
        return lastTimes;
    }

    private InputGeometry geometryFor(int width, int height) {
        if (geometry == null || geometry.originalWidth() != width || geometry.originalHeight() != height) {
            if (geometry != null) {
                throw new UserError("frame " + frameIndex + " is " + width + "×" + height + " but the video's frames are "
                        + geometry.originalWidth() + "×" + geometry.originalHeight());
            }
            geometry = InputGeometry.fit(width, height, options.inputWidth(), options.inputHeight());
            masks = new FrameMasks(geometry, options.inference());
            inputBuffer = ByteBuffer.allocateDirect(4 * 3 * geometry.paddedWidth() * geometry.paddedHeight())
                    .order(ByteOrder.nativeOrder());
            heatmapBuffer = ByteBuffer.allocateDirect(4 * geometry.headWidth() * geometry.headHeight()).order(ByteOrder.nativeOrder());
            resizeBuffer = new BufferedImage(geometry.resizedWidth(), geometry.resizedHeight(), BufferedImage.TYPE_INT_RGB);
        }
        return geometry;
    }

    /** Resize keeping aspect (bilinear), normalise, place top-left in the zero (= mean colour) padded buffer. */
    private ByteBuffer preprocess(BufferedImage image, InputGeometry g) {
        Graphics2D gr = resizeBuffer.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        gr.drawImage(image, 0, 0, g.resizedWidth(), g.resizedHeight(), null);
        gr.dispose();
        int[] argb = ((DataBufferInt) resizeBuffer.getRaster().getDataBuffer()).getData();
        int pw = g.paddedWidth();
        int plane = pw * g.paddedHeight();
        float[] mean = ImageNormalization.MEAN;
        float[] std = ImageNormalization.STD;
        FloatBuffer in = inputBuffer.asFloatBuffer();
        for (int y = 0; y < g.resizedHeight(); y++) {
            for (int x = 0; x < g.resizedWidth(); x++) {
                int p = argb[y * g.resizedWidth() + x];
                int o = y * pw + x;
                in.put(o, (((p >> 16) & 0xff) / 255f - mean[0]) / std[0]);
                in.put(plane + o, (((p >> 8) & 0xff) / 255f - mean[1]) / std[1]);
                in.put(2 * plane + o, ((p & 0xff) / 255f - mean[2]) / std[2]);
            }
        }
        return inputBuffer.rewind();
    }

    /** All head maps in one host copy: concatenated along channels, then split. */
    private HeadMaps toHost(SrNetOutput out, InputGeometry g) {
        ModelConfig c = model.config();
        NDList parts = new NDList(out.offsets(), out.inverseVariance(), out.objectiveness(), out.tracking());
        if (c.hasCategoryHead()) {
            parts.add(out.categoryLogits().softmax(1));
        }
        float[] all = NDArrays.concat(parts, 1).toFloatArray();
        int plane = g.headWidth() * g.headHeight();
        int d = c.offsetDims();
        int at = 0;
        float[] offsets = slice(all, at, d * plane);
        at += d * plane;
        float[] inverseVariance = slice(all, at, 2 * plane);
        at += 2 * plane;
        float[] objectiveness = slice(all, at, plane);
        at += plane;
        float[] tracking = slice(all, at, 2 * plane);
        at += 2 * plane;
        float[] categories = c.hasCategoryHead() ? slice(all, at, (c.numClasses() + 1) * plane) : null;
        float[] extra = new float[d - 2];
        java.util.Arrays.fill(extra, (float) c.extraInverseVariance());
        return new HeadMaps(g.headWidth(), g.headHeight(), g.validWidth(), g.validHeight(), offsets, d, inverseVariance, extra,
                objectiveness, tracking, categories, c.numClasses());
    }

    /** A copy of H(t) as rendered from the most recent frame's instances, the next frame's H(t−1); null before any. */
    float[] heatmapForNextFrame() {
        return previousHeatmap == null ? null : previousHeatmap.clone();
    }

    /** The head maps of the most recent frame (for tests of the network input path and the tracking probe). */
    public HeadMaps lastHeadMaps() {
        return lastMaps;
    }

    private static ByteBuffer fill(ByteBuffer buffer, float[] values) {
        buffer.asFloatBuffer().put(values);
        return buffer.rewind();
    }

    private static float[] slice(float[] a, int from, int n) {
        float[] out = new float[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    @Override
    public void close() {
        weights.close();
        if (previousF32 != null) {
            previousF32.close();
            previousF32 = null;
        }
        if (previousImage != null) {
            previousImage.close();
            previousImage = null;
        }
    }
}
