package org.srnet.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.srnet.eval.DavisObjectRow;
import org.srnet.eval.DavisResult;
import org.srnet.eval.DavisStatistics;
import org.srnet.eval.IdentityCounts;
import org.srnet.eval.IdentityResult;
import org.srnet.eval.ObjectIdentity;
import org.srnet.eval.VideoIdentity;
import org.srnet.eval.YtvisParams;
import org.srnet.eval.YtvisResult;
import org.srnet.job.VideoSummary;
import org.srnet.mask.Rle;
import org.srnet.output.OverlayRenderer;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;

/** Small hand-made report inputs: boxes moving over a gradient, their overlays as JPEGs, and fixed metrics. */
final class ReportFixtures {
    static final int WIDTH = 720;
    static final int HEIGHT = 405;
    static final List<String> CATEGORIES = List.of("person", "<dog & \"cat\">", "a-very-long-category-name");

    private ReportFixtures() {}

    /**
     * A video of {@code frames} frames: track 1 (category 1) is alive in every frame; track 2 (category 2) in frames
     * 0–4 and 7 onwards (it is lost for two frames); track 3 (category 3) only in frame 5, when that exists.
     * Overlays are written under {@code dir/name/}.
     */
    static ReportVideo video(Path dir, String name, int frames, VideoSummary speed) throws IOException {
        Path folder = dir.resolve("overlays").resolve(sanitize(name));
        Files.createDirectories(folder);
        OverlayRenderer renderer = new OverlayRenderer(c -> CATEGORIES.get(c - 1));
        List<FrameResult> results = new ArrayList<>();
        List<Path> overlays = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            List<SegmentedInstance> instances = new ArrayList<>();
            instances.add(instance(1, 1, 40 + 10 * t, 60, 120, 160));
            if (t <= 4 || t >= 7) {
                instances.add(instance(2, 2, 420 - 8 * t, 200, 150, 110));
            }
            if (t == 5) {
                instances.add(instance(3, 3, 300, 40, 60, 60));
            }
            String frameName = String.format("%05d", t);
            FrameResult r = new FrameResult(t, frameName, WIDTH, HEIGHT, instances);
            results.add(r);
            Path jpg = folder.resolve(frameName + ".jpg");
            ImageIO.write(renderer.render(background(t), r), "jpg", jpg.toFile());
            overlays.add(jpg);
        }
        return new ReportVideo(name, overlays, results, speed);
    }

    static SegmentedInstance instance(int track, int category, int x, int y, int w, int h) {
        byte[] m = new byte[WIDTH * HEIGHT];
        for (int r = y; r < y + h; r++) {
            for (int c = x; c < x + w; c++) {
                m[r * WIDTH + c] = 1;
            }
        }
        float[] probs = new float[CATEGORIES.size()];
        probs[category - 1] = 0.9f;
        return new SegmentedInstance(track, Rle.encode(m, HEIGHT, WIDTH), category, 0.8, probs);
    }

    static BufferedImage background(int t) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(70, 90, 110), WIDTH, HEIGHT, new Color(190, 200 - t, 180)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return img;
    }

    /** DAVIS: J&F 0.71234, a NaN decay (shown as missing), two per-object rows. */
    static DavisResult davis() {
        Map<String, Double> global = new LinkedHashMap<>();
        global.put("J&F-Mean", 0.71234);
        global.put("J-Mean", 0.70001);
        global.put("J-Recall", 0.8);
        global.put("J-Decay", Double.NaN);
        global.put("F-Mean", 0.72467);
        global.put("F-Recall", 0.85);
        global.put("F-Decay", -0.0123);
        List<DavisObjectRow> rows = List.of(
                new DavisObjectRow("walk_1", "walk", 1, 1, new DavisStatistics(0.9, 1.0, 0.05),
                        new DavisStatistics(0.8, 0.75, 0.1)),
                new DavisObjectRow("walk_2", "walk", 3, 2, new DavisStatistics(0.25, 0.0, 0.0),
                        new DavisStatistics(0.375, 0.25, 0.5)));
        return new DavisResult(global, rows, List.of());
    }

    /**
     * YouTube-VIS: AP 0.4567, APs −1 (no small objects), per-category AP with one category without ground truth;
     * identity of one video: IDF1 2·36 / (40 + 45) = 0.847, IDP 0.8, IDR 0.9, 1 switch, 3 tracks for 2 objects,
     * 45 − 38 = 7 false instances in 20 frames.
     */
    static YtvisResult ytvis() {
        Map<String, Double> stats = new LinkedHashMap<>();
        double[] v = {0.4567, 0.65, 0.5, -1, 0.4, 0.55, 0.3, 0.5, 0.52, -1, 0.45, 0.6};
        for (int i = 0; i < v.length; i++) {
            stats.put(YtvisParams.STATS.get(i), v[i]);
        }
        Map<Integer, Double> perCategory = new LinkedHashMap<>();
        perCategory.put(1, 0.625);
        perCategory.put(2, 0.2875);
        perCategory.put(3, -1.0);
        IdentityCounts counts = new IdentityCounts(20, 2, 2, 3, 40, 45, 38, 1, 36);
        VideoIdentity walk = new VideoIdentity("walk", counts, List.of(new ObjectIdentity(1, 20, 20, List.of(1), 0),
                new ObjectIdentity(2, 20, 18, List.of(2, 3), 1)));
        return new YtvisResult(stats, perCategory, List.of(), IdentityResult.of(List.of(walk)));
    }

    static ReportContent content(List<ReportVideo> videos) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("preset", "cpu-small");
        card.put("iterations", 3000);
        card.put("training time", "41 min");
        card.put("val J&F", 0.6512345);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("machine", "2-core CPU");
        notes.put("command", "./srnet demo --out demo-out");
        return new ReportContent("SRNet demo", card, videos, davis(), ytvis(), CATEGORIES, notes);
    }

    private static String sanitize(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
