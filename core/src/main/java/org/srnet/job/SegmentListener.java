package org.srnet.job;

/**
 * What {@link SegmentVideos} tells its caller while it runs, so that a command can print a line as each video ends
 * and a report can collect the results, without the job printing anything itself.
 */
public interface SegmentListener {
    /** A video was segmented; its results are handed over with its summary. */
    default void segmented(VideoJob.Result run) {}

    /** A video ended, segmented or skipped because an earlier run had finished it the same way. */
    default void ended(VideoSummary summary) {}

    /** Something the user should know that is not an error, e.g. why a finished video is segmented again. */
    default void note(String message) {}
}
