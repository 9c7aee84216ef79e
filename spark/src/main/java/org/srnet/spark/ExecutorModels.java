package org.srnet.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import ai.djl.pytorch.jni.JniUtils;

import org.srnet.method.Methods;
import org.srnet.method.SegmentationModel;

/**
 * The models of one JVM (an executor, or the driver in local mode): each loaded once, by model path and
 * {@code --set} values, and shared by every task the JVM runs; they live as long as the JVM.
 */
public final class ExecutorModels {
    /** Set to pin libtorch's intra-op threads; by default a task gets {@code spark.task.cpus} of them. */
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    private static final Map<String, SegmentationModel> MODELS = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorModels() {}

    /** The model in {@code dir} with {@code overrides}, loaded on first use in this JVM. */
    public static SegmentationModel get(String dir, List<String> overrides) {
        return MODELS.computeIfAbsent(dir + "\n" + String.join("\n", overrides), k -> {
            LOADS.incrementAndGet();
            SegmentationModel m = Methods.load(Path.of(dir), overrides);
            Runtime.getRuntime().addShutdownHook(new Thread(m::close, "srnet-model-close"));
            return m;
        });
    }

    /** How many models this JVM has loaded. */
    public static int loads() {
        return LOADS.get();
    }

    /**
     * Gives libtorch {@code cpus} intra-op threads (the task's {@code spark.task.cpus}), so that the tasks an
     * executor runs at once do not each spin up a thread per core; an explicit {@value #THREADS_PROPERTY} wins.
     */
    static void limitThreads(int cpus) {
        if (System.getProperty(THREADS_PROPERTY) == null && JniUtils.getNumThreads() != cpus) {
            JniUtils.setNumThreads(Math.max(1, cpus));
        }
    }
}
