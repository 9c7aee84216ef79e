package org.srnet.data.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.srnet.image.RgbImage;

/**
 * One video of the synthetic benchmark: every frame of a {@link Scene}, with DAVIS label maps.
 *
 * <p>Everything is a function of the seed and the {@link WorldSplit}. Ground truth is the visible part of each
 * object at the frame's central instant; object labels are 1..N in order of first appearance, except that the
 * highest label goes to an object visible in the first frame, because the DAVIS unsupervised evaluation takes the
 * number of objects from the first frame's largest label.
 */
public final class SyntheticVideo {
    private final int width;
    private final int height;
    private final List<RgbImage> frames;
    private final List<byte[]> labels;
    private final List<ShapeFamily> objectFamilies;
    private final float jpegQuality;

    private SyntheticVideo(int width, int height, List<RgbImage> frames, List<byte[]> labels,
            List<ShapeFamily> objectFamilies, float jpegQuality) {
        this.width = width;
        this.height = height;
        this.frames = frames;
        this.labels = labels;
        this.objectFamilies = objectFamilies;
        this.jpegQuality = jpegQuality;
    }

    /** Frame width in pixels. */
    public int width() {
        return width;
    }

    /** Frame height in pixels. */
    public int height() {
        return height;
    }

    /** The frames (noise added, before JPEG compression). */
    public List<RgbImage> frames() {
        return frames;
    }

    /** Per frame, the row-major label map: 0 background, k = object k. */
    public List<byte[]> labels() {
        return labels;
    }

    /** The family (category) of object k at index k − 1. */
    public List<ShapeFamily> objectFamilies() {
        return objectFamilies;
    }

    /** The JPEG quality the frames should be written with (compression noise varies per video). */
    public float jpegQuality() {
        return jpegQuality;
    }

    /** Renders a video of the training families. */
    public static SyntheticVideo render(int width, int height, int frameCount, long seed) {
        return render(width, height, frameCount, seed, WorldSplit.TRAINING);
    }

    /** Renders a video of {@code frameCount} frames of {@code width×height} from {@code seed} and the families of {@code split}. */
    public static SyntheticVideo render(int width, int height, int frameCount, long seed, WorldSplit split) {
        Scene scene = new Scene(width, height, frameCount, seed, split);
        List<RgbImage> frames = new ArrayList<>();
        int[][] objectAt = new int[frameCount][];
        for (int f = 0; f < frameCount; f++) {
            Scene.Frame frame = scene.render(f);
            frames.add(frame.image());
            objectAt[f] = frame.objectAt();
        }
        List<ShapeFamily> families = new ArrayList<>();
        for (int i = 0; i < scene.objectCount(); i++) {
            families.add(scene.family(i));
        }
        return withLabels(width, height, frames, objectAt, families, scene.jpegQuality());
    }

    /** Maps object indices to DAVIS labels (order of first appearance, highest label visible in frame 0). */
    private static SyntheticVideo withLabels(int width, int height, List<RgbImage> frames, int[][] objectAt,
            List<ShapeFamily> objectFamily, float quality) {
        int n = objectFamily.size();
        int[] firstSeen = new int[n];
        Arrays.fill(firstSeen, Integer.MAX_VALUE);
        for (int f = objectAt.length - 1; f >= 0; f--) {
            for (int v : objectAt[f]) {
                if (v > 0) {
                    firstSeen[v - 1] = f;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (firstSeen[i] != Integer.MAX_VALUE) {
                order.add(i);
            }
        }
        order.sort((a, b) -> firstSeen[a] != firstSeen[b] ? Integer.compare(firstSeen[a], firstSeen[b]) : Integer.compare(a, b));
        int lastInFirstFrame = -1;
        for (int i = 0; i < order.size(); i++) {
            if (firstSeen[order.get(i)] == 0) {
                lastInFirstFrame = i;
            }
        }
        if (lastInFirstFrame >= 0) {
            order.add(order.remove(lastInFirstFrame));
        }
        int[] labelOf = new int[n + 1];
        List<ShapeFamily> families = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            labelOf[order.get(k) + 1] = k + 1;
            families.add(objectFamily.get(order.get(k)));
        }
        List<byte[]> labels = new ArrayList<>();
        for (int[] at : objectAt) {
            byte[] l = new byte[at.length];
            for (int p = 0; p < at.length; p++) {
                l[p] = (byte) labelOf[at[p]];
            }
            labels.add(l);
        }
        return new SyntheticVideo(width, height, frames, labels, families, quality);
    }
}
