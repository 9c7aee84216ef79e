package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoundaryMeasureTest {

    @Test
    void toleranceIsTheCeilingOfTheScaledDiagonal() {
        assertThat(BoundaryMeasure.tolerance(480, 854)).isEqualTo(8);
        assertThat(BoundaryMeasure.tolerance(240, 320)).isEqualTo(4);
        assertThat(BoundaryMeasure.tolerance(270, 480)).isEqualTo(5);
        // 0.008 * 500 is exactly 4.0 in doubles: no rounding up.
        assertThat(BoundaryMeasure.tolerance(300, 400)).isEqualTo(4);
        assertThat(BoundaryMeasure.tolerance(144, 256)).isEqualTo(3);
        assertThat(BoundaryMeasure.tolerance(360, 640)).isEqualTo(6);
        assertThat(BoundaryMeasure.tolerance(30, 40)).isEqualTo(1);
    }

    @Test
    void diskHalfWidthsFollowTheCircleInequality() {
        assertThat(BoundaryMeasure.diskHalfWidths(1)).containsExactly(1, 0);
        assertThat(BoundaryMeasure.diskHalfWidths(2)).containsExactly(2, 1, 0);
        // r = 8: rows 0..8 reach 8, 7 (49+1<=64), 7 (49+4), 7 (49+9), 6 (36+16), 6 (36+25), 5 (25+36), 3 (9+49), 0.
        assertThat(BoundaryMeasure.diskHalfWidths(8)).containsExactly(8, 7, 7, 7, 6, 6, 5, 3, 0);
    }

    @Test
    void boundaryMapMarksTheHalfPixelTowardsTheOrigin() {
        // 4x4 image, foreground block at rows 1..2, cols 1..2.
        byte[] m = {
            0, 0, 0, 0,
            0, 1, 1, 0,
            0, 1, 1, 0,
            0, 0, 0, 0};
        byte[] b = BoundaryMeasure.boundaryMap(m, 4, 4);
        assertThat(b).containsExactly(
                1, 1, 1, 0,
                1, 0, 1, 0,
                1, 1, 1, 0,
                0, 0, 0, 0);
    }

    @Test
    void boundaryMapIgnoresRunsAlongTheRightAndBottomBorder() {
        // Everything foreground: only the last row/column rules apply and nothing differs.
        byte[] full = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertThat(BoundaryMeasure.boundaryMap(full, 3, 3)).containsOnly(0);
        // Right column foreground: interior pixels left of it differ from their right neighbour; the column
        // itself is compared only downwards, where it agrees.
        byte[] right = {0, 0, 1, 0, 0, 1, 0, 0, 1};
        assertThat(BoundaryMeasure.boundaryMap(right, 3, 3)).containsExactly(0, 1, 0, 0, 1, 0, 0, 1, 0);
        // Bottom row foreground: the row above differs downwards; the last row agrees with its right neighbour.
        byte[] bottom = {0, 0, 0, 0, 0, 0, 1, 1, 1};
        assertThat(BoundaryMeasure.boundaryMap(bottom, 3, 3)).containsExactly(0, 0, 0, 1, 1, 1, 0, 0, 0);
    }

    @Test
    void squareShiftedByOnePixelIsFullyWithinTheOnePixelTolerance() {
        // 40x30 image: diagonal 50, 0.008 * 50 = 0.4, tolerance 1 pixel.
        byte[] a = square(30, 40, 10, 10, 10);
        byte[] b = square(30, 40, 10, 11, 10);
        assertThat(BoundaryMeasure.of(b, a, null, 30, 40)).isEqualTo(1.0);
        assertThat(RegionSimilarity.of(a, b, null)).isCloseTo(90.0 / 110.0, within(1e-15));
    }

    @Test
    void squareShiftedByTwoPixelsIsHalfMatched() {
        // Both boundaries are 40-pixel rings (x in {9, 19} or y in {9, 19}, and x in {11, 21} or y in {9, 19}).
        // At tolerance 1 (4-neighbourhood) the shifted ring misses the original at its left column rows 11..17
        // (7), its top-right corner (1) and its right column (10): 22 of 40 match. By symmetry the original's
        // left column (11) and right column rows 11..17 (7) miss: 22 of 40 again.
        byte[] gt = square(30, 40, 10, 10, 10);
        byte[] pred = square(30, 40, 10, 12, 10);
        assertThat(BoundaryMeasure.of(pred, gt, null, 30, 40)).isEqualTo(22.0 / 40);
        assertThat(RegionSimilarity.of(gt, pred, null)).isEqualTo(80.0 / 120.0);
    }

    @Test
    void degenerateCasesFollowTheOfficialTable() {
        assertThat(BoundaryMeasure.fromCounts(0, 0, 0, 0)).isEqualTo(1.0);
        assertThat(BoundaryMeasure.fromCounts(0, 0, 0, 5)).isEqualTo(0.0);
        assertThat(BoundaryMeasure.fromCounts(0, 5, 0, 0)).isEqualTo(0.0);
        assertThat(BoundaryMeasure.fromCounts(0, 5, 0, 5)).isEqualTo(0.0);
        assertThat(BoundaryMeasure.fromCounts(3, 4, 1, 2)).isEqualTo(2 * 0.75 * 0.5 / 1.25);
    }

    @Test
    void voidPixelsAreBackgroundForBothBoundaries() {
        byte[] gt = square(30, 40, 10, 10, 10);
        byte[] pred = square(30, 40, 10, 10, 10);
        byte[] voidMask = new byte[30 * 40];
        for (int y = 0; y < 30; y++) {
            for (int x = 15; x < 40; x++) {
                voidMask[y * 40 + x] = 1;
            }
        }
        // Same masks: F stays 1; J counts only the non-void half (50 of 50).
        assertThat(BoundaryMeasure.of(pred, gt, voidMask, 30, 40)).isEqualTo(1.0);
        assertThat(RegionSimilarity.of(gt, new byte[gt.length], voidMask)).isEqualTo(0.0);
        byte[] allVoid = new byte[gt.length];
        java.util.Arrays.fill(allVoid, (byte) 1);
        assertThat(RegionSimilarity.of(gt, pred, allVoid)).isEqualTo(1.0);
        assertThat(RegionSimilarity.of(new byte[4], new byte[4], null)).isEqualTo(1.0);
    }

    static byte[] square(int h, int w, int top, int left, int size) {
        byte[] m = new byte[h * w];
        for (int y = top; y < top + size; y++) {
            for (int x = left; x < left + size; x++) {
                m[y * w + x] = 1;
            }
        }
        return m;
    }
}
