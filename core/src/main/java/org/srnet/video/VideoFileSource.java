package org.srnet.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.srnet.UserError;
import org.srnet.util.FileFingerprint;

/**
 * A video file (MP4, AVI, MKV, WebM, MOV) decoded with FFmpeg through JavaCV's {@link FFmpegFrameGrabber}.
 * JavaCV rather than a system ffmpeg binary: its FFmpeg build arrives as an ordinary Maven dependency with its
 * native libraries, so installing srnet needs nothing but Maven, and frames come back as images without pipes or
 * temporary files. Frames are named by their zero-padded index ("00000", "00001", …).
 *
 * <p>A file that FFmpeg cannot open is a {@link UserError} naming the file. A frame it cannot decode (FFmpeg
 * skips it and logs an error, see {@link FfmpegLog}) or a stream that ends clearly before the frame count its
 * container declares (a truncated download) goes to the {@link DamagedFrames} policy: an error by default.
 */
public final class VideoFileSource implements VideoSource {
    /** A stream may end a little before the container's estimate; more than this fraction missing is truncation. */
    private static final double TRUNCATION_TOLERANCE = 0.02;

    private final Path file;
    private final String name;
    private final FFmpegFrameGrabber grabber;
    private final double fps;
    private final int declaredFrames;
    private boolean iterated;
    private DamagedFrames damage = DamagedFrames.STRICT;

    /** Opens {@code file}; decoding starts on iteration. */
    public VideoFileSource(Path file) {
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(file, Files.exists(file) ? "not a regular file" : "video file not found");
        }
        this.file = file;
        this.name = ImageFolderSource.stripExtension(file.getFileName().toString());
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        FfmpegLog.install();
        FfmpegLog.drain();
        try {
            g.start();
        } catch (Exception e) {
            closeQuietly(g);
            List<String> log = FfmpegLog.drain();
            throw UserError.inFile(file, "cannot open video (" + (log.isEmpty() ? e.getMessage() : String.join("; ", log))
                    + "); the file may be truncated or not a video", e);
        }
        if (g.getImageWidth() <= 0 || g.getImageHeight() <= 0) {
            closeQuietly(g);
            throw UserError.inFile(file, "has no video stream");
        }
        this.grabber = g;
        this.fps = g.getFrameRate() > 0 ? g.getFrameRate() : Double.NaN;
        this.declaredFrames = Math.max(0, g.getLengthInVideoFrames());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double fps() {
        return fps;
    }

    @Override
    public OptionalInt frameCount() {
        return declaredFrames > 0 ? OptionalInt.of(declaredFrames) : OptionalInt.empty();
    }

    /** Frame width in pixels, as the container declares it. */
    public int width() {
        return grabber.getImageWidth();
    }

    /** Frame height in pixels, as the container declares it. */
    public int height() {
        return grabber.getImageHeight();
    }

    @Override
    public String identity() {
        return FileFingerprint.of(List.of(file));
    }

    @Override
    public void onDamagedFrames(DamagedFrames policy) {
        this.damage = policy;
    }

    @Override
    public Iterator<VideoFrame> iterator() {
        if (iterated) {
            throw new IllegalStateException(file + ": a video file can be iterated only once; open it again");
        }
        iterated = true;
        return new Iterator<>() {
            private VideoFrame pending;
            private int index;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = grab();
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public VideoFrame next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                VideoFrame f = pending;
                pending = null;
                return f;
            }

            private VideoFrame grab() {
                Frame frame;
                try {
                    frame = grabber.grabImage();
                } catch (Exception e) {
                    throw UserError.inFile(file, "cannot decode frame " + index + " (" + e.getMessage()
                            + "); the file may be truncated or corrupt", e);
                }
                List<String> log = FfmpegLog.drain();
                if (!log.isEmpty()) {
                    damage.report(file, "FFmpeg could not decode part of the video at frame " + index + " ("
                            + String.join("; ", log) + "); frames are missing or damaged");
                }
                if (frame == null || frame.image == null) {
                    if (declaredFrames > 0 && index < declaredFrames * (1 - TRUNCATION_TOLERANCE) - 1) {
                        damage.report(file, "video ends after " + index + " of " + declaredFrames
                                + " declared frames; the file is truncated");
                    }
                    return null;
                }
                BufferedImage img = toImage(frame);
                int i = index++;
                return new VideoFrame(i, String.format("%05d", i), img);
            }
        };
    }

    /**
     * Copies a BGR24 frame row by row into a new image. Done by hand rather than with JavaCV's
     * Java2DFrameConverter, which assumes rows without padding and fails on widths whose rows FFmpeg pads
     * (e.g. 34 px × 3 bytes in a wider aligned stride); the decoder also reuses its buffer, so a copy is needed anyway.
     */
    private BufferedImage toImage(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        // The grabber converts to BGR24 (3 bytes per pixel); JavaCV derives imageChannels from the padded stride,
        // so it can read 5 for a 34 px wide frame: trust the pixel format and the stride instead.
        if (!(frame.image[0] instanceof ByteBuffer buf) || frame.imageStride < 3 * w) {
            throw UserError.inFile(file, "decoder returned an unexpected pixel layout (stride " + frame.imageStride
                    + " for width " + w + ")");
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            buf.get(y * frame.imageStride, dst, y * w * 3, w * 3);
        }
        return img;
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (Exception e) {
            // Closing a decoder that failed to start has nothing left to release.
        }
    }
}
