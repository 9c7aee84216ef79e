package org.srnet.job;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.srnet.output.DavisSubmissionWriter;
import org.srnet.output.OverlayFrames;
import org.srnet.output.OverlayRenderer;
import org.srnet.output.OverlayVideoWriter;
import org.srnet.output.YtvisResultsWriter;
import org.srnet.result.FrameResult;
import org.srnet.video.VideoFrame;

/** The standard writers of {@code org.srnet.output} as {@link FrameSink}s of one video. */
final class OutputSinks {
    private OutputSinks() {}

    /** A DAVIS sequence, written when the video ends. */
    static FrameSink davis(DavisSubmissionWriter.Sequence sequence) {
        return new FrameSink() {
            @Override
            public void accept(VideoFrame frame, FrameResult result) {
                sequence.add(result);
            }

            @Override
            public void finish(int frames) {
                sequence.finish();
            }

            @Override
            public void close() {
                sequence.close();
            }
        };
    }

    /** A video's share of the YouTube-VIS results, written when the video ends. */
    static FrameSink ytvis(YtvisResultsWriter.Video video) {
        return new FrameSink() {
            @Override
            public void accept(VideoFrame frame, FrameResult result) {
                video.add(result);
            }

            @Override
            public void finish(int frames) {
                video.finish(frames);
            }

            @Override
            public void close() {
                video.close();
            }
        };
    }

    /**
     * Overlays drawn as frames arrive: frames into {@code frames} (null for none), and an MP4 to {@code videoFile}
     * (null for none) at the source's {@code fps} (10 when unknown); an unfinished video is removed.
     */
    static FrameSink overlays(OverlayRenderer renderer, OverlayFrames frames, Path videoFile, double fps) {
        return new FrameSink() {
            private OverlayVideoWriter video;

            @Override
            public void accept(VideoFrame frame, FrameResult result) {
                BufferedImage overlay = renderer.render(frame.image(), result);
                if (frames != null) {
                    frames.write(frame.name(), overlay);
                }
                if (videoFile != null) {
                    if (video == null) {
                        video = new OverlayVideoWriter(videoFile, overlay.getWidth(), overlay.getHeight(),
                                Double.isNaN(fps) ? 10 : fps);
                    }
                    video.append(overlay);
                }
            }

            @Override
            public void finish(int count) {
                if (video != null) {
                    video.close();
                    video = null;
                }
            }

            @Override
            public void close() {
                if (video != null) {
                    video.abort();
                }
            }
        };
    }
}
