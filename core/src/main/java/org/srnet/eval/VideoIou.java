package org.srnet.eval;

import java.util.List;

import org.srnet.mask.Rle;

/**
 * The YouTube-VIS video IoU of a detection and a ground-truth track (the official {@code iou_seq}): intersections
 * and unions are summed over frames and divided once.
 *
 * <p>Frames are walked as Python's {@code zip} does, so the shorter list decides how many frames count. A frame
 * where only one side has a mask adds that mask's area to the union; where both are absent it adds nothing. A
 * frame where the two masks differ in size adds nothing at all (pycocotools' merge of differently sized RLEs is
 * empty). No frame with a union gives 0. Crowd tracks get no special treatment.
 */
public final class VideoIou {
    private VideoIou() {}

    /** Returns the video IoU of detection masks {@code d} and ground-truth masks {@code g} (nulls = absent). */
    public static double of(List<Rle> d, List<Rle> g) {
        double inter = 0;
        double union = 0;
        int n = Math.min(d.size(), g.size());
        for (int t = 0; t < n; t++) {
            Rle a = d.get(t);
            Rle b = g.get(t);
            if (a != null && b != null) {
                if (a.height() != b.height() || a.width() != b.width()) {
                    continue;
                }
                long i = Rle.intersection(a, b);
                inter += i;
                union += a.area() + b.area() - i;
            } else if (b != null) {
                union += b.area();
            } else if (a != null) {
                union += a.area();
            }
        }
        return union > 0 ? inter / union : 0;
    }
}
