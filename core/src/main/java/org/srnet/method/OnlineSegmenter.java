package org.srnet.method;

import org.srnet.result.FrameResult;
import org.srnet.video.VideoFrame;

/**
 * One video's online segmentation, whatever the method: frames go in one at a time, in order, and each comes back
 * at once as a {@link FrameResult} (masks at the frame's own size, track IDs stable within the video) that never
 * changes afterwards. The segmenter holds the video's state (the previous frame's features, the tracks) and nothing
 * else; closing it frees that state.
 *
 * <pre>{@code
 * try (OnlineSegmenter s = model.open()) {
 *     for (VideoFrame f : source) {
 *         FrameResult r = s.next(f);
 *     }
 * }
 * }</pre>
 * Not thread-safe: one segmenter per video.
 */
public interface OnlineSegmenter extends AutoCloseable {
    /** Segments the next frame of the video. */
    FrameResult next(VideoFrame frame);

    /** What the most recent frame cost, stage by stage. */
    StageTimes lastStageTimes();

    /** Frees the video's state. */
    @Override
    void close();
}
