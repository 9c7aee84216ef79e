package org.srnet.infer;

import org.srnet.geometry.GaussianHeatmap.RadiusRule;

/**
 * The thresholds of SRNet's post-processing (Algorithm 1) and of our tracker. The paper states none of them
 * (method notes §15–16); every default below is ours and says where it comes from.
 *
 * @param minScore      Alg. 1 l. 3 {@code min_score}: seeding stops when no available objectiveness exceeds it
 *                      (default 0.8, STEm-Seg's MIN_SEEDINESS_PROB)
 * @param minPixels     instances with fewer mask pixels at head resolution are dropped, their pixels still consumed
 *                      (default 8 ≈ SpatialEmbeddings' 128 px at full resolution)
 * @param maxInstances  at most this many instances per frame (default 20, the DAVIS-2019 object limit)
 * @param gate          whether the tracker refuses matches that are too far apart (our addition; Alg. 1 has no gate,
 *                      and on the synthetic val split the gate cost 1.3 J&F points, so it is off by default)
 * @param gateFactor    a match needs distance² &lt; gateFactor · min(area_prev, area_cur), areas in grid units²
 *                      (default 1, CenterTrack's box-area rule transplanted to mask areas)
 * @param classCheck    in VIS mode, whether a match also needs equal categories (CenterTrack does this; Alg. 1 does
 *                      not, and per-frame classes are noisy enough that it split tracks: off by default)
 * @param radiusRule    radius rule for the H(t−1) stamps (default CenterTrack's, method notes §9)
 * @param minOverlap    minimum overlap for the radius rule (default 0.7, CenterTrack)
 */
public record InferenceOptions(
        double minScore,
        int minPixels,
        int maxInstances,
        boolean gate,
        double gateFactor,
        boolean classCheck,
        RadiusRule radiusRule,
        double minOverlap) {

    /** The defaults listed on the components. */
    public static final InferenceOptions DEFAULT =
            new InferenceOptions(0.8, 8, 20, false, 1.0, false, RadiusRule.CENTERTRACK, 0.7);

    public InferenceOptions {
        if (!(minScore >= 0 && minScore < 1)) {
            throw new IllegalArgumentException("minScore must be in [0, 1), got " + minScore);
        }
        if (minPixels < 1) {
            throw new IllegalArgumentException("minPixels must be >= 1, got " + minPixels);
        }
        if (maxInstances < 1 || maxInstances > 255) {
            throw new IllegalArgumentException("maxInstances must be in 1..255, got " + maxInstances);
        }
        if (!(gateFactor > 0) || Double.isInfinite(gateFactor)) {
            throw new IllegalArgumentException("gateFactor must be a positive number, got " + gateFactor);
        }
        if (radiusRule == null) {
            throw new IllegalArgumentException("radiusRule must not be null");
        }
        if (!(minOverlap > 0 && minOverlap < 1)) {
            throw new IllegalArgumentException("minOverlap must be in (0, 1), got " + minOverlap);
        }
    }

    /** A copy with another {@code minScore}. */
    public InferenceOptions withMinScore(double v) {
        return new InferenceOptions(v, minPixels, maxInstances, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another {@code minPixels}. */
    public InferenceOptions withMinPixels(int v) {
        return new InferenceOptions(minScore, v, maxInstances, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another {@code maxInstances}. */
    public InferenceOptions withMaxInstances(int v) {
        return new InferenceOptions(minScore, minPixels, v, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with the gate switched on or off. */
    public InferenceOptions withGate(boolean v) {
        return new InferenceOptions(minScore, minPixels, maxInstances, v, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another {@code gateFactor}. */
    public InferenceOptions withGateFactor(double v) {
        return new InferenceOptions(minScore, minPixels, maxInstances, gate, v, classCheck, radiusRule, minOverlap);
    }

    /** A copy with the class check switched on or off. */
    public InferenceOptions withClassCheck(boolean v) {
        return new InferenceOptions(minScore, minPixels, maxInstances, gate, gateFactor, v, radiusRule, minOverlap);
    }

    /** A copy with another radius rule and minimum overlap. */
    public InferenceOptions withRadius(RadiusRule rule, double overlap) {
        return new InferenceOptions(minScore, minPixels, maxInstances, gate, gateFactor, classCheck, rule, overlap);
    }
}
