package org.srnet.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How {@link TrainingData} reads and samples training pairs. Immutable; start from {@link #defaults()} and
 * override with the {@code withX} methods.
 *
 * @param width training width in pixels (default 320, the synthetic benchmark's width)
 * @param height training height in pixels (default 192)
 * @param maxFrameGap the gap between frames t−1 and t of a video pair is drawn uniformly in 1..this, in
 *     annotated frames (default 2; method notes §14)
 * @param staticPairs whether to synthesize pairs from single frames and images (default true; the paper's
 *     "w/o synthesized data" ablation, Table 2, sets it false)
 * @param staticPairRatio fraction of samples that are synthesized pairs, from a COCO image or a video frame
 *     (default 0.3, STEm's COCO share); ignored when {@code staticPairs} is false; image-only data gives only
 *     synthesized pairs
 * @param classAgnostic UVOS: every instance gets category 1 and {@link TrainingData#categories} is empty
 *     (default false)
 * @param split which split of a DAVIS root or a synth folder to read (default "train"); a JSON file is its split
 * @param flipProbability probability of a horizontal flip, applied to both frames alike (default 0.5)
 * @param scaleJitterMin smallest factor applied on top of the scale that makes a frame cover the training size
 *     (default 0.8)
 * @param scaleJitterMax largest such factor (default 1.25)
 * @param weights sampling weight of each path, in the order given to {@link TrainingData#open}; empty = equal
 *     (default empty)
 * @param imageRoots per path, the folder its JSON's file names are relative to, or {@code null} to detect it;
 *     empty = detect all (default empty)
 * @param lenient skip malformed annotations and videos instead of failing; the count is reported (default false)
 * @param synthesis ranges of the static-pair synthesis (default {@link PairSynthesis#DEFAULTS})
 */
public record DataOptions(int width, int height, int maxFrameGap, boolean staticPairs, double staticPairRatio,
        boolean classAgnostic, String split, double flipProbability, double scaleJitterMin, double scaleJitterMax,
        List<Double> weights, List<Path> imageRoots, boolean lenient, PairSynthesis synthesis) {

    /** Validates every field, naming it and the bad value. */
    public DataOptions {
        if (width < 8 || height < 8) {
            throw new IllegalArgumentException("training size must be at least 8x8, got " + width + "x" + height);
        }
        if (maxFrameGap < 1) {
            throw new IllegalArgumentException("maxFrameGap must be at least 1, got " + maxFrameGap);
        }
        if (!(staticPairRatio >= 0 && staticPairRatio <= 1)) {
            throw new IllegalArgumentException("staticPairRatio must be in [0, 1], got " + staticPairRatio);
        }
        if (!(flipProbability >= 0 && flipProbability <= 1)) {
            throw new IllegalArgumentException("flipProbability must be in [0, 1], got " + flipProbability);
        }
        if (!(scaleJitterMin > 0 && scaleJitterMax >= scaleJitterMin)) {
            throw new IllegalArgumentException("scale jitter must satisfy 0 < min <= max, got [" + scaleJitterMin + ", "
                    + scaleJitterMax + "]");
        }
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(synthesis, "synthesis");
        weights = List.copyOf(weights);
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + weights);
            }
        }
        imageRoots = Collections.unmodifiableList(new ArrayList<>(imageRoots));
    }

    /** The defaults listed above. */
    public static DataOptions defaults() {
        return new DataOptions(320, 192, 2, true, 0.3, false, "train", 0.5, 0.8, 1.25, List.of(), List.of(), false,
                PairSynthesis.DEFAULTS);
    }

    /** Returns a copy with another training size. */
    public DataOptions withSize(int w, int h) {
        return new DataOptions(w, h, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, split, flipProbability,
                scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy with another maximum frame gap. */
    public DataOptions withMaxFrameGap(int gap) {
        return new DataOptions(width, height, gap, staticPairs, staticPairRatio, classAgnostic, split, flipProbability,
                scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy with static-pair synthesis on or off. */
    public DataOptions withStaticPairs(boolean on) {
        return new DataOptions(width, height, maxFrameGap, on, staticPairRatio, classAgnostic, split, flipProbability,
                scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy with another fraction of synthesized pairs. */
    public DataOptions withStaticPairRatio(double ratio) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, ratio, classAgnostic, split, flipProbability,
                scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy that is class-agnostic (UVOS) or not. */
    public DataOptions withClassAgnostic(boolean on) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, on, split, flipProbability,
                scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy reading another split. */
    public DataOptions withSplit(String s) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, s, flipProbability,
                scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy with another flip probability. */
    public DataOptions withFlipProbability(double p) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, split, p,
                scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy with another scale jitter range. */
    public DataOptions withScaleJitter(double min, double max) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, split,
                flipProbability, min, max, weights, imageRoots, lenient, synthesis);
    }

    /** Returns a copy with per-path sampling weights. */
    public DataOptions withWeights(List<Double> w) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, split,
                flipProbability, scaleJitterMin, scaleJitterMax, w, imageRoots, lenient, synthesis);
    }

    /** Returns a copy with per-path image roots ({@code null} entries = detect). */
    public DataOptions withImageRoots(List<Path> roots) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, split,
                flipProbability, scaleJitterMin, scaleJitterMax, weights, roots, lenient, synthesis);
    }

    /** Returns a copy with lenient loading on or off. */
    public DataOptions withLenient(boolean on) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, split,
                flipProbability, scaleJitterMin, scaleJitterMax, weights, imageRoots, on, synthesis);
    }

    /** Returns a copy with other synthesis ranges. */
    public DataOptions withSynthesis(PairSynthesis s) {
        return new DataOptions(width, height, maxFrameGap, staticPairs, staticPairRatio, classAgnostic, split,
                flipProbability, scaleJitterMin, scaleJitterMax, weights, imageRoots, lenient, s);
    }
}
