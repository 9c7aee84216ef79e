package org.srnet.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void gridMatchesEquationOneOnAFiveByThreeMap() {
        SpatialGrid g = SpatialGrid.of(5, 3);
        double[] xs = {-5.0 / 3, -5.0 / 6, 0, 5.0 / 6, 5.0 / 3};
        for (int i = 0; i < 5; i++) {
            assertThat(g.x(i)).isCloseTo(xs[i], within(1e-12));
        }
        assertThat(new double[] {g.y(0), g.y(1), g.y(2)}).containsExactly(-1, 0, 1);
        float[] s = g.toArray();
        assertThat(s[2 * 5 + 4]).isCloseTo((float) (5.0 / 3), within(1e-6f)); // x of (i=4, j=2)
        assertThat(s[15 + 2 * 5 + 4]).isEqualTo(1f);                         // y of (i=4, j=2)
    }

    @Test
    void shorterSideSpansMinusOneToOneInBothOrientations() {
        SpatialGrid tall = SpatialGrid.of(90, 160);
        assertThat(tall.x(0)).isEqualTo(-1);
        assertThat(tall.x(89)).isEqualTo(1);
        assertThat(tall.y(159)).isCloseTo(160.0 / 90, within(1e-12));
    }

    @Test
    void columnAndRowInvertTheGrid() {
        SpatialGrid g = SpatialGrid.of(160, 90);
        for (double c = 0; c < 160; c += 7.3) {
            assertThat(g.column(g.x(c))).isCloseTo(c, within(1e-9));
        }
        for (double r = 0; r < 90; r += 3.1) {
            assertThat(g.row(g.y(r))).isCloseTo(r, within(1e-9));
        }
    }

    @Test
    void massCentreIsTheMeanPixel() {
        byte[] m = new byte[4 * 3];
        m[0] = 1;            // (0,0)
        m[1 * 4 + 3] = 1;    // (3,1)
        m[2 * 4 + 2] = 1;    // (2,2)
        MassCentre c = MassCentre.of(m, 4, 3);
        assertThat(c.column()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(c.row()).isCloseTo(1.0, within(1e-12));
        assertThat(c.area()).isEqualTo(3);
        assertThat(MassCentre.of(new byte[12], 4, 3)).isNull();
    }

    @Test
    void radiusRulesMatchPublishedValues() {
        var ct = GaussianHeatmap.RadiusRule.CENTERTRACK;
        var cn = GaussianHeatmap.RadiusRule.CORNERNET;
        assertThat(GaussianHeatmap.radius(ct, 10, 10, 0.7)).isCloseTo(2.7332, within(1e-4));
        assertThat(GaussianHeatmap.radius(cn, 10, 10, 0.3)).isCloseTo(2.2614, within(1e-4));
        assertThat(GaussianHeatmap.radius(cn, 10, 10, 0.7)).isCloseTo(0.8167, within(1e-4));
        assertThat(GaussianHeatmap.radius(ct, 20, 40, 0.7)).isCloseTo(7.3559, within(1e-4));
        assertThat(GaussianHeatmap.radius(cn, 20, 40, 0.3)).isCloseTo(5.7805, within(1e-4));
        assertThat(GaussianHeatmap.radius(ct, 3, 5, 0.7)).isCloseTo(1.0302, within(1e-4));
        assertThat(GaussianHeatmap.radius(cn, 100, 50, 0.7)).isCloseTo(5.3869, within(1e-4));
    }

    @Test
    void stampHasTheCornerNetProfileAndCombinesByMaximum() {
        float[] h = new float[7 * 5];
        GaussianHeatmap.stamp(h, 7, 5, 3.9, 2.2, 2, 1); // centre truncated to (3, 2)
        float[] expected = {0.056135f, 0.486752f, 1f, 0.486752f, 0.056135f};
        for (int dx = -2; dx <= 2; dx++) {
            assertThat(h[2 * 7 + 3 + dx]).isCloseTo(expected[dx + 2], within(1e-6f));
        }
        assertThat(h[0]).isZero();
        GaussianHeatmap.stamp(h, 7, 5, 4, 2, 2, 1);
        assertThat(h[2 * 7 + 3]).isEqualTo(1f);                         // max, not sum
        assertThat(h[2 * 7 + 4]).isEqualTo(1f);
        GaussianHeatmap.stamp(h, 7, 5, 0, 0, 2, 1);                     // clipped at the border
        assertThat(h[0]).isEqualTo(1f);
    }
}
