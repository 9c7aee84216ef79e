package org.srnet.methods.srnet.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.srnet.geometry.SpatialGrid;
import org.srnet.mask.Rle;

/**
 * Masks at frame resolution from analytic head maps: a 1280×720 frame seen by the network at full size (one head
 * pixel = 4×4 frame pixels), holding a large ellipse, a 12-px disc, a 10×7-px ellipse and a 4-px-wide tilted line.
 * The head maps are what an ideal network would output under Eq. 3: around each object the pixel embedding E + S is
 * the affine field c + r·M(x − c), with M mapping the ellipse to the unit disc and r = sqrt(2 ln 2 / b), so that P
 * crosses 0.5 exactly on the ellipse, at any resolution; objectiveness is that P. Object centres sit on head pixel
 * centres so that Eq. 4's seed gives c exactly: the test is about the way back to the frame, not about seeding.
 */
class FrameMasksTest {
    private static final int W = 1280;
    private static final int H = 720;
    private static final float B = 10f;

    /** An ellipse in frame pixels: centre on a head pixel centre (head column, row), semi-axes, angle. */
    private record Ellipse(int headX, int headY, double a, double b, double angle) {
        double cx() {
            return 4 * headX + 1.5;
        }

        double cy() {
            return 4 * headY + 1.5;
        }

        /** (u, v): the position in the ellipse's normalised frame, |(u, v)| < 1 inside. */
        double[] normalised(double x, double y) {
            double dx = x - cx();
            double dy = y - cy();
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            return new double[] {(c * dx + s * dy) / a, (-s * dx + c * dy) / b};
        }
    }

    private static final List<Ellipse> OBJECTS = List.of(
            new Ellipse(70, 60, 120, 70, 0.3),
            new Ellipse(175, 50, 6, 6, 0),
            new Ellipse(260, 40, 5, 3.5, 0.7),
            new Ellipse(230, 130, 100, 2, 0.15));

    @Test
    void embeddingOnTheFrameGridRecoversSmallAndThinObjects() {
        double[] j = jaccards(MaskResolution.EMBEDDING);
        for (int k = 0; k < j.length; k++) {
            assertThat(j[k]).as("J of %s, all: %s", OBJECTS.get(k), Arrays.toString(j)).isGreaterThanOrEqualTo(0.97);
        }
    }

    @Test
    void upsamplingTheHeadMaskLosesThem() {
        double[] binary = jaccards(MaskResolution.BINARY);
        assertThat(binary[0]).isGreaterThan(0.97); // large objects were never the problem
        assertThat(binary[1]).isLessThan(0.9);
        assertThat(binary[3]).isLessThan(0.9);
    }

    @Test
    void masksStayDisjointWhereEmbeddingsOverlap() {
        InputGeometry g = InputGeometry.fit(W, H, W, H);
        HeadMaps maps = analyticMaps(g);
        // Both instances of one object: the second seed's ball covers the first's pixels, which are already claimed.
        InferenceOptions o = InferenceOptions.DEFAULT.withMasks(MaskResolution.EMBEDDING);
        List<Instance> found = new Clustering(o).cluster(maps);
        List<Instance> twice = List.of(found.get(0), found.get(0));
        List<Rle> masks = new FrameMasks(g, o).toOriginal(twice, maps);
        assertThat(masks.get(0).area()).isPositive();
        assertThat(masks.get(1).area()).isZero();
    }

    private static double[] jaccards(MaskResolution method) {
        InputGeometry g = InputGeometry.fit(W, H, W, H);
        HeadMaps maps = analyticMaps(g);
        InferenceOptions o = InferenceOptions.DEFAULT.withMinPixels(1).withMasks(method);
        List<Instance> found = new Clustering(o).cluster(maps);
        assertThat(found).hasSize(OBJECTS.size());
        List<Rle> masks = new FrameMasks(g, o).toOriginal(found, maps);
        double[] j = new double[OBJECTS.size()];
        for (int k = 0; k < OBJECTS.size(); k++) {
            Ellipse e = OBJECTS.get(k);
            byte[] truth = rasterise(e);
            // The instance of object k is the one whose centre is nearest to it.
            byte[] best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int n = 0; n < found.size(); n++) {
                double d = Math.hypot(g.originalX(found.get(n).seedIndex() % g.headWidth()) - e.cx(),
                        g.originalY(found.get(n).seedIndex() / g.headWidth()) - e.cy());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = masks.get(n).decode();
                }
            }
            j[k] = jaccard(truth, best);
        }
        return j;
    }

    private static byte[] rasterise(Ellipse e) {
        byte[] m = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double[] u = e.normalised(x, y);
                if (u[0] * u[0] + u[1] * u[1] < 1) {
                    m[y * W + x] = 1;
                }
            }
        }
        return m;
    }

    private static double jaccard(byte[] a, byte[] b) {
        int inter = 0;
        int union = 0;
        for (int i = 0; i < a.length; i++) {
            inter += a[i] & b[i];
            union += a[i] | b[i];
        }
        return (double) inter / union;
    }

    /** The ideal head outputs described in the class comment; each head pixel belongs to its nearest object. */
    private static HeadMaps analyticMaps(InputGeometry g) {
        int w = g.headWidth();
        int h = g.headHeight();
        int plane = w * h;
        SpatialGrid grid = SpatialGrid.of(w, h);
        float[] e = new float[4 * plane];
        float[] b = new float[2 * plane];
        float[] o = new float[plane];
        Arrays.fill(b, B);
        double r = Math.sqrt(2 * Math.log(2) / B);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                double fx = g.originalX(x);
                double fy = g.originalY(y);
                int nearest = 0;
                double[] u = null;
                for (int k = 0; k < OBJECTS.size(); k++) {
                    double[] v = OBJECTS.get(k).normalised(fx, fy);
                    if (u == null || Math.hypot(v[0], v[1]) < Math.hypot(u[0], u[1])) {
                        u = v;
                        nearest = k;
                    }
                }
                Ellipse el = OBJECTS.get(nearest);
                // The grid's x and y spacings differ slightly; r·u is in grid units along each axis.
                e[p] = (float) (grid.x(el.headX()) + r * u[0] - grid.x(x));
                e[plane + p] = (float) (grid.y(el.headY()) + r * u[1] - grid.y(y));
                e[2 * plane + p] = 3 * nearest;
                o[p] = (float) Math.exp(-0.5 * B * r * r * (u[0] * u[0] + u[1] * u[1]));
            }
        }
        return new HeadMaps(w, h, g.validWidth(), g.validHeight(), e, 4, b, new float[] {11.11f, 11.11f}, o,
                new float[2 * plane], null, 0);
    }
}
