package org.srnet.mask;

import java.util.Arrays;

/**
 * COCO run-length encoding of a binary mask, byte-compatible with the reference {@code pycocotools} encoding:
 * pixels are visited in column-major order (down each column, then the next column), counts alternate between
 * background and foreground runs and always start with a (possibly empty) background run.
 *
 * <p>Masks elsewhere in srnet are row-major {@code byte[]} (non-zero = foreground); this class converts.
 */
public record Rle(int height, int width, int[] counts) {

    public Rle {
        if (height < 0 || width < 0) {
            throw new IllegalArgumentException("negative mask size " + height + "×" + width);
        }
        long total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("negative run length " + c);
            }
            total += c;
        }
        if (total != (long) height * width) {
            throw new IllegalArgumentException("RLE runs sum to " + total + " but the mask has " + height + "×" + width
                    + " = " + ((long) height * width) + " pixels");
        }
    }

    /** Encodes a row-major {@code height×width} mask (non-zero = foreground). */
    public static Rle encode(byte[] mask, int height, int width) {
        if (mask.length != height * width) {
            throw new IllegalArgumentException("mask has " + mask.length + " pixels, expected " + height + "×" + width);
        }
        int[] runs = new int[16];
        int n = 0;
        int run = 0;
        boolean current = false;
        for (int x = 0; x < width; x++) {
            for (int y = 0, k = x; y < height; y++, k += width) {
                boolean fg = mask[k] != 0;
                if (fg != current) {
                    if (n == runs.length) {
                        runs = Arrays.copyOf(runs, n * 2);
                    }
                    runs[n++] = run;
                    run = 0;
                    current = fg;
                }
                run++;
            }
        }
        if (n == runs.length) {
            runs = Arrays.copyOf(runs, n + 1);
        }
        runs[n++] = run;
        return new Rle(height, width, Arrays.copyOf(runs, n));
    }

    /**
     * Encodes a {@code height×width} mask that is zero outside one window, given only the window: a row-major
     * {@code windowWidth×windowHeight} mask whose top-left pixel sits at ({@code x0}, {@code y0}). Equal to
     * {@link #encode} of the full mask, without building it or walking its empty columns pixel by pixel.
     */
    public static Rle encodeWindow(byte[] window, int x0, int y0, int windowWidth, int windowHeight, int height, int width) {
        if (window.length != windowWidth * windowHeight || x0 < 0 || y0 < 0 || x0 + windowWidth > width
                || y0 + windowHeight > height) {
            throw new IllegalArgumentException("window " + windowWidth + "×" + windowHeight + " at (" + x0 + ", " + y0
                    + ") with " + window.length + " pixels does not fit a " + height + "×" + width + " mask");
        }
        int[] runs = new int[16];
        int n = 0;
        long run = (long) x0 * height;
        boolean current = false;
        for (int x = 0; x < windowWidth; x++) {
            for (int yy = -y0; yy < height - y0; yy++) {
                boolean fg = yy >= 0 && yy < windowHeight && window[yy * windowWidth + x] != 0;
                if (fg != current) {
                    if (n == runs.length) {
                        runs = Arrays.copyOf(runs, n * 2);
                    }
                    runs[n++] = (int) run;
                    run = 0;
                    current = fg;
                }
                if (!fg && (yy < 0 || yy >= windowHeight)) {
                    // Outside the window: the rest of this stretch is background in one step.
                    int end = yy < 0 ? 0 : height - y0;
                    run += end - yy;
                    yy = end - 1;
                    continue;
                }
                run++;
            }
        }
        long trailing = (long) (width - x0 - windowWidth) * height;
        if (n + 2 > runs.length) {
            runs = Arrays.copyOf(runs, n + 2);
        }
        if (!current) {
            runs[n++] = (int) (run + trailing);
        } else {
            runs[n++] = (int) run;
            if (trailing > 0) {
                runs[n++] = (int) trailing;
            }
        }
        return new Rle(height, width, Arrays.copyOf(runs, n));
    }

    /** Decodes into a row-major {@code height×width} mask of 0/1. */
    public byte[] decode() {
        byte[] mask = new byte[height * width];
        long pos = 0;
        for (int r = 0; r < counts.length; r++) {
            int c = counts[r];
            if ((r & 1) == 1) {
                for (long p = pos; p < pos + c; p++) {
                    int x = (int) (p / height);
                    int y = (int) (p % height);
                    mask[y * width + x] = 1;
                }
            }
            pos += c;
        }
        return mask;
    }

    /** Number of foreground pixels. */
    public long area() {
        long a = 0;
        for (int r = 1; r < counts.length; r += 2) {
            a += counts[r];
        }
        return a;
    }

    /** Number of pixels that are foreground in both masks (same size required). */
    public static long intersection(Rle a, Rle b) {
        requireSameSize(a, b);
        int[] ca = a.counts;
        int[] cb = b.counts;
        int ia = 0;
        int ib = 0;
        long leftA = ca.length > 0 ? ca[0] : 0;
        long leftB = cb.length > 0 ? cb[0] : 0;
        long inter = 0;
        while (ia < ca.length && ib < cb.length) {
            long step = Math.min(leftA, leftB);
            if ((ia & 1) == 1 && (ib & 1) == 1) {
                inter += step;
            }
            leftA -= step;
            leftB -= step;
            while (leftA == 0 && ++ia < ca.length) {
                leftA = ca[ia];
            }
            while (leftB == 0 && ++ib < cb.length) {
                leftB = cb[ib];
            }
        }
        return inter;
    }

    /**
     * COCO's mask IoU. With {@code crowd} true, {@code gt} is a crowd region and the union is the detection's
     * area alone, as the reference {@code maskUtils.iou(dt, gt, iscrowd)} defines it. Two empty masks give 0.
     */
    public static double iou(Rle dt, Rle gt, boolean crowd) {
        long inter = intersection(dt, gt);
        long union = crowd ? dt.area() : dt.area() + gt.area() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** The compressed string form of the counts (the {@code "counts"} string of COCO JSON). */
    public String toCompressedString() {
        StringBuilder s = new StringBuilder(counts.length * 2);
        for (int i = 0; i < counts.length; i++) {
            long x = counts[i];
            if (i > 2) {
                x -= counts[i - 2];
            }
            boolean more = true;
            while (more) {
                long c = x & 0x1f;
                x >>= 5;
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more) {
                    c |= 0x20;
                }
                s.append((char) (c + 48));
            }
        }
        return s.toString();
    }

    /** Parses the compressed string form; throws IllegalArgumentException on a malformed string. */
    public static Rle fromCompressedString(String s, int height, int width) {
        int[] cnts = new int[Math.max(4, s.length())];
        int m = 0;
        int p = 0;
        while (p < s.length()) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= s.length()) {
                    throw new IllegalArgumentException("RLE string ends inside a number");
                }
                int c = s.charAt(p) - 48;
                if (c < 0 || c > 63) {
                    throw new IllegalArgumentException("RLE string has an invalid character '" + s.charAt(p) + "'");
                }
                if (k > 12) {
                    throw new IllegalArgumentException("RLE string has an over-long number");
                }
                x |= (long) (c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0) {
                    x |= -1L << (5 * k);
                }
            }
            if (m > 2) {
                x += cnts[m - 2];
            }
            if (x < 0 || x > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("RLE string decodes to an invalid run length " + x);
            }
            cnts[m++] = (int) x;
        }
        return new Rle(height, width, Arrays.copyOf(cnts, m));
    }

    private static void requireSameSize(Rle a, Rle b) {
        if (a.height != b.height || a.width != b.width) {
            throw new IllegalArgumentException("RLE sizes differ: " + a.height + "×" + a.width + " vs " + b.height + "×" + b.width);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rle r && r.height == height && r.width == width && Arrays.equals(r.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * height + width) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Rle[" + height + "×" + width + ", " + counts.length + " runs, area " + area() + "]";
    }
}
