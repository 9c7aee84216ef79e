package org.srnet.nn;

/**
 * The network's input convention: RGB in [0, 1], normalised with the ImageNet mean and standard deviation of
 * torchvision's pretrained ResNets, channel-major.
 */
public final class ImageNormalization {
    public static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    public static final float[] STD = {0.229f, 0.224f, 0.225f};

    private ImageNormalization() {}

    /** Normalises a 3×H×W RGB array in [0,1] into {@code out} at {@code offset}. */
    public static void normalize(float[] rgb, float[] out, int offset) {
        int plane = rgb.length / 3;
        for (int c = 0; c < 3; c++) {
            float mean = MEAN[c];
            float inv = 1f / STD[c];
            int base = c * plane;
            for (int i = 0; i < plane; i++) {
                out[offset + base + i] = (rgb[base + i] - mean) * inv;
            }
        }
    }
}
