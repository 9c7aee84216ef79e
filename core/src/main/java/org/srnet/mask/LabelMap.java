package org.srnet.mask;

/**
 * A row-major map of 8-bit labels, as in a DAVIS annotation: 0 = background, k = object k, 255 = void.
 * {@code labels[y * width + x]} holds the label as an unsigned byte.
 */
public record LabelMap(int width, int height, byte[] labels) {

    public LabelMap {
        if (labels.length != width * height) {
            throw new IllegalArgumentException("label map has " + labels.length + " pixels, expected " + width + "×" + height);
        }
    }

    public static LabelMap empty(int width, int height) {
        return new LabelMap(width, height, new byte[width * height]);
    }

    public int get(int x, int y) {
        return labels[y * width + x] & 0xff;
    }

    /** The binary mask (0/1) of one label. */
    public byte[] mask(int label) {
        byte[] m = new byte[labels.length];
        byte l = (byte) label;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == l) {
                m[i] = 1;
            }
        }
        return m;
    }

    /** The largest label present, ignoring {@code ignore} (e.g. 255 = void); 0 if only background. */
    public int maxLabel(int ignore) {
        int max = 0;
        for (byte b : labels) {
            int v = b & 0xff;
            if (v != ignore && v > max) {
                max = v;
            }
        }
        return max;
    }
}
