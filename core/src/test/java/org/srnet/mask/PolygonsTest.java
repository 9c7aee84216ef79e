package org.srnet.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class PolygonsTest {

    /** Row-major mask with ones on rows [y0, y1) × columns [x0, x1). */
    private static byte[] box(int h, int w, int x0, int y0, int x1, int y1) {
        byte[] m = new byte[h * w];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                m[y * w + x] = 1;
            }
        }
        return m;
    }

    @Test
    void integerSquareCoversItsPixelsOnly() {
        // Worked by hand through the reference algorithm: column crossings at x = 0..3 on y = 0 (top edge) and
        // y = 4 (bottom edge, 20.5/5 − .5 = 3.6 → 4), so runs are [0,4,2,4,2,4,2,4,14]: a 4×4 block, area 16.
        Rle rle = Polygons.rasterize(new double[] {0, 0, 4, 0, 4, 4, 0, 4}, 6, 6);
        assertThat(rle.counts()).containsExactly(0, 4, 2, 4, 2, 4, 2, 4, 14);
        assertThat(rle.decode()).isEqualTo(box(6, 6, 0, 0, 4, 4));
    }

    @Test
    void halfPixelSquareRoundsOnTheFiveTimesGrid() {
        // 0.5 → 3 and 3.5 → 18 on the 5× grid; crossings fall on columns 1..3, top row ceil(0.2) = 1, bottom
        // row ceil(3.2) = 4: a 3×3 block at (1,1).
        Rle rle = Polygons.rasterize(new double[] {0.5, 0.5, 3.5, 0.5, 3.5, 3.5, 0.5, 3.5}, 5, 5);
        assertThat(rle.decode()).isEqualTo(box(5, 5, 1, 1, 4, 4));
        assertThat(rle.area()).isEqualTo(9);
    }

    @Test
    void windingOrderDoesNotMatter() {
        double[] cw = {1, 1, 7, 2, 5, 6};
        double[] ccw = {5, 6, 7, 2, 1, 1};
        assertThat(Polygons.rasterize(ccw, 8, 9)).isEqualTo(Polygons.rasterize(cw, 8, 9));
    }

    @Test
    void rightTriangleByHand() {
        // Triangle (0,0) (4,0) (0,4) on 5×5. The hypotenuse runs from (20,0) to (0,20) on the 5× grid with v = 20 − u;
        // its column crossings are at u = 17, 12, 7, 2 (columns 3, 2, 1, 0) with row min(v) = 2, 7, 12, 17 →
        // (v + .5)/5 − .5 = 0, 1, 2, 3. The top edge crosses every column at row 0, so column 3 cancels out and
        // column x holds rows 0..(2 − x): 6 pixels, the ones whose centre lies strictly inside.
        byte[] expected = new byte[25];
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y <= 2 - x; y++) {
                expected[y * 5 + x] = 1;
            }
        }
        Rle rle = Polygons.rasterize(new double[] {0, 0, 4, 0, 0, 4}, 5, 5);
        assertThat(rle.decode()).isEqualTo(expected);
    }

    @Test
    void polygonsOutsideTheImageAreClipped() {
        Rle rle = Polygons.rasterize(new double[] {-3, -3, 2, -3, 2, 2, -3, 2}, 4, 4);
        assertThat(rle.decode()).isEqualTo(box(4, 4, 0, 0, 2, 2));
        Rle gone = Polygons.rasterize(new double[] {10, 10, 12, 10, 12, 12}, 4, 4);
        assertThat(gone.area()).isZero();
    }

    @Test
    void severalPolygonsAreUnited() {
        Rle rle = Polygons.rasterize(List.of(new double[] {0, 0, 2, 0, 2, 2, 0, 2}, new double[] {1, 1, 3, 1, 3, 3, 1, 3}), 4, 4);
        byte[] expected = box(4, 4, 0, 0, 2, 2);
        byte[] second = box(4, 4, 1, 1, 3, 3);
        for (int i = 0; i < 16; i++) {
            expected[i] |= second[i];
        }
        assertThat(rle.decode()).isEqualTo(expected);
        assertThat(rle.area()).isEqualTo(7);
    }

    @Test
    void matchesTheReferenceImplementationOnAwkwardPolygons() {
        // Expected counts produced by the reference C code (pycocotools maskApi.c rleFrPoly + rleMerge), compiled
        // outside the project: fractional vertices, vertices outside the image, and a two-polygon union.
        assertThat(Polygons.rasterize(new double[] {1.3, 0.2, 8.7, 2.4, 6.1, 6.9, 2.2, 5.5, -0.8, 3.1}, 7, 9).counts())
                .containsExactly(1, 3, 3, 5, 2, 6, 2, 5, 2, 5, 2, 6, 2, 4, 3, 3, 4, 1, 4);
        assertThat(Polygons.rasterize(List.of(new double[] {-2.5, -1.5, 4.25, 0.75, 3.5, 6.0, 0.0, 9.9},
                new double[] {7.9, 9.4, 3.3, 4.4, 11.0, 12.5}), 10, 8).counts())
                .containsExactly(0, 9, 1, 8, 2, 7, 4, 5, 44);
        assertThat(Polygons.rasterize(new double[] {0.5, 4.6, 4.6, 0.5, 4.9, 4.9}, 5, 5).counts())
                .containsExactly(9, 1, 3, 2, 2, 3, 1, 4);
    }

    @Test
    void jsonFormsParse() throws Exception {
        ObjectMapper om = new ObjectMapper();
        Rle poly = SegmentationJson.parse(om.readTree("[[0,0,4,0,4,4,0,4]]"), 6, 6);
        assertThat(poly.area()).isEqualTo(16);
        Rle unc = SegmentationJson.parse(om.readTree("{\"size\":[2,3],\"counts\":[1,2,3]}"), 2, 3);
        assertThat(unc.counts()).containsExactly(1, 2, 3);
        Rle comp = SegmentationJson.parse(SegmentationJson.toCompressedJson(unc), 2, 3);
        assertThat(comp).isEqualTo(unc);
        assertThat(SegmentationJson.parse(SegmentationJson.toUncompressedJson(unc), 2, 3)).isEqualTo(unc);
    }

    @Test
    void aFirstListOfFourNumbersMeansBoxes() throws Exception {
        // pycocotools' frPyObjects reads [[x, y, w, h], ...] as boxes: [1, 1, 2, 3] covers columns 1..2, rows 1..3.
        Rle box = SegmentationJson.parse(new ObjectMapper().readTree("[[1,1,2,3]]"), 5, 4);
        assertThat(box.decode()).isEqualTo(box(5, 4, 1, 1, 3, 4));
    }

    @Test
    void jsonErrorsAreReported() throws Exception {
        ObjectMapper om = new ObjectMapper();
        assertThatThrownBy(() -> SegmentationJson.parse(om.readTree("{\"size\":[2,3],\"counts\":[1,2]}"), 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 3");
        assertThatThrownBy(() -> SegmentationJson.parse(om.readTree("{\"size\":[4,3],\"counts\":[12]}"), 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs from its frame size");
        assertThatThrownBy(() -> SegmentationJson.parse(om.readTree("{\"size\":[2,3],\"counts\":\" \"}"), 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SegmentationJson.parse(om.readTree("[[1,2,3]]"), 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even number");
    }
}
