package org.srnet.eval;

import java.util.List;

import org.srnet.data.YtvisTrack;
import org.srnet.data.YtvisVideo;
import org.srnet.mask.Rle;

/**
 * The identity figures of one YouTube-VIS video: ground-truth tracks are the objects, and every results entry of
 * the video, whatever its score or category, is one predicted track (srnet writes one entry per track). A mask is
 * present in a frame when it is non-null and not empty; a frame beyond the end of an entry's list is absent; a
 * predicted mask of another size than the video's is present but overlaps nothing.
 */
final class YtvisIdentity {
    private YtvisIdentity() {}

    /** Evaluates {@code detections} (the video's results entries in file order) against {@code video}'s tracks. */
    static VideoIdentity of(YtvisVideo video, List<YtvisDetection> detections) {
        List<YtvisTrack> gt = video.tracks();
        int frames = video.frames().size();
        int g0 = gt.size();
        int d0 = detections.size();
        Extent[][] gtMasks = new Extent[g0][];
        for (int g = 0; g < g0; g++) {
            gtMasks[g] = extents(gt.get(g).segmentations(), frames, video);
        }
        Extent[][] dtMasks = new Extent[d0][];
        for (int d = 0; d < d0; d++) {
            dtMasks[d] = extents(detections.get(d).segmentations(), frames, video);
        }
        IdentityAccumulator acc = new IdentityAccumulator(g0, d0);
        boolean[] gtPresent = new boolean[g0];
        boolean[] dtPresent = new boolean[d0];
        for (int t = 0; t < frames; t++) {
            for (int g = 0; g < g0; g++) {
                gtPresent[g] = gtMasks[g][t] != null;
            }
            for (int d = 0; d < d0; d++) {
                dtPresent[d] = dtMasks[d][t] != null;
            }
            int frame = t;
            acc.frame(gtPresent, dtPresent, (g, d) -> Extent.iou(gtMasks[g][frame], dtMasks[d][frame]));
        }
        return acc.finish(video.name(), g -> gt.get(g).id(), d -> d);
    }

    /** Per frame, the present masks with what makes their IoU cheap; null where absent. */
    private static Extent[] extents(List<Rle> masks, int frames, YtvisVideo video) {
        Extent[] out = new Extent[frames];
        for (int t = 0; t < Math.min(frames, masks.size()); t++) {
            Rle r = masks.get(t);
            if (r != null) {
                out[t] = Extent.of(r, r.height() == video.height() && r.width() == video.width());
            }
        }
        return out;
    }

    /**
     * A non-empty mask with its area and bounding box. The box gives an upper bound on the intersection, so pairs
     * that cannot reach the match threshold need no run-by-run intersection.
     */
    record Extent(Rle mask, long area, int x0, int x1, int y0, int y1, boolean videoSized) {
        /** Returns the extent of {@code r}, or null when it is empty (which counts as absent). */
        static Extent of(Rle r, boolean videoSized) {
            int[] c = r.counts();
            int h = r.height();
            long area = 0;
            int x0 = Integer.MAX_VALUE;
            int x1 = -1;
            int y0 = Integer.MAX_VALUE;
            int y1 = -1;
            // (x, y) is the pixel at the start of run i; runs are column-major. Stepping it by subtraction
            // rather than dividing the position every run keeps this as cheap as summing the area.
            int x = 0;
            int y = 0;
            for (int i = 0; i < c.length; i++) {
                int len = c[i];
                if (len == 0) {
                    continue;
                }
                int ex = x;
                int ey = y + len - 1;
                if (ey >= 2 * h) {
                    ex += ey / h;
                    ey %= h;
                } else if (ey >= h) {
                    // Most runs end in their own column or the next one; no division for those.
                    ey -= h;
                    ex++;
                }
                if ((i & 1) == 1) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, ex);
                    // A run within one column covers rows y..ey of it; one across columns may cover any row.
                    y0 = Math.min(y0, ex == x ? y : 0);
                    y1 = Math.max(y1, ex == x ? ey : h - 1);
                    area += len;
                }
                x = ex;
                y = ey + 1;
                if (y == h) {
                    x++;
                    y = 0;
                }
            }
            return area == 0 ? null : new Extent(r, area, x0, x1, y0, y1, videoSized);
        }

        /** Returns the IoU of the two masks, or 0 when their boxes already show it is below the threshold. */
        static double iou(Extent a, Extent b) {
            if (!a.videoSized || !b.videoSized) {
                return 0;
            }
            long w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + 1L;
            long h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + 1L;
            if (w <= 0 || h <= 0) {
                return 0;
            }
            // IoU grows with the intersection, so the largest intersection the boxes and areas allow bounds it.
            long bound = Math.min(w * h, Math.min(a.area, b.area));
            if ((double) bound / (a.area + b.area - bound) < IdentityResult.IOU_THRESHOLD) {
                return 0;
            }
            long inter = Rle.intersection(a.mask, b.mask);
            return (double) inter / (a.area + b.area - inter);
        }
    }
}
