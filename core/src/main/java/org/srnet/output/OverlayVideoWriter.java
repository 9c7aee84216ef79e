package org.srnet.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.srnet.UserError;
import org.srnet.util.AtomicFiles;
import org.srnet.video.FfmpegLog;

/**
 * Encodes overlay frames into an MP4 (yuv420p) with JavaCV's {@link FFmpegFrameRecorder}. Two codecs: MPEG-4
 * Part 2 (the default: about 3× faster to encode, played by desktop players) and H.264 (what web browsers play,
 * e.g. in an HTML report; the LGPL FFmpeg build from Maven encodes it with OpenH264, Constrained Baseline). The
 * video is recorded under a temporary name beside the target and
 * renamed on {@link #close()}, so an existing target is always a complete video; {@link #abort()} (or a failure)
 * removes the temporary file. Odd frame sizes are rounded up to even ones, which yuv420p requires.
 */
public final class OverlayVideoWriter implements AutoCloseable {
    /** The video codec of the overlay MP4. */
    public enum Codec {
        /** MPEG-4 Part 2: fast, for desktop players. */
        MPEG4(avcodec.AV_CODEC_ID_MPEG4),
        /** H.264 (OpenH264): slower, plays in web browsers. */
        H264(avcodec.AV_CODEC_ID_H264);

        private final int id;

        Codec(int id) {
            this.id = id;
        }
    }

    private final Path target;
    private final Path temp;
    private final FFmpegFrameRecorder recorder;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private boolean finished;
    private int frames;

    /** Starts an MPEG-4 video of {@code width×height} at {@code fps} (24 if NaN or not positive). */
    public OverlayVideoWriter(Path target, int width, int height, double fps) {
        this(target, width, height, fps, Codec.MPEG4);
    }

    /** Starts a video of {@code width×height} at {@code fps} (24 if NaN or not positive) with the given codec. */
    public OverlayVideoWriter(Path target, int width, int height, double fps, Codec codec) {
        this.target = target;
        this.temp = target.resolveSibling("." + target.getFileName() + ".tmp.mp4");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw UserError.inFile(target, "cannot create the folder (" + e.getMessage() + ")", e);
        }
        FfmpegLog.install();
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(temp.toFile(), width + (width & 1), height + (height & 1));
        r.setFormat("mp4");
        r.setVideoCodec(codec.id);
        r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        r.setFrameRate(fps > 0 ? fps : 24);
        if (codec == Codec.MPEG4) {
            r.setVideoQuality(3); // MPEG-4 qscale: 2 (best) … 31; 3 keeps thin mask edges and labels readable
        } else {
            r.setVideoBitrate(Math.max(400_000, width * height * 4)); // ~4 bit/pixel/s: sharp labels at 24-30 fps
        }
        try {
            r.start();
        } catch (Exception e) {
            release(r);
            deleteQuietly(temp);
            throw UserError.inFile(target, "cannot start the video encoder (" + e.getMessage() + ")", e);
        }
        this.recorder = r;
    }

    /** Whether {@code target} already holds a finished video (it only appears once complete). */
    public static boolean isComplete(Path target) {
        return Files.isRegularFile(target);
    }

    /** Appends one frame. */
    public void append(BufferedImage frame) {
        try {
            recorder.record(converter.convert(asBgr(frame)));
            FfmpegLog.drain();
            frames++;
        } catch (Exception e) {
            abort();
            throw UserError.inFile(target, "cannot encode frame " + frames + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The recorder reads 3-channel frames as BGR24; other layouts (e.g. TYPE_INT_RGB, 4 bytes per pixel) would be
     * taken for another pixel format and come out with swapped colours, so they are redrawn as 3-byte BGR first.
     */
    private static BufferedImage asBgr(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return img;
        }
        BufferedImage bgr = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = bgr.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return bgr;
    }

    /** Number of frames appended so far. */
    public int frames() {
        return frames;
    }

    /** Discards the video: nothing appears at the target. */
    public void abort() {
        if (!finished) {
            finished = true;
            release(recorder);
            converter.close();
            deleteQuietly(temp);
        }
    }

    /** Finishes the file and moves it into place. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            recorder.stop();
            recorder.release();
            converter.close();
            AtomicFiles.moveIntoPlace(temp, target);
        } catch (Exception e) {
            release(recorder);
            deleteQuietly(temp);
            throw UserError.inFile(target, "cannot finish the video (" + e.getMessage() + ")", e);
        }
    }

    private static void release(FFmpegFrameRecorder r) {
        try {
            r.release();
        } catch (Exception e) {
            // Releasing after a failed start or encode: nothing more to free.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover hidden temporary file is harmless; the target was never touched.
        }
    }
}
