package org.srnet.geometry;

/**
 * The spatial grid S of SRNet §3.2, Eq. 1: for a map of W×H pixels, column i and row j sit at
 * <pre>  S(i, j) = ( 2·Tx·i/(W−1) − Tx ,  2·Ty·j/(H−1) − Ty ),  Tx = max(1, W/H),  Ty = max(1, H/W).</pre>
 * The shorter side spans exactly [−1, 1] and the longer side [−T, T], so grid units do not depend on the
 * resolution: offsets, bandwidths and tracking vectors predicted at one scale mean the same at another.
 *
 * <p>S is affine in the pixel position, so fractional positions (mass centres) map exactly too. Note that the
 * spacing along x and along y differ slightly (the "−1"s), so pixel distances are converted per axis.
 */
public final class SpatialGrid {
    private final int width;
    private final int height;
    private final double tx;
    private final double ty;

    private SpatialGrid(int width, int height) {
        if (width < 2 || height < 2) {
            throw new IllegalArgumentException("spatial grid needs at least 2×2 pixels, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.tx = Math.max(1.0, (double) width / height);
        this.ty = Math.max(1.0, (double) height / width);
    }

    /** The grid for a map {@code width} columns wide and {@code height} rows high. */
    public static SpatialGrid of(int width, int height) {
        return new SpatialGrid(width, height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Half-extent of the grid along x (T_x). */
    public double tx() {
        return tx;
    }

    /** Half-extent of the grid along y (T_y). */
    public double ty() {
        return ty;
    }

    /** Grid x of a (possibly fractional) column. */
    public double x(double column) {
        return 2 * tx * column / (width - 1) - tx;
    }

    /** Grid y of a (possibly fractional) row. */
    public double y(double row) {
        return 2 * ty * row / (height - 1) - ty;
    }

    /** The (fractional) column at grid x; inverse of {@link #x}. */
    public double column(double x) {
        return (x + tx) * (width - 1) / (2 * tx);
    }

    /** The (fractional) row at grid y; inverse of {@link #y}. */
    public double row(double y) {
        return (y + ty) * (height - 1) / (2 * ty);
    }

    /** Grid units per pixel along x. */
    public double spacingX() {
        return 2 * tx / (width - 1);
    }

    /** Grid units per pixel along y. */
    public double spacingY() {
        return 2 * ty / (height - 1);
    }

    /** S as a 2×H×W array, channel 0 = x, channel 1 = y (the channel order used for E, Σ and T too). */
    public float[] toArray() {
        int plane = width * height;
        float[] s = new float[2 * plane];
        for (int j = 0; j < height; j++) {
            float yj = (float) y(j);
            for (int i = 0; i < width; i++) {
                s[j * width + i] = (float) x(i);
                s[plane + j * width + i] = yj;
            }
        }
        return s;
    }
}
