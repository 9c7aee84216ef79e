package org.srnet.job;

import org.srnet.result.FrameResult;
import org.srnet.video.VideoFrame;

/**
 * Where a video's results go, frame by frame, as they come out of the method: a DAVIS sequence, a share of the
 * YouTube-VIS results, overlay frames or an overlay video. One sink serves one video.
 */
public interface FrameSink extends AutoCloseable {
    /** Takes the result of the next frame, with the frame it came from. */
    void accept(VideoFrame frame, FrameResult result);

    /** The video ended after {@code frames} frames: write what waits for the end. Not called when the video failed. */
    default void finish(int frames) {}

    /** Frees what the sink holds; when {@link #finish} was not called, drops what it had not finished. */
    @Override
    default void close() {}
}
