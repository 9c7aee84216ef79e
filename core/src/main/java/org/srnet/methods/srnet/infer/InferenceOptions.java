package org.srnet.methods.srnet.infer;

import org.srnet.geometry.GaussianHeatmap.RadiusRule;

/**
 * The thresholds of SRNet's post-processing (Algorithm 1) and of our tracker. The paper states none of them
 * (method notes §15–16); every default below is ours and says where it comes from.
 *
 * @param minScore        Alg. 1 l. 3 {@code min_score}: seeding stops when no available objectiveness exceeds it
 *                        (default 0.8, STEm-Seg's MIN_SEEDINESS_PROB)
 * @param minPixels       instances with fewer mask pixels at head resolution are dropped, their pixels still consumed
 *                        (default 8 ≈ SpatialEmbeddings' 128 px at full resolution)
 * @param maxInstances    at most this many instances per frame (default 20, the DAVIS-2019 object limit)
 * @param foregroundGate  only pixels whose objectiveness exceeds it are foreground: seeds and mask pixels come from
 *                        them alone, at head and at frame resolution (STEm-Seg clusters only pixels with seediness
 *                        &gt; 0.25; our default is tuned on the synthetic val split)
 * @param minFreeFraction an instance is rejected when fewer than this fraction of its P &gt; 0.5 foreground pixels
 *                        were still available, i.e. when it is mostly pixels already taken (0.5 is SpatialEmbeddings'
 *                        "more than half unclustered")
 * @param maxDroppedSeeds seeding stops after this many seeds of one frame were dropped (too small or mostly taken),
 *                        which bounds the frame's clustering cost whatever the head outputs look like
 * @param masks           how masks come back to the frame size ({@link MaskResolution})
 * @param tracker         which association runs ({@link TrackerMode}); {@code PAPER} is Alg. 1 l. 15–19 as written
 * @param trackMemory     {@code PERSISTENT}: frames an unmatched track stays matchable (0 = only the previous frame)
 * @param minTrackLength  {@code PERSISTENT}: frames a track must be seen in before it is confirmed; instances of a
 *                        track that never gets confirmed are left out of the written outputs
 * @param maxAreaRatio    {@code PERSISTENT}: a match needs max(area)/min(area) ≤ this (object-size gate)
 * @param gate            whether the tracker refuses matches that are too far apart (our addition; Alg. 1 has no gate,
 *                        and on the synthetic val split the gate cost 1.3 J&F points in {@code PAPER} mode, so it is off
 *                        by default there; {@code PERSISTENT} always gates, an old track's centre is only a guess)
 * @param gateFactor      a match needs distance² &lt; gateFactor · min(area_prev, area_cur), areas in grid units²
 *                        (default 1, CenterTrack's box-area rule transplanted to mask areas)
 * @param classCheck      in VIS mode, whether a match also needs equal categories (CenterTrack does this; Alg. 1 does
 *                        not, and per-frame classes are noisy enough that it split tracks: off by default)
 * @param radiusRule      radius rule for the H(t−1) stamps (default CenterTrack's, method notes §9)
 * @param minOverlap      minimum overlap for the radius rule (default 0.7, CenterTrack)
 */
public record InferenceOptions(
        double minScore,
        int minPixels,
        int maxInstances,
        double foregroundGate,
        double minFreeFraction,
        int maxDroppedSeeds,
        MaskResolution masks,
        TrackerMode tracker,
        int trackMemory,
        int minTrackLength,
        double maxAreaRatio,
        boolean gate,
        double gateFactor,
        boolean classCheck,
        RadiusRule radiusRule,
        double minOverlap) {

    /** The defaults listed on the components. */
    public static final InferenceOptions DEFAULT = new InferenceOptions(0.8, 8, 20, 0.2, 0.5, 64,
            MaskResolution.EMBEDDING, TrackerMode.PERSISTENT, 4, 3, 4.0, false, 1.0, false, RadiusRule.CENTERTRACK, 0.7);

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
        if (!(foregroundGate >= 0 && foregroundGate < 1)) {
            throw new IllegalArgumentException("foregroundGate must be in [0, 1), got " + foregroundGate);
        }
        if (!(minFreeFraction >= 0 && minFreeFraction <= 1)) {
            throw new IllegalArgumentException("minFreeFraction must be in [0, 1], got " + minFreeFraction);
        }
        if (maxDroppedSeeds < 0) {
            throw new IllegalArgumentException("maxDroppedSeeds must be >= 0, got " + maxDroppedSeeds);
        }
        if (masks == null || tracker == null || radiusRule == null) {
            throw new IllegalArgumentException("masks, tracker and radiusRule must not be null");
        }
        if (trackMemory < 0) {
            throw new IllegalArgumentException("trackMemory must be >= 0, got " + trackMemory);
        }
        if (minTrackLength < 1) {
            throw new IllegalArgumentException("minTrackLength must be >= 1, got " + minTrackLength);
        }
        if (!(maxAreaRatio >= 1)) {
            throw new IllegalArgumentException("maxAreaRatio must be >= 1, got " + maxAreaRatio);
        }
        if (!(gateFactor > 0) || Double.isInfinite(gateFactor)) {
            throw new IllegalArgumentException("gateFactor must be a positive number, got " + gateFactor);
        }
        if (!(minOverlap > 0 && minOverlap < 1)) {
            throw new IllegalArgumentException("minOverlap must be in (0, 1), got " + minOverlap);
        }
    }

    /** A copy with another {@code minScore}. */
    public InferenceOptions withMinScore(double v) {
        return new InferenceOptions(v, minPixels, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds, masks,
                tracker, trackMemory, minTrackLength, maxAreaRatio, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another {@code minPixels}. */
    public InferenceOptions withMinPixels(int v) {
        return new InferenceOptions(minScore, v, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds, masks,
                tracker, trackMemory, minTrackLength, maxAreaRatio, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another {@code maxInstances}. */
    public InferenceOptions withMaxInstances(int v) {
        return new InferenceOptions(minScore, minPixels, v, foregroundGate, minFreeFraction, maxDroppedSeeds, masks,
                tracker, trackMemory, minTrackLength, maxAreaRatio, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another foreground gate, rejection fraction and dropped-seed bound. */
    public InferenceOptions withForeground(double gateValue, double freeFraction, int droppedSeeds) {
        return new InferenceOptions(minScore, minPixels, maxInstances, gateValue, freeFraction, droppedSeeds, masks,
                tracker, trackMemory, minTrackLength, maxAreaRatio, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another way back to the frame size. */
    public InferenceOptions withMasks(MaskResolution v) {
        return new InferenceOptions(minScore, minPixels, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds, v,
                tracker, trackMemory, minTrackLength, maxAreaRatio, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another tracker mode, memory, confirmation length and area-ratio gate. */
    public InferenceOptions withTracker(TrackerMode mode, int memory, int minLength, double areaRatio) {
        return new InferenceOptions(minScore, minPixels, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds,
                masks, mode, memory, minLength, areaRatio, gate, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with the gate switched on or off. */
    public InferenceOptions withGate(boolean v) {
        return new InferenceOptions(minScore, minPixels, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds,
                masks, tracker, trackMemory, minTrackLength, maxAreaRatio, v, gateFactor, classCheck, radiusRule, minOverlap);
    }

    /** A copy with another {@code gateFactor}. */
    public InferenceOptions withGateFactor(double v) {
        return new InferenceOptions(minScore, minPixels, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds,
                masks, tracker, trackMemory, minTrackLength, maxAreaRatio, gate, v, classCheck, radiusRule, minOverlap);
    }

    /** A copy with the class check switched on or off. */
    public InferenceOptions withClassCheck(boolean v) {
        return new InferenceOptions(minScore, minPixels, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds,
                masks, tracker, trackMemory, minTrackLength, maxAreaRatio, gate, gateFactor, v, radiusRule, minOverlap);
    }

    /** A copy with another radius rule and minimum overlap. */
    public InferenceOptions withRadius(RadiusRule rule, double overlap) {
        return new InferenceOptions(minScore, minPixels, maxInstances, foregroundGate, minFreeFraction, maxDroppedSeeds,
                masks, tracker, trackMemory, minTrackLength, maxAreaRatio, gate, gateFactor, classCheck, rule, overlap);
    }
}
