package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClusteringTest {

    private static byte[] rect(int w, int h, int x0, int y0, int x1, int y1) {
        byte[] m = new byte[w * h];
        for (int y = y0; y <= y1; y++) {
            Arrays.fill(m, y * w + x0, y * w + x1 + 1, (byte) 1);
        }
        return m;
    }

    @Test
    void recoversAnalyticMasksInSeedOrder() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(2, 2, 9, 7, -1.0, -0.5, 0, 5, 4, 0.95f);
        f.instance(20, 10, 29, 19, 0.6, 0.4, 0, 25, 15, 0.99f);
        // Same spatial centre as the first, separated only by the extra dimension.
        f.instance(2, 12, 5, 15, -1.0, -0.5, 3.0, 3, 13, 0.9f);
        Arrays.fill(f.tracking, 0.25f);

        List<Instance> found = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps());

        assertThat(found).hasSize(3);
        Instance a = found.get(0);
        assertThat(a.seedScore()).isEqualTo(0.99f);
        assertThat(a.mask()).isEqualTo(rect(40, 24, 20, 10, 29, 19));
        assertThat(a.area()).isEqualTo(100);
        assertThat(a.centreColumn()).isEqualTo(24.5);
        assertThat(a.centreRow()).isEqualTo(14.5);
        assertThat(a.centreX()).isCloseTo(f.grid.x(24.5), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.trackingX()).isCloseTo(f.grid.x(24.5) + 0.25, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.trackingY()).isCloseTo(f.grid.y(14.5) + 0.25, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.box()).containsExactly(20, 10, 29, 19);
        assertThat(a.gridArea()).isCloseTo(100 * f.grid.spacingX() * f.grid.spacingY(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(found.get(1).mask()).isEqualTo(rect(40, 24, 2, 2, 9, 7));
        assertThat(found.get(2).mask()).isEqualTo(rect(40, 24, 2, 12, 5, 15));
        assertThat(found.get(2).category()).isZero();
        assertThat(found.get(2).classProb()).isEqualTo(1.0);
    }

    @Test
    void masksAreDisjointFirstComeFirstServed() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(2, 2, 9, 7, -1.0, -0.5, 0, 5, 4, 0.99f);
        // The second instance's pixels point at the first's centre too: they join the first instance.
        f.instance(10, 2, 12, 7, -1.0, -0.5, 0, 11, 4, 0.95f);
        List<Instance> found = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mask()).isEqualTo(rect(40, 24, 2, 2, 12, 7));
    }

    @Test
    void dropsSmallInstancesAndStopsBelowMinScore() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(2, 2, 3, 4, -1.0, -0.5, 0, 2, 2, 0.99f); // 6 px < 8
        f.instance(20, 10, 29, 19, 0.6, 0.4, 0, 25, 15, 0.8f); // not > 0.8
        f.instance(30, 2, 35, 5, 1.2, -0.8, 0, 31, 3, 0.85f);
        List<Instance> found = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mask()).isEqualTo(rect(40, 24, 30, 2, 35, 5));
    }

    @Test
    void zeroBandwidthAndAllOnesObjectivenessTakeTheWholeValidRegionOnce() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        Arrays.fill(f.objectiveness, 1f);
        Arrays.fill(f.inverseVariance, 0f);
        f.validW = 30;
        f.validH = 20;
        // Extra dims equal everywhere so only the (zero-bandwidth) spatial dims matter.
        Arrays.fill(f.offsets, 2 * f.plane, 4 * f.plane, 0f);
        List<Instance> found = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).area()).isEqualTo(600);
        assertThat(found.get(0).mask()).isEqualTo(rect(40, 24, 0, 0, 29, 19));
        assertThat(found.get(0).seedIndex()).isZero();
    }

    @Test
    void allOnesObjectivenessWithOnePixelClustersTerminatesAtTheCap() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        Arrays.fill(f.objectiveness, 1f);
        List<Instance> none = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps());
        assertThat(none).isEmpty();

        List<Instance> tiny = new Clustering(InferenceOptions.DEFAULT.withMinPixels(1)).cluster(f.maps());
        assertThat(tiny).hasSize(20);
        for (Instance i : tiny) {
            assertThat(i.area()).isEqualTo(1);
            assertThat(Double.isFinite(i.centreX()) && Double.isFinite(i.trackingY())).isTrue();
            assertThat(i.centreColumn()).isEqualTo(i.seedIndex() % 40);
        }
        assertThat(tiny.get(0).seedIndex()).isZero();
        assertThat(tiny.get(19).seedIndex()).isEqualTo(19);
    }

    @Test
    void nanBandwidthGivesNoInstanceAndTerminates() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(2, 2, 9, 7, -1.0, -0.5, 0, 5, 4, 0.95f);
        Arrays.fill(f.objectiveness, 0.9f);
        Arrays.fill(f.inverseVariance, Float.NaN);
        assertThat(new Clustering(InferenceOptions.DEFAULT).cluster(f.maps())).isEmpty();
    }

    @Test
    void paddingIsNeverSeededNorMasked() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(25, 10, 39, 19, 0.6, 0.4, 0, 35, 15, 0.99f);
        f.objectiveness[15 * 40 + 27] = 0.9f;
        f.validW = 30;
        List<Instance> found = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mask()).isEqualTo(rect(40, 24, 25, 10, 29, 19));
        assertThat(found.get(0).seedIndex()).isEqualTo(15 * 40 + 27);
    }

    @Test
    void classIsArgmaxOfSummedProbabilities() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(2, 2, 5, 5, -1.0, -0.5, 0, 3, 3, 0.95f);
        f.numClasses = 2;
        f.categories = new float[3 * f.plane];
        // Inside the 16-pixel mask: class 2 has 0.6 on 12 pixels, class 1 has 0.9 on 4 pixels.
        for (int y = 2; y <= 5; y++) {
            for (int x = 2; x <= 5; x++) {
                int p = y * 40 + x;
                boolean firstRow = y == 2;
                f.categories[f.plane + p] = firstRow ? 0.9f : 0.1f;
                f.categories[2 * f.plane + p] = firstRow ? 0.05f : 0.6f;
            }
        }
        Instance i = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps()).get(0);
        assertThat(i.category()).isEqualTo(2);
        assertThat(i.classProb()).isCloseTo((4 * 0.05 + 12 * 0.6) / 16, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(i.classProbs()[0]).isCloseTo((4 * 0.9f + 12 * 0.1f) / 16, org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void reusesBuffersAcrossFramesOfDifferentSizes() {
        Clustering c = new Clustering(InferenceOptions.DEFAULT);
        HeadMapsFixture small = new HeadMapsFixture(20, 12);
        small.instance(2, 2, 5, 5, -1.0, -0.5, 0, 3, 3, 0.95f);
        HeadMapsFixture big = new HeadMapsFixture(40, 24);
        big.instance(20, 10, 29, 19, 0.6, 0.4, 0, 25, 15, 0.99f);
        assertThat(c.cluster(small.maps())).hasSize(1);
        assertThat(c.cluster(big.maps()).get(0).area()).isEqualTo(100);
        assertThat(c.cluster(small.maps()).get(0).area()).isEqualTo(16);
    }

    @Test
    void embeddingIndexGivesExactlyTheFullScanResult() {
        java.util.Random rnd = new java.util.Random(3);
        InputGeometry g = InputGeometry.fit(640, 360, 640, 360);
        for (int n : new int[] {1, 10, 30}) {
            for (HeadMaps maps : SyntheticHeadMaps.movingDiscs(g, n, 4, n)) {
                // Sprinkle extreme values: outliers beyond the indexed range, NaN and infinite embeddings.
                float[] e = maps.offsets();
                for (int k = 0; k < 50; k++) {
                    int p = rnd.nextInt(maps.plane());
                    e[p] = k % 3 == 0 ? Float.NaN : k % 3 == 1 ? Float.POSITIVE_INFINITY : 40f;
                }
                Clustering indexed = new Clustering(InferenceOptions.DEFAULT.withMaxInstances(40));
                Clustering scan = new Clustering(InferenceOptions.DEFAULT.withMaxInstances(40));
                scan.useIndex(false);
                List<Instance> a = indexed.cluster(maps);
                List<Instance> b = scan.cluster(maps);
                assertThat(a).isNotEmpty().isEqualTo(b);
            }
        }
    }

    @Test
    void backgroundPixelsAreNeitherSeededNorMasked() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(2, 2, 9, 7, -1.0, -0.5, 0, 5, 4, 0.95f);
        // Background beside the object whose embeddings land on its centre, and a background bump: all below the gate.
        for (int y = 2; y <= 7; y++) {
            for (int x = 10; x <= 12; x++) {
                int p = y * 40 + x;
                f.offsets[p] = (float) (-1.0 - f.grid.x(x));
                f.offsets[f.plane + p] = (float) (-0.5 - f.grid.y(y));
                f.offsets[2 * f.plane + p] = 0;
                f.objectiveness[p] = 0.1f;
            }
        }
        f.objectiveness[20 * 40 + 30] = 0.15f;
        InferenceOptions o = InferenceOptions.DEFAULT.withMinScore(0.05).withMinPixels(1);
        Clustering gated = new Clustering(o);
        List<Instance> found = gated.cluster(f.maps());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mask()).isEqualTo(rect(40, 24, 2, 2, 9, 7));
        assertThat(gated.lastSeedsTried()).isEqualTo(1);

        List<Instance> ungated = new Clustering(o.withForeground(0, 0.5, 64)).cluster(f.maps());
        assertThat(ungated.get(0).mask()).isEqualTo(rect(40, 24, 2, 2, 12, 7));
        assertThat(ungated).extracting(Instance::seedIndex).contains(20 * 40 + 30);
    }

    @Test
    void instanceMadeMostlyOfTakenPixelsIsRejected() {
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        f.instance(2, 2, 9, 7, -1.0, -0.5, 0, 5, 4, 0.99f);
        f.instance(10, 2, 12, 5, -0.8, -0.5, 0, 11, 3, 0.95f);
        // The first seed is sharp and leaves the second block alone; the second is wide and its ball holds the
        // first block's 48 pixels (taken) besides its own 12.
        f.inverseVariance[4 * 40 + 5] = 100f;
        f.inverseVariance[f.plane + 4 * 40 + 5] = 100f;
        List<Instance> found = new Clustering(InferenceOptions.DEFAULT).cluster(f.maps());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mask()).isEqualTo(rect(40, 24, 2, 2, 9, 7));

        List<Instance> lax = new Clustering(InferenceOptions.DEFAULT.withForeground(0.2, 0, 64)).cluster(f.maps());
        assertThat(lax).hasSize(2);
        assertThat(lax.get(1).mask()).isEqualTo(rect(40, 24, 10, 2, 12, 5));
    }

    @Test
    void droppedSeedsPerFrameAreBounded() {
        // Every pixel a confident seed of a one-pixel instance: the worst case of the loop.
        HeadMapsFixture f = new HeadMapsFixture(40, 24);
        Arrays.fill(f.objectiveness, 1f);
        Clustering bounded = new Clustering(InferenceOptions.DEFAULT.withForeground(0.2, 0.5, 10));
        assertThat(bounded.cluster(f.maps())).isEmpty();
        assertThat(bounded.lastSeedsTried()).isEqualTo(11);
        Clustering unbounded = new Clustering(InferenceOptions.DEFAULT.withForeground(0.2, 0.5, 100_000));
        assertThat(unbounded.cluster(f.maps())).isEmpty();
        assertThat(unbounded.lastSeedsTried()).isEqualTo(40 * 24);
    }
}
