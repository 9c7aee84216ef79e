package org.srnet.eval;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Scores one frame of a DAVIS sequence: J and F of every (proposal, ground-truth object) pair, from the two
 * label maps, in a few passes over byte arrays.
 *
 * <p>Equivalent to calling {@link RegionSimilarity#of} and {@link BoundaryMeasure#of} on every pair of
 * binary masks, without building them:
 * <ul>
 *   <li>J comes from one joint histogram of (ground-truth label, proposal label) over the non-void pixels;
 *   <li>the seg2bmap boundary of every label is collected in one pass over each label map: where a pixel and
 *       its right, lower and lower-right neighbours do not all agree, every non-zero label among them is on its
 *       own boundary there (its membership differs from at least one of the four);
 *   <li>each boundary is dilated once into a bit set (disk rows, consecutive boundary pixels merged into runs)
 *       and the other boundary's pixels are looked up in it.
 * </ul>
 * An instance holds scratch memory for one frame size and is not thread-safe; use one per thread.
 */
final class DavisFrameScorer {
    private static final int VOID = 255;

    /** Reads eight bytes of a label map as one long, to skip uniform runs a word at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int height;
    private final int width;
    private final int wordsPerRow;
    private final int radius;
    private final int[] half;

    private long[] hist = new long[0];
    /** Non-void pixels of every object and proposal label in the frame scored last (index = label). */
    private long[] areaG = new long[0];
    private long[] areaP = new long[0];
    private byte[] gtLabels = new byte[0];
    private byte[] predLabels = new byte[0];
    private final LabelBoundaries gtBounds = new LabelBoundaries();
    private final LabelBoundaries predBounds = new LabelBoundaries();
    private long[][] gtDilated = new long[0][];
    private long[][] predDilated = new long[0][];

    DavisFrameScorer(int height, int width) {
        this.height = height;
        this.width = width;
        this.wordsPerRow = (width + 63) >>> 6;
        this.radius = BoundaryMeasure.tolerance(height, width);
        this.half = BoundaryMeasure.diskHalfWidths(radius);
    }

    /**
     * Scores one frame into {@code j[p][g]} and {@code f[p][g]} for proposal label {@code p + 1} and object label
     * {@code g + 1}.
     *
     * @param gt raw ground-truth labels: 255 = void, labels above {@code objects} count as background
     * @param pred raw proposal labels, every one at most {@code proposals}
     * @param objects number of ground-truth objects N
     * @param proposals number of proposal rows to fill (labels 1..proposals; absent ones are empty masks)
     * @return the largest raw proposal label of the frame (also under void pixels); when it exceeds
     *     {@code proposals} nothing is scored
     */
    int score(byte[] gt, byte[] pred, int objects, int proposals, double[][] j, double[][] f) {
        int n = height * width;
        if (gt.length != n || pred.length != n) {
            throw new IllegalArgumentException("label maps have " + gt.length + " and " + pred.length
                    + " pixels, expected " + height + "×" + width);
        }
        if (gtLabels.length != n) {
            gtLabels = new byte[n];
            predLabels = new byte[n];
        }
        int cols = 256;
        if (hist.length < (objects + 1) * cols) {
            hist = new long[(objects + 1) * cols];
        } else {
            Arrays.fill(hist, 0, (objects + 1) * cols, 0L);
        }
        int maxPred = 0;
        // Void pixels are background in both masks for F and count for neither in J; GT labels above N are
        // dropped by the official loader (they behave as background, not void). Runs of eight equal pixels in
        // both maps are handled a word at a time.
        int i = 0;
        while (i < n) {
            if (i + 9 <= n) {
                long g0 = (long) LONGS.get(gt, i);
                long p0 = (long) LONGS.get(pred, i);
                if (g0 == (long) LONGS.get(gt, i + 1) && p0 == (long) LONGS.get(pred, i + 1)) {
                    int g = gt[i] & 0xff;
                    int p = pred[i] & 0xff;
                    maxPred = Math.max(maxPred, p);
                    if (g == VOID) {
                        LONGS.set(gtLabels, i, 0L);
                        LONGS.set(predLabels, i, 0L);
                    } else {
                        LONGS.set(gtLabels, i, g > objects ? 0L : g0);
                        LONGS.set(predLabels, i, p0);
                        hist[(g > objects ? 0 : g) * cols + p] += 8;
                    }
                    i += 8;
                    continue;
                }
            }
            int g = gt[i] & 0xff;
            int p = pred[i] & 0xff;
            maxPred = Math.max(maxPred, p);
            if (g == VOID) {
                gtLabels[i] = 0;
                predLabels[i] = 0;
            } else {
                if (g > objects) {
                    g = 0;
                }
                gtLabels[i] = (byte) g;
                predLabels[i] = (byte) p;
                hist[g * cols + p]++;
            }
            i++;
        }
        if (maxPred > proposals) {
            return maxPred;
        }
        areaG = new long[objects + 1];
        areaP = new long[proposals + 1];
        for (int g = 0; g <= objects; g++) {
            for (int p = 0; p <= proposals; p++) {
                long c = hist[g * cols + p];
                areaG[g] += c;
                areaP[p] += c;
            }
        }
        gtBounds.collect(gtLabels, height, width, objects);
        predBounds.collect(predLabels, height, width, proposals);
        if (gtDilated.length < objects + 1) {
            gtDilated = Arrays.copyOf(gtDilated, objects + 1);
        }
        if (predDilated.length < proposals + 1) {
            predDilated = Arrays.copyOf(predDilated, proposals + 1);
        }
        boolean anyPred = false;
        for (int p = 1; p <= proposals; p++) {
            anyPred |= predBounds.count[p] > 0;
        }
        boolean[] predDone = new boolean[proposals + 1];
        for (int g = 1; g <= objects; g++) {
            int nGt = gtBounds.count[g];
            if (nGt > 0 && anyPred) {
                gtDilated[g] = dilate(gtBounds, g, gtDilated[g]);
            }
            for (int p = 1; p <= proposals; p++) {
                long inter = hist[g * cols + p];
                j[p - 1][g - 1] = RegionSimilarity.fromCounts(inter, areaG[g] + areaP[p] - inter);
                int nFg = predBounds.count[p];
                if (nFg > 0 && nGt > 0) {
                    if (!predDone[p]) {
                        predDilated[p] = dilate(predBounds, p, predDilated[p]);
                        predDone[p] = true;
                    }
                    long fgMatch = covered(predBounds, p, gtDilated[g]);
                    long gtMatch = covered(gtBounds, g, predDilated[p]);
                    f[p - 1][g - 1] = BoundaryMeasure.fromCounts(fgMatch, nFg, gtMatch, nGt);
                } else {
                    f[p - 1][g - 1] = BoundaryMeasure.fromCounts(0, nFg, 0, nGt);
                }
            }
        }
        return maxPred;
    }

    /** Returns the non-void pixels of object label {@code g} in the frame scored last (for identity matching). */
    long objectArea(int g) {
        return areaG[g];
    }

    /** Returns the non-void pixels of proposal label {@code p} in the frame scored last. */
    long proposalArea(int p) {
        return areaP[p];
    }

    /** Dilates the boundary of {@code label} by the disk into a bit set (one bit per pixel, rows word-aligned). */
    private long[] dilate(LabelBoundaries b, int label, long[] bits) {
        if (bits == null) {
            bits = new long[height * wordsPerRow];
        } else {
            Arrays.fill(bits, 0L);
        }
        int[] px = b.pixels[label];
        int m = b.count[label];
        int k = 0;
        while (k < m) {
            // A run of consecutive boundary pixels on one row dilates to one span per disk row.
            int start = px[k];
            int y = start / width;
            int x0 = start - y * width;
            int x1 = x0;
            k++;
            while (k < m && px[k] == px[k - 1] + 1 && px[k] / width == y) {
                x1++;
                k++;
            }
            int yLo = Math.max(0, y - radius);
            int yHi = Math.min(height - 1, y + radius);
            for (int yy = yLo; yy <= yHi; yy++) {
                int h = half[Math.abs(yy - y)];
                setRange(bits, yy * wordsPerRow, Math.max(0, x0 - h), Math.min(width - 1, x1 + h));
            }
        }
        return bits;
    }

    /** Counts the boundary pixels of {@code label} whose bit is set in {@code bits}. */
    private long covered(LabelBoundaries b, int label, long[] bits) {
        int[] px = b.pixels[label];
        int m = b.count[label];
        long hits = 0;
        for (int k = 0; k < m; k++) {
            int y = px[k] / width;
            int x = px[k] - y * width;
            hits += (bits[y * wordsPerRow + (x >>> 6)] >>> (x & 63)) & 1L;
        }
        return hits;
    }

    /** Sets bits {@code lo..hi} (inclusive) of the row starting at word {@code base}. */
    private static void setRange(long[] bits, int base, int lo, int hi) {
        int w0 = lo >>> 6;
        int w1 = hi >>> 6;
        long first = -1L << (lo & 63);
        long last = -1L >>> (63 - (hi & 63));
        if (w0 == w1) {
            bits[base + w0] |= first & last;
            return;
        }
        bits[base + w0] |= first;
        for (int w = w0 + 1; w < w1; w++) {
            bits[base + w] = -1L;
        }
        bits[base + w1] |= last;
    }

    /** The seg2bmap boundary pixels of every label 1..maxLabel of one label map, in row-major order. */
    static final class LabelBoundaries {
        int[][] pixels = new int[0][];
        int[] count = new int[0];

        void collect(byte[] labels, int height, int width, int maxLabel) {
            if (pixels.length < maxLabel + 1) {
                pixels = Arrays.copyOf(pixels, maxLabel + 1);
                count = Arrays.copyOf(count, maxLabel + 1);
            }
            Arrays.fill(count, 0);
            for (int y = 0; y < height - 1; y++) {
                int row = y * width;
                int last = row + width - 1;
                for (int i = row; i < last; i++) {
                    // Eight uniform 2x2 windows at once: both rows hold one value over nine pixels.
                    while (i + 9 <= last + 1) {
                        long a0 = (long) LONGS.get(labels, i);
                        if (a0 != (long) LONGS.get(labels, i + 1) || a0 != (long) LONGS.get(labels, i + width)
                                || a0 != (long) LONGS.get(labels, i + width + 1)) {
                            break;
                        }
                        i += 8;
                    }
                    if (i >= last) {
                        break;
                    }
                    int a = labels[i] & 0xff;
                    int b = labels[i + 1] & 0xff;
                    int c = labels[i + width] & 0xff;
                    int d = labels[i + width + 1] & 0xff;
                    if (a == b && a == c && a == d) {
                        continue;
                    }
                    // Not all four agree, so every label among them differs from one of them somewhere.
                    add(a, i);
                    if (b != a) {
                        add(b, i);
                    }
                    if (c != a && c != b) {
                        add(c, i);
                    }
                    if (d != a && d != b && d != c) {
                        add(d, i);
                    }
                }
                // Last column: seg2bmap compares with the lower neighbour only.
                addIfDifferent(labels, last, last + width);
            }
            // Last row: only the right neighbour; the bottom-right pixel is never a boundary pixel.
            int row = (height - 1) * width;
            for (int i = row; i < row + width - 1; i++) {
                addIfDifferent(labels, i, i + 1);
            }
        }

        private void addIfDifferent(byte[] labels, int i, int neighbour) {
            int a = labels[i] & 0xff;
            int o = labels[neighbour] & 0xff;
            if (a != o) {
                add(a, i);
                add(o, i);
            }
        }

        private void add(int label, int pixel) {
            if (label == 0) {
                return;
            }
            int[] list = pixels[label];
            int n = count[label];
            if (list == null) {
                list = new int[256];
                pixels[label] = list;
            } else if (n == list.length) {
                list = Arrays.copyOf(list, n * 2);
                pixels[label] = list;
            }
            list[n] = pixel;
            count[label] = n + 1;
        }
    }
}
