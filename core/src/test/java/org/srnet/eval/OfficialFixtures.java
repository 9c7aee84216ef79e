package org.srnet.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.srnet.data.YtvisTrack;
import org.srnet.data.YtvisVideo;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.mask.Rle;

/**
 * Deterministic fixtures full of the official tools' corner cases. The numbers pinned in
 * {@link OfficialFixtureTest} were produced by running the official evaluation code on exactly these files.
 */
final class OfficialFixtures {
    private OfficialFixtures() {}

    static final String[] DAVIS_SEQUENCES = {"seqA", "seqB", "seqC", "seqD", "seqE", "seqF", "seqG"};

    /**
     * Writes a DAVIS root and a results folder: odd frame sizes (400×300 has an exactly integral tolerance),
     * T = 13, 19, 24 (decay bin edges), 1 and 50 frames, void patches, a void half-frame, objects missing from
     * later frames, a label above N appearing later, fewer proposals than objects, an all-background prediction,
     * tied spurious proposals, and an object along the right border.
     */
    static void writeDavis(Path root, Path res, long seed) throws IOException {
        Random rnd = new Random(seed);
        int[][] dims = {{160, 90, 13}, {400, 300, 19}, {57, 33, 24}, {120, 90, 7}, {64, 48, 1}, {100, 80, 14},
            {96, 72, 50}};
        Files.createDirectories(root.resolve("ImageSets/2017"));
        Files.writeString(root.resolve("ImageSets/2017/val.txt"), String.join("\n", DAVIS_SEQUENCES) + "\n");
        for (int s = 0; s < DAVIS_SEQUENCES.length; s++) {
            String name = DAVIS_SEQUENCES[s];
            int w = dims[s][0];
            int h = dims[s][1];
            int frames = dims[s][2];
            int n = 1 + rnd.nextInt(4);
            double[][] obj = new double[n + 2][];
            for (int k = 0; k < n + 2; k++) {
                obj[k] = new double[] {w * rnd.nextDouble(), h * rnd.nextDouble(), 3 + w * 0.3 * rnd.nextDouble(),
                    3 + h * 0.3 * rnd.nextDouble(), rnd.nextDouble() * 6 - 3, rnd.nextDouble() * 4 - 2};
            }
            int[] perm = new int[20];
            for (int p = 0; p < 20; p++) {
                perm[p] = 1 + rnd.nextInt(20);
            }
            Path jpg = root.resolve("JPEGImages/480p").resolve(name);
            Files.createDirectories(jpg);
            for (int t = 0; t < frames; t++) {
                String id = String.format("%05d", t);
                Files.writeString(jpg.resolve(id + ".jpg"), "");
                byte[] g = new byte[w * h];
                for (int k = 0; k < n; k++) {
                    if (t > 0 && k < n - 1 && rnd.nextInt(5) == 0) {
                        continue;
                    }
                    ellipse(rnd, g, w, h, obj[k][0] + obj[k][4] * t, obj[k][1] + obj[k][5] * t, obj[k][2], obj[k][3],
                            k + 1, s % 2 == 0 ? 0.02 : 0);
                }
                if (t > 2 && s == 1) {
                    ellipse(rnd, g, w, h, obj[n][0], obj[n][1], obj[n][2], obj[n][3], n + 1, 0);
                }
                if (s == 5 && t == 3) {
                    rect(g, w, h, 0, 0, w, h / 2, 255);
                }
                if (s != 4) {
                    rect(g, w, h, rnd.nextInt(w), rnd.nextInt(h), rnd.nextInt(w), rnd.nextInt(h), 255);
                }
                if (s == 6) {
                    rect(g, w, h, w - 10, 0, w, h, 1);
                }
                PalettePng.write(root.resolve("Annotations_unsupervised/480p").resolve(name).resolve(id + ".png"),
                        new LabelMap(w, h, g));
                byte[] p = new byte[w * h];
                if (s != 3) {
                    int proposals = s == 1 ? 1 : 2 + rnd.nextInt(3);
                    for (int k = 0; k < Math.min(proposals, n); k++) {
                        double j = rnd.nextDouble() * 4;
                        ellipse(rnd, p, w, h, obj[k][0] + obj[k][4] * t + j, obj[k][1] + obj[k][5] * t - j,
                                obj[k][2] * (0.8 + 0.4 * rnd.nextDouble()), obj[k][3], perm[k], 0.03);
                    }
                    if ((s == 2 || s == 6) && t % 3 == 0) {
                        rect(p, w, h, 0, h - 2, 2, h, 19);
                        rect(p, w, h, w - 2, h - 2, w, h, 20);
                    }
                    if (rnd.nextInt(3) == 0) {
                        rect(p, w, h, rnd.nextInt(w), rnd.nextInt(h), rnd.nextInt(w), rnd.nextInt(h),
                                perm[Math.min(n + 1, 19)]);
                    }
                }
                PalettePng.write(res.resolve(name).resolve(id + ".png"), new LabelMap(w, h, p));
            }
        }
    }

    /**
     * Returns a YouTube-VIS case: crowd tracks, average areas of exactly 16384 and 65536 (both ranges), zero
     * areas that do not count, a ground-truth id of 0, scores with many ties, results shorter than their video,
     * and one (video, category) with 110 detections.
     */
    static SyntheticCases.Ytvis ytvis(long seed, int videos, int frames) {
        SyntheticCases.Ytvis c = SyntheticCases.ytvis(videos, frames, 640, 360, 3, 12, 5, seed);
        Random rnd = new Random(seed);
        List<YtvisVideo> vids = new ArrayList<>();
        int n = 0;
        for (YtvisVideo v : c.videos()) {
            List<YtvisTrack> ts = new ArrayList<>();
            for (YtvisTrack t : v.tracks()) {
                List<Double> areas = new ArrayList<>(t.areas());
                int r = rnd.nextInt(8);
                for (int i = 0; i < areas.size(); i++) {
                    if (areas.get(i) == null) {
                        continue;
                    }
                    if (r == 0) {
                        areas.set(i, 16384.0);
                    } else if (r == 1) {
                        areas.set(i, 65536.0);
                    } else if (r == 2 && i % 2 == 0) {
                        areas.set(i, 0.0);
                    }
                }
                int id = n++ == 5 ? 0 : t.id();
                ts.add(new YtvisTrack(id, t.categoryId(), t.crowd() || rnd.nextInt(12) == 0, t.segmentations(), areas));
            }
            vids.add(new YtvisVideo(v.id(), v.name(), v.width(), v.height(), v.frames(), ts));
        }
        List<YtvisDetection> dets = new ArrayList<>();
        int k = 0;
        for (YtvisDetection d : c.detections()) {
            double score = Math.round(d.score() * 10) / 10.0;
            List<Rle> segs = d.segmentations();
            if (k++ % 17 == 3) {
                segs = segs.subList(0, segs.size() - 2);
            }
            dets.add(new YtvisDetection(d.videoId(), d.categoryId(), score, segs));
        }
        YtvisTrack t0 = vids.get(0).tracks().get(0);
        for (int i = 0; i < 110; i++) {
            dets.add(new YtvisDetection(1, t0.categoryId(), Math.round(rnd.nextDouble() * 20) / 20.0, t0.segmentations()));
        }
        return new SyntheticCases.Ytvis(vids, dets, c.categories());
    }

    private static void ellipse(Random rnd, byte[] m, int w, int h, double cx, double cy, double rx, double ry, int label,
            double noise) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x + 0.5 - cx) / rx;
                double dy = (y + 0.5 - cy) / ry;
                if (dx * dx + dy * dy < 1 && rnd.nextDouble() >= noise) {
                    m[y * w + x] = (byte) label;
                }
            }
        }
    }

    private static void rect(byte[] m, int w, int h, int x0, int y0, int x1, int y1, int label) {
        for (int y = Math.max(0, y0); y < Math.min(h, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(w, x1); x++) {
                m[y * w + x] = (byte) label;
            }
        }
    }
}
