package org.srnet.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.result.FrameResult;

/**
 * What a writer keeps in memory while a video is fed to it does not grow with the number of frames: the bytes
 * reachable from the DAVIS and YouTube-VIS sinks (counted by walking the objects, no GC or timing involved) are no
 * more at frames 3,000–4,000 than at frames 500–1,000, while their spill files keep growing.
 */
class WriterMemoryTest {
    private static final int BUDGET = 1024;
    private static final int FRAMES = 4000;

    @TempDir
    Path tmp;

    @Test
    void theWritersRetainedBytesDoNotGrowWithTheNumberOfFrames() {
        List<FrameResult> video = StreamingWritersTest.video(FRAMES, 11);
        long[] early = new long[2];
        long[] late = new long[2];
        long[] spilledEarly = new long[2];
        try (DavisSubmissionWriter.Sequence davis = new DavisSubmissionWriter(tmp.resolve("davis"), BUDGET).open("v");
                YtvisResultsWriter.Video ytvis = new YtvisResultsWriter(tmp.resolve("results.json"), BUDGET).open("v", 1)) {
            for (FrameResult f : video) {
                davis.add(f);
                ytvis.add(f);
                long[] now = {Retained.bytes(davis), Retained.bytes(ytvis)};
                for (int w = 0; w < 2; w++) {
                    if (f.frameIndex() >= 500 && f.frameIndex() < 1000) {
                        early[w] = Math.max(early[w], now[w]);
                    } else if (f.frameIndex() >= 3000) {
                        late[w] = Math.max(late[w], now[w]);
                    }
                }
                if (f.frameIndex() == 999) {
                    spilledEarly[0] = davis.spilledBytes();
                    spilledEarly[1] = ytvis.spilledBytes();
                }
            }
            // at most the bytes waiting for the spill file differ (under 2 budgets, with a buffer's slack)
            assertThat(late[0]).as("DAVIS writer").isLessThanOrEqualTo(early[0] + 2 * BUDGET);
            assertThat(late[1]).as("YouTube-VIS writer").isLessThanOrEqualTo(early[1] + 2 * BUDGET);
            assertThat(davis.spilledBytes()).isGreaterThan(3 * spilledEarly[0]);
            assertThat(ytvis.spilledBytes()).isGreaterThan(3 * spilledEarly[1]);
        }
        // the walk does see what a whole-video writer kept: 4,000 frames' masks weigh more than 1,000 frames'
        assertThat(Retained.bytes(video)).isGreaterThan(3 * Retained.bytes(video.subList(0, 1000)));
    }
}
