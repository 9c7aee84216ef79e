package org.srnet.geometry;

/**
 * The mass centre of a binary mask: mean column and mean row of its pixels, in pixel units. SRNet uses it for
 * the tracking vector's anchor in training and at inference (§3.4, Algorithm 1 line 9).
 */
public record MassCentre(double column, double row, int area) {

    /** The mass centre of the non-zero pixels of a row-major {@code width×height} mask, or null if it is empty. */
    public static MassCentre of(byte[] mask, int width, int height) {
        long sumX = 0;
        long sumY = 0;
        int n = 0;
        for (int j = 0, k = 0; j < height; j++) {
            for (int i = 0; i < width; i++, k++) {
                if (mask[k] != 0) {
                    sumX += i;
                    sumY += j;
                    n++;
                }
            }
        }
        return n == 0 ? null : new MassCentre((double) sumX / n, (double) sumY / n, n);
    }

    /** This centre on the spatial grid (Eq. 1 applied to a fractional pixel position). */
    public double gridX(SpatialGrid grid) {
        return grid.x(column);
    }

    public double gridY(SpatialGrid grid) {
        return grid.y(row);
    }
}
