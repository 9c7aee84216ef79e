package org.srnet.data;

/**
 * Ranges of the static-image pair synthesis (SRNet §4.1, following STEm-Seg; method notes §13): frame B of a
 * synthesized pair is a random affine transform of frame A with colour jitter and optional motion blur. The
 * defaults are the paper's ranges (STEm supp. II); STEm's code differs (±12° COCO rotation, one shared
 * translation for both axes, no scale change, perspective jitter) — shear is our addition in place of the
 * perspective jitter.
 *
 * @param rotationDegrees rotation drawn uniformly in ±this (default 10)
 * @param translation translation per axis drawn uniformly in ±this fraction of the image size (default 0.1)
 * @param scaleMin smallest scale factor (default 0.8)
 * @param scaleMax largest scale factor (default 1.2)
 * @param shearDegrees horizontal shear angle drawn uniformly in ±this (default 5)
 * @param brightness additive brightness offset drawn uniformly in ±this, on the [0, 1] scale (default 40/255)
 * @param hueDegrees hue rotation drawn uniformly in ±this (default 5)
 * @param saturation additive saturation offset drawn uniformly in ±this, on the [0, 1] scale (default 5/255)
 * @param motionBlurProbability probability of a linear motion blur of frame B (default 0.25)
 * @param motionBlurKernel blur length in pixels at a 640-pixel short side (default 10, STEm's 9 or 11), scaled
 *     to the training size and rounded to an odd length of at least 3
 */
public record PairSynthesis(double rotationDegrees, double translation, double scaleMin, double scaleMax,
        double shearDegrees, double brightness, double hueDegrees, double saturation, double motionBlurProbability,
        double motionBlurKernel) {
    /** The defaults above. */
    public static final PairSynthesis DEFAULTS = new PairSynthesis(10, 0.1, 0.8, 1.2, 5, 40 / 255.0, 5, 5 / 255.0, 0.25, 10);

    /** Validates the ranges, naming the field and the value. */
    public PairSynthesis {
        nonNegative("rotationDegrees", rotationDegrees);
        nonNegative("translation", translation);
        nonNegative("shearDegrees", shearDegrees);
        nonNegative("brightness", brightness);
        nonNegative("hueDegrees", hueDegrees);
        nonNegative("saturation", saturation);
        nonNegative("motionBlurKernel", motionBlurKernel);
        if (!(scaleMin > 0 && scaleMax >= scaleMin)) {
            throw new IllegalArgumentException("synthesis scale range must satisfy 0 < min <= max, got [" + scaleMin + ", " + scaleMax + "]");
        }
        if (!(motionBlurProbability >= 0 && motionBlurProbability <= 1)) {
            throw new IllegalArgumentException("motionBlurProbability must be in [0, 1], got " + motionBlurProbability);
        }
        if (shearDegrees >= 60) {
            throw new IllegalArgumentException("shearDegrees must be below 60, got " + shearDegrees);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("synthesis " + name + " must be a finite value >= 0, got " + v);
        }
    }
}
