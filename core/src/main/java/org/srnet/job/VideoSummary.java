package org.srnet.job;

/**
 * What segmenting one video took and produced.
 *
 * @param name          video name
 * @param frames        frames segmented
 * @param tracks        distinct track IDs
 * @param preprocessMs  mean per-frame milliseconds of resizing and normalising
 * @param networkMs     mean per-frame milliseconds of the network, including pulling its outputs
 * @param postprocessMs mean per-frame milliseconds of Algorithm 1, tracking and full-resolution masks
 * @param outputMs      mean per-frame milliseconds of writing outputs
 * @param skipped       true when an earlier run had already completed this video
 */
public record VideoSummary(String name, int frames, int tracks, double preprocessMs, double networkMs,
        double postprocessMs, double outputMs, boolean skipped) {

    /** Frames per second of the whole pipeline (outputs included); 0 for a skipped video. */
    public double fps() {
        double ms = preprocessMs + networkMs + postprocessMs + outputMs;
        return skipped || ms == 0 ? 0 : 1000.0 / ms;
    }
}
