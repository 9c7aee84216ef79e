package org.srnet.methods.srnet.infer;

import org.srnet.geometry.SpatialGrid;

/** Builds analytic head outputs: every pixel of instance n points exactly at its centre c_n. */
final class HeadMapsFixture {
    final int w;
    final int h;
    final int plane;
    final SpatialGrid grid;
    final float[] offsets;
    final float[] inverseVariance;
    final float[] objectiveness;
    final float[] tracking;
    float[] categories;
    int numClasses;
    int validW;
    int validH;

    HeadMapsFixture(int w, int h) {
        this.w = w;
        this.h = h;
        this.plane = w * h;
        this.grid = SpatialGrid.of(w, h);
        this.offsets = new float[4 * plane];
        this.inverseVariance = new float[2 * plane];
        this.objectiveness = new float[plane];
        this.tracking = new float[2 * plane];
        this.validW = w;
        this.validH = h;
        java.util.Arrays.fill(inverseVariance, 10f);
        // Background points far away from every centre, and each pixel somewhere else in the extra dims.
        for (int p = 0; p < plane; p++) {
            offsets[p] = (float) (50 - grid.x(p % w));
            offsets[plane + p] = (float) (50 - grid.y(p / w));
            offsets[2 * plane + p] = p;
        }
    }

    /** Paints an instance: rectangle [x0,x1]×[y0,y1], embedding centre (cx, cy, extra), seed pixel with score. */
    void instance(int x0, int y0, int x1, int y1, double cx, double cy, double extra, int seedX, int seedY, float seed) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int p = y * w + x;
                offsets[p] = (float) (cx - grid.x(x));
                offsets[plane + p] = (float) (cy - grid.y(y));
                offsets[2 * plane + p] = (float) extra;
                offsets[3 * plane + p] = 0;
                objectiveness[p] = 0.5f;
            }
        }
        objectiveness[seedY * w + seedX] = seed;
    }

    HeadMaps maps() {
        return new HeadMaps(w, h, validW, validH, offsets, 4, inverseVariance, new float[] {11.11f, 11.11f}, objectiveness,
                tracking, categories, numClasses);
    }
}
