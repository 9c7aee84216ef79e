package org.srnet.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.UserError;
import org.srnet.output.OverlayVideoWriter;

/** Corrupt input is loud: issue 14's truncated JPEG and MP4 rows, strict by default and named under --lenient. */
class DamagedFramesTest {
    @TempDir
    Path tmp;

    /** Noise in {@code block}×{@code block} squares: compresses poorly, so a few kilobytes hold part of the picture. */
    private static BufferedImage noise(int w, int h, long seed, int block) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, new Random(seed * 1_000_003L + (y / block) * 7919L + x / block).nextInt(1 << 24));
            }
        }
        return img;
    }

    private static List<VideoFrame> decode(VideoSource s) {
        List<VideoFrame> frames = new ArrayList<>();
        s.forEach(frames::add);
        return frames;
    }

    private static void keepFirstBytes(Path file, int n) throws Exception {
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), n));
    }

    @Test
    void truncatedJpegStopsTheRunNamingTheFrameOrWarnsUnderLenient() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("clip"));
        ImageIO.write(noise(192, 128, 1, 1), "jpg", dir.resolve("00000.jpg").toFile());
        Path cut = dir.resolve("00001.jpg");
        ImageIO.write(noise(192, 128, 2, 1), "jpg", cut.toFile());
        assertThat(Files.size(cut)).isGreaterThan(12_000);
        keepFirstBytes(cut, 2048);

        assertThatThrownBy(() -> decode(ImageFolderSource.of(dir))).isInstanceOf(UserError.class)
                .hasMessageStartingWith(cut.toString()).hasMessageContaining("--lenient");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VideoSource lenient = ImageFolderSource.of(dir);
        lenient.onDamagedFrames(DamagedFrames.warnOn(new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertThat(decode(lenient)).hasSize(2);
        String warning = err.toString(StandardCharsets.UTF_8);
        assertThat(warning.strip()).startsWith("srnet: warning: " + cut).contains("segmented anyway");
        assertThat(warning.strip().lines().count()).isEqualTo(1);
    }

    @Test
    void truncatedPngIsAnErrorNamingTheFrame() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("png"));
        Path cut = dir.resolve("0.png");
        ImageIO.write(noise(96, 64, 3, 1), "png", cut.toFile());
        keepFirstBytes(cut, 2048);
        VideoSource lenient = ImageFolderSource.of(dir);
        lenient.onDamagedFrames(DamagedFrames.warnOn(new PrintStream(new ByteArrayOutputStream())));
        assertThatThrownBy(() -> decode(lenient)).isInstanceOf(UserError.class).hasMessageStartingWith(cut.toString())
                .hasMessageContaining("cannot decode");
    }

    @Test
    void videoMissingItsStartIsAnErrorNotAShorterVideo() throws Exception {
        Path file = tmp.resolve("clip.mp4");
        try (OverlayVideoWriter w = new OverlayVideoWriter(file, 96, 64, 10)) {
            for (int i = 0; i < 24; i++) {
                w.append(noise(96, 64, 10 + i, 4));
            }
        }
        byte[] all = Files.readAllBytes(file);
        Path cut = tmp.resolve("cut.mp4");
        Files.write(cut, Arrays.copyOfRange(all, all.length / 3, all.length));

        assertThatThrownBy(() -> {
            try (VideoSource s = Sources.open(cut).get(0)) {
                decode(s);
            }
        }).isInstanceOf(UserError.class).hasMessageStartingWith(cut.toString()).hasMessageContaining("FFmpeg could not decode")
                .hasMessageNotContaining("@ 0x");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (VideoSource s = Sources.open(cut, DamagedFrames.warnOn(new PrintStream(err, true, StandardCharsets.UTF_8))).get(0)) {
            assertThat(decode(s).size()).isLessThan(24);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("srnet: warning: " + cut).contains("at frame");

        try (VideoSource intact = Sources.open(file).get(0)) {
            assertThat(decode(intact)).as("an intact video reads without complaint").hasSize(24);
        }
    }
}
