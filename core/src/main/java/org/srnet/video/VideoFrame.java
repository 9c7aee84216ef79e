package org.srnet.video;

import java.awt.image.BufferedImage;

/**
 * One decoded frame of a video.
 *
 * @param index 0-based position in its video
 * @param name  the frame's name without extension ("00005" for {@code 00005.jpg}; the zero-padded index for a
 *              video file), used to name output files
 * @param image the pixels (owned by the caller: sources never reuse a returned image)
 */
public record VideoFrame(int index, String name, BufferedImage image) {

    public VideoFrame {
        if (index < 0) {
            throw new IllegalArgumentException("VideoFrame: index must be >= 0, got " + index);
        }
        if (name == null || name.isEmpty() || image == null) {
            throw new IllegalArgumentException("VideoFrame: name and image are required");
        }
    }
}
