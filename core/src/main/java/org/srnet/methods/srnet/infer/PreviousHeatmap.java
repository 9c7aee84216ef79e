package org.srnet.methods.srnet.infer;

import java.util.ArrayList;
import java.util.List;

import org.srnet.geometry.GaussianHeatmap;
import org.srnet.geometry.GaussianHeatmap.RadiusRule;

/**
 * Renders the instance heat map H(t−1) that frame t's tracking head receives (§3.1, §3.7): one CornerNet
 * Gaussian stamp per instance at its mass centre, its radius from the instance's bounding box by the chosen rule
 * (method notes §9: CenterTrack's rule with minimum overlap 0.7 by default), at head resolution, combined by
 * maximum. At t = 0 the map is all zeros (no stamps). Training renders its targets through the same
 * {@link #render} so that training and inference see the same H.
 */
public final class PreviousHeatmap {
    private PreviousHeatmap() {}

    /**
     * One stamp: a centre in (fractional) head pixels and the box it was measured from.
     *
     * @param column    centre column, head pixels (truncated to an integer when drawn, as CornerNet does)
     * @param row       centre row, head pixels
     * @param boxWidth  bounding-box width in head pixels (x1 − x0 + 1)
     * @param boxHeight bounding-box height in head pixels
     * @param peak      peak value k (1 normally; 0 draws nothing)
     */
    public record Stamp(double column, double row, double boxWidth, double boxHeight, double peak) {

        public Stamp {
            if (!(boxWidth >= 0) || !(boxHeight >= 0)) {
                throw new IllegalArgumentException("Stamp: box size must be >= 0, got " + boxWidth + "×" + boxHeight);
            }
        }

        /** The stamp of a clustered instance: mass centre, mask bounding box, peak 1. */
        public static Stamp of(Instance instance) {
            int[] b = instance.box();
            return new Stamp(instance.centreColumn(), instance.centreRow(), b[2] - b[0] + 1, b[3] - b[1] + 1, 1);
        }
    }

    /**
     * Draws every stamp into a new row-major {@code width×height} map.
     *
     * @param overlap the radius rule's minimum overlap (0.7 for CenterTrack's rule)
     */
    public static float[] render(List<Stamp> stamps, int width, int height, RadiusRule rule, double overlap) {
        float[] map = new float[width * height];
        for (Stamp s : stamps) {
            int r = GaussianHeatmap.stampRadius(rule, s.boxHeight(), s.boxWidth(), overlap);
            GaussianHeatmap.stamp(map, width, height, s.column(), s.row(), r, s.peak());
        }
        return map;
    }

    /** H for the next frame from this frame's tracked instances, with the options' radius rule. */
    public static float[] fromInstances(List<TrackedInstance> instances, int width, int height, InferenceOptions options) {
        List<Stamp> stamps = new ArrayList<>(instances.size());
        for (TrackedInstance t : instances) {
            stamps.add(Stamp.of(t.instance()));
        }
        return render(stamps, width, height, options.radiusRule(), options.minOverlap());
    }
}
