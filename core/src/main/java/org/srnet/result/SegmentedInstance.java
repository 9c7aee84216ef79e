package org.srnet.result;

import org.srnet.mask.Rle;

/**
 * One tracked object in one frame at the original frame resolution: what the writers and evaluators consume.
 *
 * @param trackId    track ID within the video (from 1)
 * @param mask       full-resolution mask as COCO RLE
 * @param category   object category 1..C, 0 in UVOS mode
 * @param score      the instance's seed objectiveness
 * @param classProbs mean probability of each category 1..C over the head-resolution mask (entry c − 1 belongs to
 *                   category c; empty in UVOS mode; copied in and out)
 * @param tentative  whether the track was still tentative when this frame was returned: the tracker had not yet seen
 *                   it in enough frames. A returned frame never changes; a track is confirmed once any of its
 *                   instances is not tentative ({@link TrackSummary#confirmed()})
 */
public record SegmentedInstance(int trackId, Rle mask, int category, double score, float[] classProbs,
        boolean tentative) {

    public SegmentedInstance {
        if (trackId < 1) {
            throw new IllegalArgumentException("SegmentedInstance: track id must be >= 1, got " + trackId);
        }
        if (mask == null) {
            throw new IllegalArgumentException("SegmentedInstance: mask must not be null");
        }
        if (category < 0 || category > classProbs.length) {
            throw new IllegalArgumentException("SegmentedInstance: category " + category + " outside 0.." + classProbs.length);
        }
        classProbs = classProbs.clone();
    }

    /** An instance of a confirmed track. */
    public SegmentedInstance(int trackId, Rle mask, int category, double score, float[] classProbs) {
        this(trackId, mask, category, score, classProbs, false);
    }

    @Override
    public float[] classProbs() {
        return classProbs.clone();
    }

    /** Mean probability of category {@code c} (1..C) over the mask; 1 in UVOS mode. */
    public double classProb(int c) {
        return classProbs.length == 0 ? 1.0 : classProbs[c - 1];
    }

    /** Number of classes C this instance was classified over (0 in UVOS mode). */
    public int numClasses() {
        return classProbs.length;
    }
}
