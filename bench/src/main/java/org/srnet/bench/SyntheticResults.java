package org.srnet.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.srnet.mask.Rle;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;

/**
 * Frame results without a network, for measuring what consumes them (the writers): {@value #TRACKS} tracks, each
 * visible in one stretch of {@value #STRETCH} frames out of four, so {@value #TRACKS}/4 per frame; a box mask of an
 * eighth of the frame's width and a sixth of its height moving across the frame; a score and 40 class probabilities
 * that vary from frame to frame; every track whose ID is a multiple of 7 never confirmed, and every other one
 * tentative in the first frame of each stretch. The set of track IDs is fixed, so what a writer keeps per track is
 * the same at frame 1,000 and at frame 10,000. Frame {@code f} depends only on {@code f} and the size.
 */
public final class SyntheticResults {
    static final int TRACKS = 28;
    static final int STRETCH = 40;
    static final int CLASSES = 40;

    private final int width;
    private final int height;
    private final int boxWidth;
    private final int boxHeight;
    private final byte[] box;

    /** Results for frames of {@code width×height} pixels. */
    public SyntheticResults(int width, int height) {
        if (width < 16 || height < 12) {
            throw new IllegalArgumentException("frame must be at least 16×12, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.boxWidth = width / 8;
        this.boxHeight = height / 6;
        this.box = new byte[boxWidth * boxHeight];
        Arrays.fill(box, (byte) 1);
    }

    /** The result of frame {@code f}, named {@code %05d}. */
    public FrameResult frame(int f) {
        List<SegmentedInstance> instances = new ArrayList<>(TRACKS / 4);
        for (int id = 1; id <= TRACKS; id++) {
            if ((f / STRETCH + id) % 4 != 0) {
                continue;
            }
            int x0 = Math.floorMod(id * 37 + f * 3, width - boxWidth);
            int y0 = Math.floorMod(id * 53 + f, height - boxHeight);
            Rle mask = Rle.encodeWindow(box, x0, y0, boxWidth, boxHeight, height, width);
            float[] probs = new float[CLASSES];
            Arrays.fill(probs, (float) (noise(id, f, 1) * 0.4 / CLASSES));
            probs[id % CLASSES] = (float) (0.5 + 0.4 * noise(id, f, 2));
            boolean tentative = id % 7 == 0 || f % STRETCH == 0;
            instances.add(new SegmentedInstance(id, mask, id % CLASSES + 1, 0.2 + 0.7 * noise(id, f, 3), probs, tentative));
        }
        return new FrameResult(f, String.format("%05d", f), width, height, instances);
    }

    /** A number in [0, 1) that looks random and depends only on its arguments. */
    private static double noise(int id, int f, int salt) {
        double x = Math.sin(id * 12.9898 + f * 78.233 + salt * 37.719) * 43758.5453;
        return x - Math.floor(x);
    }
}
