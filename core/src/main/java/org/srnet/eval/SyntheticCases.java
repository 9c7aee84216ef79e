package org.srnet.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.srnet.mask.LabelMap;
import org.srnet.mask.Rle;

/**
 * Deterministic synthetic evaluation inputs of a realistic size, for the benchmark: moving ellipses as ground
 * truth, shifted and resized ellipses as predictions. DAVIS frames are drawn when asked for, so a 30 × 70 frame
 * case at 854×480 needs no gigabytes; YouTube-VIS masks are built directly as RLE, column by column.
 */
public final class SyntheticCases {
    private SyntheticCases() {}

    /** An axis-aligned ellipse: centre and radii in pixels. */
    record Ellipse(double cx, double cy, double rx, double ry) {
        /** Returns the first and last row covered in column {@code x}, or null (pixel centres inside). */
        int[] column(int x, int height) {
            double dx = (x + 0.5 - cx) / rx;
            if (Math.abs(dx) >= 1) {
                return null;
            }
            double half = ry * Math.sqrt(1 - dx * dx);
            int y0 = Math.max(0, (int) Math.ceil(cy - half - 0.5));
            int y1 = Math.min(height - 1, (int) Math.floor(cy + half - 0.5));
            return y0 > y1 ? null : new int[] {y0, y1};
        }

        /** Paints {@code label} into a row-major map. */
        void paint(byte[] map, int height, int width, byte label) {
            int x0 = Math.max(0, (int) Math.floor(cx - rx));
            int x1 = Math.min(width - 1, (int) Math.ceil(cx + rx));
            for (int x = x0; x <= x1; x++) {
                int[] c = column(x, height);
                if (c != null) {
                    for (int y = c[0]; y <= c[1]; y++) {
                        map[y * width + x] = label;
                    }
                }
            }
        }

        /** Encodes the ellipse as an RLE of {@code height×width} without drawing it. */
        Rle rle(int height, int width) {
            int[] counts = new int[16];
            int n = 0;
            long end = 0;
            for (int x = 0; x < width; x++) {
                int[] c = column(x, height);
                if (c == null) {
                    continue;
                }
                long start = (long) x * height + c[0];
                long stop = (long) x * height + c[1] + 1;
                if (counts.length < n + 2) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                if (n > 0 && start == end) {
                    counts[n - 1] += (int) (stop - start);
                } else {
                    counts[n++] = (int) (start - end);
                    counts[n++] = (int) (stop - start);
                }
                end = stop;
            }
            counts = Arrays.copyOf(counts, n + 1);
            counts[n] = (int) ((long) height * width - end);
            return new Rle(height, width, counts);
        }
    }

    /**
     * Returns {@code sequences} DAVIS sequences of {@code frames} frames at {@code width×height}, each with
     * {@code objects} ground-truth objects (and a void patch) and {@code proposals} predicted ones.
     */
    public static List<DavisSequence> davis(int sequences, int frames, int width, int height, int objects,
            int proposals, long seed) {
        List<DavisSequence> out = new ArrayList<>();
        for (int s = 0; s < sequences; s++) {
            out.add(new SyntheticSequence("synthetic-" + s, frames, width, height, objects, proposals, seed + s));
        }
        return out;
    }

    /** A DAVIS sequence whose frames are drawn on demand from a few random motion parameters. */
    private record SyntheticSequence(String name, int frameCount, int width, int height, int objects, int proposals,
            long seed) implements DavisSequence {
        private Ellipse object(int k, int t, double jitter) {
            Random r = new Random(seed * 1000 + k);
            double cx = width * (0.2 + 0.6 * r.nextDouble());
            double cy = height * (0.25 + 0.5 * r.nextDouble());
            double vx = 4 * r.nextDouble() - 2;
            double vy = 2 * r.nextDouble() - 1;
            double rx = width * (0.05 + 0.06 * r.nextDouble());
            double ry = height * (0.08 + 0.1 * r.nextDouble());
            return new Ellipse(cx + vx * t + jitter, cy + vy * t - jitter / 2, rx + jitter, ry);
        }

        @Override
        public String frameId(int t) {
            return String.format("%05d", t);
        }

        @Override
        public LabelMap groundTruth(int t) {
            byte[] m = new byte[width * height];
            for (int k = 1; k <= objects; k++) {
                object(k, t, 0).paint(m, height, width, (byte) k);
            }
            // A void band along the top, as DAVIS annotations have around uncertain regions.
            Arrays.fill(m, 0, width * 3, (byte) 255);
            return new LabelMap(width, height, m);
        }

        @Override
        public LabelMap prediction(int t) {
            byte[] m = new byte[width * height];
            for (int p = 1; p <= proposals; p++) {
                // Proposals follow the objects in a shifted order, slightly off; extra ones are spurious blobs.
                int k = (p % objects) + 1;
                Ellipse e = p <= objects ? object(k, t, 3 + (t % 5)) : object(objects + p, t, 0);
                e.paint(m, height, width, (byte) p);
            }
            return new LabelMap(width, height, m);
        }
    }

    /** A YouTube-VIS case: ground-truth videos (with tracks) and detections, in results-file order. */
    public record Ytvis(List<org.srnet.data.YtvisVideo> videos, List<YtvisDetection> detections, int categories) {}

    /**
     * Returns {@code videos} videos of {@code frames} frames at {@code width×height} with {@code tracksPerVideo}
     * ground-truth tracks over {@code categories} categories, and {@code detsPerVideo} detections per video.
     */
    public static Ytvis ytvis(int videos, int frames, int width, int height, int tracksPerVideo, int detsPerVideo,
            int categories, long seed) {
        Random rnd = new Random(seed);
        List<org.srnet.data.YtvisVideo> vids = new ArrayList<>();
        List<YtvisDetection> dets = new ArrayList<>();
        int annId = 1;
        for (int v = 1; v <= videos; v++) {
            List<java.nio.file.Path> files = new ArrayList<>();
            for (int f = 0; f < frames; f++) {
                files.add(java.nio.file.Path.of("v" + v, String.format("%05d.jpg", f)));
            }
            List<org.srnet.data.YtvisTrack> tracks = new ArrayList<>();
            List<double[]> motions = new ArrayList<>();
            for (int k = 0; k < tracksPerVideo; k++) {
                double[] mo = {width * (0.2 + 0.6 * rnd.nextDouble()), height * (0.2 + 0.6 * rnd.nextDouble()),
                    4 * rnd.nextDouble() - 2, 2 * rnd.nextDouble() - 1, width * (0.03 + 0.15 * rnd.nextDouble()),
                    height * (0.05 + 0.25 * rnd.nextDouble()), rnd.nextInt(frames / 3)};
                motions.add(mo);
                int cat = 1 + rnd.nextInt(categories);
                List<Rle> segs = new ArrayList<>();
                List<Double> areas = new ArrayList<>();
                for (int f = 0; f < frames; f++) {
                    Rle r = f < mo[6] ? null : track(mo, f, 0).rle(height, width);
                    segs.add(r);
                    areas.add(r == null ? null : (double) r.area());
                }
                tracks.add(new org.srnet.data.YtvisTrack(annId++, cat, rnd.nextInt(50) == 0, segs, areas));
            }
            vids.add(new org.srnet.data.YtvisVideo(v, "v" + v, width, height, files, tracks));
            for (int d = 0; d < detsPerVideo; d++) {
                org.srnet.data.YtvisTrack target = tracks.get(d % tracks.size());
                double[] mo = motions.get(d % tracks.size());
                double jitter = d < tracks.size() ? 2 : 5 + 20 * rnd.nextDouble();
                int cat = d < 2 * tracks.size() ? target.categoryId() : 1 + rnd.nextInt(categories);
                List<Rle> segs = new ArrayList<>();
                for (int f = 0; f < frames; f++) {
                    segs.add(f < mo[6] - 1 ? null : track(mo, f, jitter).rle(height, width));
                }
                dets.add(new YtvisDetection(v, cat, Math.round(rnd.nextDouble() * 1000) / 1000.0, segs));
            }
        }
        return new Ytvis(vids, dets, categories);
    }

    private static Ellipse track(double[] mo, int f, double jitter) {
        return new Ellipse(mo[0] + mo[2] * f + jitter, mo[1] + mo[3] * f, mo[4] + jitter / 2, mo[5]);
    }
}
