package org.srnet.eval;

import java.util.List;

/**
 * Identity figures of a set of videos: per video, and overall from the pooled counts.
 *
 * @param overall every video's counts added up
 * @param videos per video, in evaluation order
 */
public record IdentityResult(IdentityCounts overall, List<VideoIdentity> videos) {
    /** A pair matches in a frame when its mask IoU is at least this (the usual MOT value, as in py-motmetrics). */
    public static final double IOU_THRESHOLD = 0.5;

    public IdentityResult {
        videos = List.copyOf(videos);
    }

    /** Pools the given videos. */
    public static IdentityResult of(List<VideoIdentity> videos) {
        IdentityCounts sum = IdentityCounts.ZERO;
        for (VideoIdentity v : videos) {
            sum = sum.plus(v.counts());
        }
        return new IdentityResult(sum, videos);
    }
}
