package org.srnet.methods.srnet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srnet.UserError;
import org.srnet.geometry.MassCentre;
import org.srnet.geometry.SpatialGrid;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.methods.srnet.infer.HeadMaps;
import org.srnet.methods.srnet.infer.Segmenter;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.video.DavisSources;
import org.srnet.video.VideoFrame;
import org.srnet.video.VideoSource;

/**
 * Does motion reach the tracking head? For every ground-truth object visible in two consecutive frames of a DAVIS
 * root, the tracking vector T read (bilinearly) at the object's mass centre in frame t, as the online segmenter
 * computes it, against the displacement to the object's centre in frame t−1 (Eq. 7's target), in grid units. A
 * head that learned nothing does no better than predicting zero, whose error is the displacement itself.
 */
public final class TrackingProbe {
    private TrackingProbe() {}

    /**
     * @param headError mean ‖T(c^t) − (S(c^{t−1}) − S(c^t))‖ over object pairs
     * @param zeroError the same for T = 0: the mean displacement
     * @param pairs the number of (object, frame) pairs measured
     */
    public record Result(double headError, double zeroError, int pairs) {
        /** How many times smaller the head's error is than the zero predictor's (≥ 2 means it tracks). */
        public double gain() {
            return zeroError / headError;
        }
    }

    /** Runs the model over the set's sequences; the annotations must be at the frame size. */
    public static Result measure(SrNetModel model, SegmenterOptions options, Path root, String set) {
        double head = 0;
        double zero = 0;
        int pairs = 0;
        for (VideoSource source : DavisSources.open(root, set)) {
            Map<Integer, double[]> before = Map.of();
            try (source; Segmenter segmenter = Segmenter.open(model, options)) {
                for (VideoFrame frame : source) {
                    segmenter.next(frame);
                    HeadMaps maps = segmenter.lastHeadMaps();
                    Path png = root.resolve("Annotations_unsupervised/480p").resolve(source.name()).resolve(frame.name() + ".png");
                    if (!Files.exists(png)) {
                        png = root.resolve("Annotations/480p").resolve(source.name()).resolve(frame.name() + ".png");
                    }
                    LabelMap labels = PalettePng.read(png);
                    if (labels.width() != frame.image().getWidth() || labels.height() != frame.image().getHeight()) {
                        throw UserError.inFile(png, "annotation size differs from its frame's");
                    }
                    // Head-map coordinates of frame pixels: the network sees the frame scaled to the valid region.
                    double sx = (double) maps.validWidth() / labels.width();
                    double sy = (double) maps.validHeight() / labels.height();
                    SpatialGrid grid = SpatialGrid.of(maps.width(), maps.height());
                    Map<Integer, double[]> now = centres(labels, sx, sy);
                    for (Map.Entry<Integer, double[]> e : now.entrySet()) {
                        double[] prev = before.get(e.getKey());
                        if (prev == null) {
                            continue;
                        }
                        double[] c = e.getValue();
                        double dx = grid.x(prev[0]) - grid.x(c[0]);
                        double dy = grid.y(prev[1]) - grid.y(c[1]);
                        double tx = bilinear(maps.tracking(), 0, maps.width(), maps.height(), c[0], c[1]);
                        double ty = bilinear(maps.tracking(), 1, maps.width(), maps.height(), c[0], c[1]);
                        head += Math.hypot(tx - dx, ty - dy);
                        zero += Math.hypot(dx, dy);
                        pairs++;
                    }
                    before = now;
                }
            }
        }
        if (pairs == 0) {
            throw UserError.inFile(root, "set '" + set + "' has no object visible in two consecutive frames");
        }
        return new Result(head / pairs, zero / pairs, pairs);
    }

    /** The mass centre of every object label in head-map coordinates (column, row of the pixel-centre grid). */
    private static Map<Integer, double[]> centres(LabelMap labels, double sx, double sy) {
        Map<Integer, double[]> centres = new HashMap<>();
        for (int label = 1; label <= labels.maxLabel(255); label++) {
            MassCentre c = MassCentre.of(labels.mask(label), labels.width(), labels.height());
            if (c != null) {
                centres.put(label, new double[] {(c.column() + 0.5) * sx - 0.5, (c.row() + 0.5) * sy - 0.5});
            }
        }
        return centres;
    }

    private static double bilinear(float[] map, int channel, int w, int h, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double v = 0;
        for (int dy = 0; dy <= 1; dy++) {
            for (int dx = 0; dx <= 1; dx++) {
                int xi = Math.min(w - 1, Math.max(0, x0 + dx));
                int yi = Math.min(h - 1, Math.max(0, y0 + dy));
                v += map[(channel * h + yi) * w + xi] * (dx == 1 ? fx : 1 - fx) * (dy == 1 ? fy : 1 - fy);
            }
        }
        return v;
    }

    /** The probe of the SRNet model in {@code modelDir}, with its own options, over several sets, for printing. */
    public static Map<String, Result> measure(Path modelDir, Path root, List<String> sets) {
        Map<String, Result> out = new java.util.LinkedHashMap<>();
        try (SrNetModel model = SrNetModel.load(modelDir)) {
            SegmenterOptions options = SegmenterOptions.forModel(model);
            for (String set : sets) {
                out.put(set, measure(model, options, root, set));
            }
        }
        return out;
    }
}
