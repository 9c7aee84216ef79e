package org.srnet.methods.srnet.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.srnet.config.Overrides;
import org.srnet.geometry.SpatialGrid;
import org.srnet.methods.srnet.config.Presets;
import org.srnet.methods.srnet.network.ModelConfig;
import org.srnet.methods.srnet.network.SrNetOutput;
import org.srnet.methods.srnet.network.TinyModels;

/** Each loss term on a constructed case whose answer is known in closed form. */
class SrNetLossTest {
    private static final int W = 8;
    private static final int H = 6;
    private static final int PLANE = W * H;
    private static final ModelConfig UVOS = TinyModels.uvos();
    private static final ModelConfig VIS = UVOS.withNumClasses(3);

    /** A 3×2 box with its top-left corner at (x, y). */
    private static byte[] box(int x, int y) {
        byte[] m = new byte[PLANE];
        for (int j = y; j < y + 2; j++) {
            for (int i = x; i < x + 3; i++) {
                m[j * W + i] = 1;
            }
        }
        return m;
    }

    private static final class Maps {
        final float[] offsets = new float[4 * PLANE];
        final float[] inverseVariance = new float[2 * PLANE];
        final float[] raw = new float[2 * PLANE];
        final float[] objectiveness = new float[PLANE];
        final float[] tracking = new float[2 * PLANE];
        float[] category;

        Maps() {
            java.util.Arrays.fill(inverseVariance, 10f);
        }

        SrNetOutput output(NDManager m) {
            return new SrNetOutput(
                    m.create(offsets, new Shape(1, 4, H, W)),
                    m.create(inverseVariance, new Shape(1, 2, H, W)),
                    m.create(raw, new Shape(1, 2, H, W)),
                    m.create(objectiveness, new Shape(1, 1, H, W)),
                    m.create(tracking, new Shape(1, 2, H, W)),
                    category == null ? null : m.create(category, new Shape(1, 4, H, W)),
                    null);
        }
    }

    private static LossTerms loss(ModelConfig config, Maps maps, List<InstanceTarget> instances, NDManager m) {
        return new SrNetLoss(config, LossConfig.paper()).compute(maps.output(m), List.of(new HeadTargets(W, H, instances, null)));
    }

    @Test
    void offsetsPointingExactlyAtTheCentreGiveNoSegmentationLoss() {
        SpatialGrid g = SpatialGrid.of(W, H);
        byte[] a = box(0, 0);
        byte[] b = box(4, 3);
        Maps maps = new Maps();
        // E + S = the grid position of a fixed point per instance; a very sharp bandwidth makes P 1 inside, ~0 outside
        java.util.Arrays.fill(maps.inverseVariance, 1e4f);
        for (int j = 0; j < H; j++) {
            for (int i = 0; i < W; i++) {
                int k = j * W + i;
                double cx = b[k] != 0 ? g.x(5) : a[k] != 0 ? g.x(1) : g.x(i);
                double cy = b[k] != 0 ? g.y(3.5) : a[k] != 0 ? g.y(0.5) : g.y(j);
                maps.offsets[k] = (float) (cx - g.x(i));
                maps.offsets[PLANE + k] = (float) (cy - g.y(j));
            }
        }
        try (NDManager m = NDManager.newBaseManager()) {
            LossTerms t = loss(UVOS, maps, List.of(new InstanceTarget(1, a, null), new InstanceTarget(1, b, null)), m);
            assertThat(t.segmentation().getFloat()).isCloseTo(0f, within(1e-5f));
            assertThat(t.smoothness().getFloat()).isZero();
        }
    }

    @Test
    void zeroOffsetsGiveALovaszLossBetweenZeroAndTheWorstCase() {
        try (NDManager m = NDManager.newBaseManager()) {
            LossTerms t = loss(UVOS, new Maps(), List.of(new InstanceTarget(1, box(2, 2), null)), m);
            // every pixel embeds at its own position: the mask is not a single point, so the loss is positive but
            // below the maximal hinge error 2 per unit of Jaccard gradient mass
            assertThat(t.segmentation().getFloat()).isGreaterThan(0.05f).isLessThan(2f);
        }
    }

    @Test
    void smoothnessIsTheMeanSquaredDeviationOfTheRawBandwidth() {
        Maps maps = new Maps();
        byte[] mask = box(0, 0); // 6 pixels
        // x channel: 3 pixels at 1, 3 at −1 (mean 0, squared deviation 1); y channel: constant
        int n = 0;
        for (int k = 0; k < PLANE; k++) {
            if (mask[k] != 0) {
                maps.raw[k] = n++ % 2 == 0 ? 1f : -1f;
                maps.raw[PLANE + k] = 0.7f;
            }
        }
        try (NDManager m = NDManager.newBaseManager()) {
            LossTerms t = loss(UVOS, maps, List.of(new InstanceTarget(1, mask, null)), m);
            // (6 · 1 + 6 · 0) / (2 · 6)
            assertThat(t.smoothness().getFloat()).isCloseTo(0.5f, within(1e-6f));
        }
    }

    @Test
    void trackingLossIsTheDistanceBetweenTrackedAndPreviousCentres() {
        SpatialGrid g = SpatialGrid.of(W, H);
        byte[] now = box(4, 3);    // mass centre (5, 3.5)
        byte[] before = box(1, 1); // mass centre (2, 1.5)
        double dx = g.x(2) - g.x(5);
        double dy = g.y(1.5) - g.y(3.5);
        try (NDManager m = NDManager.newBaseManager()) {
            LossTerms zero = loss(UVOS, new Maps(), List.of(new InstanceTarget(1, now, before)), m);
            assertThat(zero.tracking().getFloat()).isCloseTo((float) Math.hypot(dx, dy), within(1e-5f));

            Maps exact = new Maps();
            java.util.Arrays.fill(exact.tracking, 0, PLANE, (float) dx);
            java.util.Arrays.fill(exact.tracking, PLANE, 2 * PLANE, (float) dy);
            LossTerms t = loss(UVOS, exact, List.of(new InstanceTarget(1, now, before)), m);
            assertThat(t.tracking().getFloat()).isCloseTo(0f, within(2e-3f)); // √ε
            // an instance absent in t−1 has no tracking loss
            assertThat(loss(UVOS, new Maps(), List.of(new InstanceTarget(1, now, null)), m).tracking().getFloat()).isZero();
        }
    }

    @Test
    void objectivenessLossFollowsEquationEight() {
        byte[] mask = box(0, 0); // 6 foreground pixels of 48
        try (NDManager m = NDManager.newBaseManager()) {
            // O = 0 everywhere: background terms vanish; foreground terms are P² where P is the pixel's membership
            LossTerms zero = loss(UVOS, new Maps(), List.of(new InstanceTarget(1, mask, null)), m);
            assertThat(zero.objectiveness().getFloat()).isGreaterThan(0f).isLessThanOrEqualTo(6f / PLANE);
            // O = 1 everywhere with no instance: 1 per pixel
            Maps ones = new Maps();
            java.util.Arrays.fill(ones.objectiveness, 1f);
            assertThat(loss(UVOS, ones, List.of(), m).objectiveness().getFloat()).isCloseTo(1f, within(1e-6f));
            // O = 0.5 on background, 0 instances: 0.25
            Maps half = new Maps();
            java.util.Arrays.fill(half.objectiveness, 0.5f);
            assertThat(loss(UVOS, half, List.of(), m).objectiveness().getFloat()).isCloseTo(0.25f, within(1e-6f));
        }
    }

    @Test
    void categoryLossIsCrossEntropyOverAllPixels() {
        Maps maps = new Maps();
        maps.category = new float[4 * PLANE];
        try (NDManager m = NDManager.newBaseManager()) {
            LossTerms uniform = loss(VIS, maps, List.of(new InstanceTarget(2, box(0, 0), null)), m);
            assertThat(uniform.category().getFloat()).isCloseTo((float) Math.log(4), within(1e-5f));
            // a confident correct answer everywhere: background channel on background, channel 2 on the box
            byte[] mask = box(0, 0);
            for (int k = 0; k < PLANE; k++) {
                maps.category[(mask[k] != 0 ? 2 : 0) * PLANE + k] = 30f;
            }
            LossTerms right = loss(VIS, maps, List.of(new InstanceTarget(2, mask, null)), m);
            assertThat(right.category().getFloat()).isCloseTo(0f, within(1e-6f));
            assertThat(loss(UVOS, new Maps(), List.of(), m).category().getFloat()).isZero();
        }
    }

    @Test
    void objectPixelsOfTheCategoryLossCountAsOftenAsConfigured() {
        // uniform logits: every pixel costs log 4; 6 object pixels counted 3 times, 42 background pixels once
        LossConfig weighted = Overrides.apply(Presets.get("cpu-small"), List.of("loss.categoryForegroundWeight=3")).loss();
        Maps maps = new Maps();
        maps.category = new float[4 * PLANE];
        try (NDManager m = NDManager.newBaseManager()) {
            LossTerms t = new SrNetLoss(VIS, weighted).compute(maps.output(m),
                    List.of(new HeadTargets(W, H, List.of(new InstanceTarget(2, box(0, 0), null)), null)));
            assertThat(t.category().getFloat()).isCloseTo((float) (Math.log(4) * (42 + 3 * 6) / PLANE), within(1e-5f));
        }
    }

    @Test
    void totalIsTheEquallyWeightedSum() {
        try (NDManager m = NDManager.newBaseManager()) {
            LossTerms t = loss(UVOS, new Maps(), List.of(new InstanceTarget(1, box(4, 3), box(1, 1))), m);
            float sum = t.segmentation().getFloat() + t.smoothness().getFloat() + t.tracking().getFloat()
                    + t.objectiveness().getFloat() + t.category().getFloat();
            assertThat(t.total().getFloat()).isCloseTo(sum, within(1e-5f));
            NDArray total = t.total();
            assertThat(total.getShape().dimension()).isZero();
        }
    }

    @Test
    void diceSwitchReachesTheLoss() {
        // loss.iou=DICE as --set applies it, on every pixel embedding at its own grid position (E = 0).
        LossConfig dice = Overrides.apply(Presets.get("cpu-small"), List.of("loss.iou=DICE")).loss();
        byte[] mask = box(2, 2);
        SpatialGrid g = SpatialGrid.of(W, H);
        double cx = g.x(3); // mass centre of the 3×2 box at (2, 2): column 3, row 2.5
        double cy = g.y(2.5);
        double sumP = 0;
        double sumPM = 0;
        for (int k = 0; k < PLANE; k++) {
            double dx = g.x(k % W) - cx;
            double dy = g.y(k / W) - cy;
            double p = Math.exp(-0.5 * 10 * (dx * dx + dy * dy)); // Eq. 3 with b = 10
            sumP += p;
            sumPM += p * mask[k];
        }
        double expected = 1 - (2 * sumPM + 1) / (sumP + 6 + 1);
        try (NDManager m = NDManager.newBaseManager()) {
            List<HeadTargets> targets = List.of(new HeadTargets(W, H, List.of(new InstanceTarget(1, mask, null)), null));
            float withDice = new SrNetLoss(UVOS, dice).compute(new Maps().output(m), targets).segmentation().getFloat();
            float lovasz = loss(UVOS, new Maps(), List.of(new InstanceTarget(1, mask, null)), m).segmentation().getFloat();
            assertThat((double) withDice).isCloseTo(expected, within(1e-5));
            assertThat((double) lovasz).isNotCloseTo(expected, within(1e-2));
        }
    }
}
