package org.srnet.video;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Collects FFmpeg's error messages instead of printing them. FFmpeg skips a frame it cannot decode ("header
 * damaged", "concealing errors") and only logs it, so a damaged video decodes to fewer frames without any exception;
 * these messages are the only sign. FFmpeg's log is one process-wide hook, hence one collector for the process: a
 * decoder drains it after every frame and attributes what it finds to that frame; the overlay encoder, which runs
 * between two decoded frames, drains it after each frame it encodes, so its messages are never taken for damage
 * in the input (an encoder failure that matters throws).
 */
public final class FfmpegLog extends LogCallback {
    private static final FfmpegLog INSTANCE = new FfmpegLog();

    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private boolean installed;

    private FfmpegLog() {}

    /** Routes FFmpeg's errors to the collector (and nothing to the console); idempotent. */
    public static synchronized void install() {
        if (!INSTANCE.installed) {
            avutil.setLogCallback(INSTANCE);
            INSTANCE.installed = true;
        }
        // JavaCV and the encoder may lower or raise the level; errors are what marks damage, chatter below is noise
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    /** The error messages logged since the last call, oldest first. */
    public static List<String> drain() {
        List<String> out = new ArrayList<>();
        for (String m = INSTANCE.errors.poll(); m != null; m = INSTANCE.errors.poll()) {
            out.add(m);
        }
        return out;
    }

    @Override
    public void call(int level, BytePointer msg) {
        if (level <= avutil.AV_LOG_ERROR && msg != null) {
            // "[mpeg4 @ 0x7f22…] header damaged": the context's address means nothing to a user
            String m = msg.getString().replaceAll(" @ 0x[0-9a-fA-F]+\\]", "]").strip();
            if (!m.isEmpty()) {
                errors.add(m);
            }
        }
    }
}
