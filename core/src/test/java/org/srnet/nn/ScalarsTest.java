package org.srnet.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.Test;

class ScalarsTest {
    /**
     * The backward pass must see the constant even when the garbage collector ran after the forward pass and the
     * freed memory was reused (here: filled with NaN). DJL's own {@code mul(Number)} fails this.
     */
    @Test
    void gradientThroughAConstantSurvivesTheGarbageCollector() {
        assertThat(gradientAfterGc((x, c) -> Scalars.mul(x, c))).containsExactly(3f, 3f, 3f);
        assertThat(gradientAfterGc((x, c) -> Scalars.div(x, 1 / c))).containsExactly(3f, 3f, 3f);
    }

    @Test
    void forwardValues() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1, -2, 4});
            assertThat(Scalars.mul(x, -0.5).toFloatArray()).containsExactly(-0.5f, 1f, -2f);
            assertThat(Scalars.div(x, 4).toFloatArray()).containsExactly(0.25f, -0.5f, 1f);
        }
    }

    /** Code that runs under autograd (network and losses) must not use DJL's mul/div by a Number. */
    @Test
    void networkAndLossesUseSafeScalarArithmetic() throws java.io.IOException {
        java.util.regex.Pattern numberOperand = java.util.regex.Pattern.compile(
                "\\.(mul|div)\\((-?[0-9]|\\(float\\)|\\(double\\)|Math\\.|[A-Z][A-Z_]+\\))");
        List<String> offenders = new ArrayList<>();
        for (String dir : List.of("core/src/main/java/org/srnet/nn", "core/src/main/java/org/srnet/loss",
                "core/src/main/java/org/srnet/methods/srnet/network", "core/src/main/java/org/srnet/methods/srnet/loss")) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir))) {
                for (java.nio.file.Path f : files.toList()) {
                    List<String> lines = java.nio.file.Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        boolean noGradient = line.contains("labels.mul(2)"); // Lovász signs: labels carry no gradient
                        if (!line.startsWith("*") && !noGradient && numberOperand.matcher(line).find()) {
                            offenders.add(f.getFileName() + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("use Scalars.mul/div").isEmpty();
    }

    private static float[] gradientAfterGc(BiFunction<NDArray, Double, NDArray> op) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1, 2, 3});
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray y = op.apply(x, 3.0).sum();
                overwriteFreedNativeMemory();
                gc.backward(y);
            }
            return x.getGradient().toFloatArray();
        }
    }

    /** Collects garbage, then allocates many small direct buffers full of NaN so freed chunks are reused. */
    private static void overwriteFreedNativeMemory() {
        List<ByteBuffer> keep = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (int i = 0; i < 2000; i++) {
                ByteBuffer b = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
                b.putFloat(0, Float.NaN);
                keep.add(b);
            }
        }
    }
}
