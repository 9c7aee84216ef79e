package org.srnet.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.output.OverlayVideoWriter;

class VideoFileSourceTest {
    @TempDir
    Path tmp;

    private static BufferedImage solid(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private Path writeVideo(String name, int n) {
        Path file = tmp.resolve(name);
        try (OverlayVideoWriter w = new OverlayVideoWriter(file, 64, 48, 10)) {
            for (int i = 0; i < n; i++) {
                w.append(solid(64, 48, new Color((i * 20) % 240, 255 - (i * 20) % 240, 128)));
            }
        }
        return file;
    }

    @Test
    void readsBackAVideoWrittenWithJavaCv() {
        Path file = writeVideo("clip.mp4", 12);
        assertThat(OverlayVideoWriter.isComplete(file)).isTrue();
        assertThat(tmp.toFile().list()).containsExactly("clip.mp4");
        List<VideoSource> sources = Sources.open(file);
        try (VideoSource s = sources.get(0)) {
            assertThat(s.name()).isEqualTo("clip");
            assertThat(s.fps()).isEqualTo(10.0);
            assertThat(s.frameCount()).hasValue(12);
            List<VideoFrame> frames = new ArrayList<>();
            s.forEach(frames::add);
            assertThat(frames).hasSize(12);
            assertThat(frames.get(11).name()).isEqualTo("00011");
            for (int i = 0; i < 12; i++) {
                BufferedImage img = frames.get(i).image();
                assertThat(img.getWidth()).isEqualTo(64);
                assertThat(img.getHeight()).isEqualTo(48);
                Color c = new Color(img.getRGB(32, 24));
                // Lossy MPEG-4 in yuv420p: colours come back within a few levels.
                int red = (i * 20) % 240;
                assertThat(c.getRed()).as("frame %d red", i).isBetween(red - 12, red + 12);
                assertThat(c.getGreen()).as("frame %d green", i).isBetween(255 - red - 12, 255 - red + 12);
                assertThat(c.getBlue()).as("frame %d blue", i).isBetween(116, 140);
            }
        }
    }

    @Test
    void h264OverlayVideoReadsBackWithOddSizeRoundedUp() {
        Path file = tmp.resolve("web.mp4");
        try (OverlayVideoWriter w = new OverlayVideoWriter(file, 33, 25, 24, OverlayVideoWriter.Codec.H264)) {
            for (int i = 0; i < 5; i++) {
                w.append(solid(33, 25, Color.GRAY));
            }
        }
        try (VideoFileSource s = new VideoFileSource(file)) {
            assertThat(s.width()).isEqualTo(34);
            assertThat(s.height()).isEqualTo(26);
            int[] n = {0};
            s.forEach(f -> n[0]++);
            assertThat(n[0]).isEqualTo(5);
        }
    }

    @Test
    void overlayVideoAppearsOnlyWhenClosedAndAbortLeavesNothing() {
        Path file = tmp.resolve("out/partial.mp4");
        OverlayVideoWriter w = new OverlayVideoWriter(file, 64, 48, 24);
        w.append(solid(64, 48, Color.RED));
        w.append(solid(64, 48, Color.RED));
        assertThat(w.frames()).isEqualTo(2);
        assertThat(OverlayVideoWriter.isComplete(file)).isFalse();
        w.abort();
        w.close();
        assertThat(tmp.resolve("out").toFile().list()).isEmpty();
    }

    @Test
    void truncatedVideoIsAClearError() throws Exception {
        Path file = writeVideo("cut.mp4", 30);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(file) / 3);
        }
        assertThatThrownBy(() -> {
            try (VideoFileSource s = new VideoFileSource(file)) {
                s.forEach(f -> { });
            }
        }).isInstanceOf(UserError.class).hasMessageContaining("cut.mp4").hasMessageContaining("truncated");
    }

    @Test
    void missingAndNonVideoFilesAreErrors() throws Exception {
        assertThatThrownBy(() -> new VideoFileSource(tmp.resolve("none.mp4"))).isInstanceOf(UserError.class)
                .hasMessageContaining("none.mp4").hasMessageContaining("not found");
        Path junk = tmp.resolve("junk.mp4");
        Files.writeString(junk, "this is not a video");
        assertThatThrownBy(() -> new VideoFileSource(junk)).isInstanceOf(UserError.class).hasMessageContaining("junk.mp4");
    }
}
