package org.srnet.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import org.srnet.method.Methods;
import org.srnet.method.SegmentationModel;
import org.srnet.methods.framediff.MovingSquares;
import org.srnet.result.FrameResult;
import org.srnet.video.DamagedFrames;
import org.srnet.video.VideoFrame;
import org.srnet.video.VideoSource;

/** The per-video job feeds every sink each frame in order, finishes them at the end, and closes them, failed or not. */
class VideoJobTest {

    /** {@code frames} frames of two sliding squares; frame {@code failAt} throws (none when negative). */
    private static VideoSource squares(int frames, int failAt) {
        MovingSquares scene = new MovingSquares(1);
        return new VideoSource() {
            @Override
            public Iterator<VideoFrame> iterator() {
                return new Iterator<>() {
                    private int t;

                    @Override
                    public boolean hasNext() {
                        return t < frames;
                    }

                    @Override
                    public VideoFrame next() {
                        if (t == failAt) {
                            throw new IllegalStateException("frame " + t + " is damaged");
                        }
                        VideoFrame f = new VideoFrame(t, String.format("%05d", t), scene.frame(t));
                        t++;
                        return f;
                    }
                };
            }

            @Override
            public String name() {
                return "squares";
            }

            @Override
            public double fps() {
                return Double.NaN;
            }

            @Override
            public OptionalInt frameCount() {
                return OptionalInt.of(frames);
            }

            @Override
            public String identity() {
                return "squares";
            }

            @Override
            public void onDamagedFrames(DamagedFrames policy) {}

            @Override
            public void close() {}
        };
    }

    /** A sink that writes down what it is told. */
    private static final class Recorder implements FrameSink {
        final List<String> events = new ArrayList<>();

        @Override
        public void accept(VideoFrame frame, FrameResult result) {
            assertThat(result.frameName()).isEqualTo(frame.name());
            events.add("frame " + frame.index() + ": " + result.instances().size());
        }

        @Override
        public void finish(int frames) {
            events.add("finish " + frames);
        }

        @Override
        public void close() {
            events.add("close");
        }
    }

    @Test
    void everySinkSeesEveryFrameThenTheEnd() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        try (SegmentationModel model = Methods.load(java.nio.file.Path.of("models/frame-difference"), List.of())) {
            VideoJob.Result r = VideoJob.run(model, squares(12, -1), List.of(a, b));
            assertThat(r.frames()).hasSize(12);
            assertThat(r.summary().frames()).isEqualTo(12);
            assertThat(r.summary().tracks()).isGreaterThanOrEqualTo(2);
            assertThat(r.summary().skipped()).isFalse();
        }
        assertThat(a.events).hasSize(14).startsWith("frame 0: 0").endsWith("frame 11: 2", "finish 12", "close");
        assertThat(b.events).isEqualTo(a.events);
    }

    @Test
    void aFailedVideoClosesItsSinksWithoutFinishingThem() {
        Recorder a = new Recorder();
        try (SegmentationModel model = Methods.load(java.nio.file.Path.of("models/frame-difference"), List.of())) {
            assertThatThrownBy(() -> VideoJob.run(model, squares(12, 5), List.of(a))).hasMessageContaining("frame 5");
        }
        assertThat(a.events).hasSize(6).endsWith("frame 4: 2", "close").doesNotContain("finish 5");
    }
}
