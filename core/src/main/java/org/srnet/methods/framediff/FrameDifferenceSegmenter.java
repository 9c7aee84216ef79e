package org.srnet.methods.framediff;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.srnet.UserError;
import org.srnet.mask.Rle;
import org.srnet.method.OnlineSegmenter;
import org.srnet.method.StageTimes;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.video.VideoFrame;

/**
 * One video through the frame-difference baseline ({@link FrameDifferenceOptions} says how). Its state is the cell
 * colours of the last {@code history} frames (the background is their median) and the previous frame's objects, so
 * it does not grow with the video; the first frame has no background, so no objects.
 */
final class FrameDifferenceSegmenter implements OnlineSegmenter {
    private static final float[] NO_CLASSES = new float[0];

    private final FrameDifferenceOptions options;
    private int width;
    private int height;
    private int cols;
    private int rows;
    /** The cell colours of the last frames, oldest overwritten first; {@code stored} of them are filled. */
    private float[][] recent;
    private int stored;
    private int nextSlot;
    private List<Tracked> previous = List.of();
    private int nextTrackId = 1;
    private StageTimes lastTimes = new StageTimes(0, 0, 0);

    /** An object of one frame: its cells, its track and its score. */
    private record Tracked(int trackId, BitSet cells, int area, double score) {}

    FrameDifferenceSegmenter(FrameDifferenceOptions options) {
        this.options = options;
    }

    @Override
    public FrameResult next(VideoFrame frame) {
        long t0 = System.nanoTime();
        BufferedImage image = frame.image();
        if (recent == null) {
            recent = new float[options.history()][];
            width = image.getWidth();
            height = image.getHeight();
            cols = (width + options.cellSize() - 1) / options.cellSize();
            rows = (height + options.cellSize() - 1) / options.cellSize();
        } else if (image.getWidth() != width || image.getHeight() != height) {
            throw new UserError("frame " + frame.index() + " is " + image.getWidth() + "×" + image.getHeight()
                    + " but the video's frames are " + width + "×" + height);
        }
        float[] means = cellMeans(image);
        long t1 = System.nanoTime();

        float[] difference = new float[cols * rows];
        if (stored > 0) {
            float[] background = median();
            for (int c = 0; c < difference.length; c++) {
                float d = 0;
                for (int k = 0; k < 3; k++) {
                    d = Math.max(d, Math.abs(means[3 * c + k] - background[3 * c + k]) / 255f);
                }
                difference[c] = d;
            }
        }
        recent[nextSlot] = means;
        nextSlot = (nextSlot + 1) % recent.length;
        stored = Math.min(stored + 1, recent.length);
        long t2 = System.nanoTime();

        List<Tracked> objects = track(components(difference), difference);
        List<SegmentedInstance> instances = new ArrayList<>(objects.size());
        for (Tracked o : objects) {
            instances.add(new SegmentedInstance(o.trackId(), mask(o.cells()), 0, o.score(), NO_CLASSES, false));
        }
        previous = objects;
        long t3 = System.nanoTime();
        lastTimes = new StageTimes((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        return new FrameResult(frame.index(), frame.name(), width, height, instances);
    }

    /** The mean colour of every cell, three floats (R, G, B in 0..255) a cell, row-major. */
    private float[] cellMeans(BufferedImage image) {
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        float[] sums = new float[3 * cols * rows];
        int[] counts = new int[cols * rows];
        int s = options.cellSize();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                int c = (y / s) * cols + x / s;
                sums[3 * c] += (p >> 16) & 0xff;
                sums[3 * c + 1] += (p >> 8) & 0xff;
                sums[3 * c + 2] += p & 0xff;
                counts[c]++;
            }
        }
        for (int c = 0; c < counts.length; c++) {
            for (int k = 0; k < 3; k++) {
                sums[3 * c + k] /= counts[c];
            }
        }
        return sums;
    }

    /** The background: the median of each cell channel over the stored frames (the upper one of an even count). */
    private float[] median() {
        float[] out = new float[recent[0].length];
        float[] values = new float[stored];
        for (int i = 0; i < out.length; i++) {
            for (int f = 0; f < stored; f++) {
                values[f] = recent[f][i];
            }
            Arrays.sort(values);
            out[i] = values[stored / 2];
        }
        return out;
    }

    /** The 4-connected components of the foreground cells with at least minCells cells, the largest first. */
    private List<BitSet> components(float[] difference) {
        boolean[] seen = new boolean[difference.length];
        int[] queue = new int[difference.length];
        List<BitSet> found = new ArrayList<>();
        for (int start = 0; start < difference.length; start++) {
            if (seen[start] || difference[start] <= options.threshold()) {
                continue;
            }
            BitSet cells = new BitSet(difference.length);
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            while (head < tail) {
                int c = queue[head++];
                cells.set(c);
                int x = c % cols;
                int y = c / cols;
                int[] neighbours = {x > 0 ? c - 1 : -1, x < cols - 1 ? c + 1 : -1, y > 0 ? c - cols : -1,
                    y < rows - 1 ? c + cols : -1};
                for (int n : neighbours) {
                    if (n >= 0 && !seen[n] && difference[n] > options.threshold()) {
                        seen[n] = true;
                        queue[tail++] = n;
                    }
                }
            }
            if (cells.cardinality() >= options.minCells()) {
                found.add(cells);
            }
        }
        found.sort(Comparator.comparingInt((BitSet b) -> b.cardinality()).reversed().thenComparingInt(b -> b.nextSetBit(0)));
        return found.subList(0, Math.min(found.size(), options.maxInstances()));
    }

    /**
     * Gives each object a track: pairs of (object, previous object) are taken greedily in descending IoU, each side
     * at most once, down to minIou; an object left over starts a new track (IDs are never reused).
     */
    private List<Tracked> track(List<BitSet> objects, float[] difference) {
        record Pair(int object, int before, double iou) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            for (int j = 0; j < previous.size(); j++) {
                BitSet both = (BitSet) objects.get(i).clone();
                both.and(previous.get(j).cells());
                int intersection = both.cardinality();
                double iou = intersection / (double) (objects.get(i).cardinality() + previous.get(j).area() - intersection);
                if (intersection > 0 && iou >= options.minIou()) {
                    pairs.add(new Pair(i, j, iou));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::iou).reversed().thenComparingInt(Pair::object));
        int[] trackOf = new int[objects.size()];
        boolean[] taken = new boolean[previous.size()];
        for (Pair p : pairs) {
            if (trackOf[p.object()] == 0 && !taken[p.before()]) {
                trackOf[p.object()] = previous.get(p.before()).trackId();
                taken[p.before()] = true;
            }
        }
        List<Tracked> out = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            int id = trackOf[i] != 0 ? trackOf[i] : nextTrackId++;
            BitSet cells = objects.get(i);
            out.add(new Tracked(id, cells, cells.cardinality(), score(cells, difference)));
        }
        return out;
    }

    /** How clearly the object stands out: its cells' mean difference over four times the threshold, at most 1. */
    private double score(BitSet cells, float[] difference) {
        double sum = 0;
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            sum += Math.min(1.0, difference[c] / (4 * options.threshold()));
        }
        return sum / cells.cardinality();
    }

    /** The object's mask at the frame's size: every pixel of its cells. */
    private Rle mask(BitSet cells) {
        byte[] mask = new byte[width * height];
        int s = options.cellSize();
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            int x0 = (c % cols) * s;
            int y0 = (c / cols) * s;
            for (int y = y0; y < Math.min(height, y0 + s); y++) {
                Arrays.fill(mask, y * width + x0, y * width + Math.min(width, x0 + s), (byte) 1);
            }
        }
        return Rle.encode(mask, height, width);
    }

    @Override
    public StageTimes lastStageTimes() {
        return lastTimes;
    }

    @Override
    public void close() {
        recent = null;
        previous = List.of();
    }
}
