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
     * A non-empty mask with its area and the first and last column it touches (RLE runs are column-major), so
     * that masks in disjoint columns need no run-by-run intersection.
     */
    private record Extent(Rle mask, long area, int firstColumn, int lastColumn, boolean videoSized) {
        /** Returns the extent of {@code r}, or null when it is empty (which counts as absent). */
        static Extent of(Rle r, boolean videoSized) {
            int[] c = r.counts();
            long pos = 0;
            long area = 0;
            long first = -1;
            long last = -1;
            for (int i = 0; i < c.length; i++) {
                if ((i & 1) == 1 && c[i] > 0) {
                    if (first < 0) {
                        first = pos;
                    }
                    last = pos + c[i] - 1;
                    area += c[i];
                }
                pos += c[i];
            }
            if (area == 0) {
                return null;
            }
            int h = r.height();
            return new Extent(r, area, (int) (first / h), (int) (last / h), videoSized);
        }

        static double iou(Extent a, Extent b) {
            if (!a.videoSized || !b.videoSized || a.lastColumn < b.firstColumn || b.lastColumn < a.firstColumn) {
                return 0;
            }
            long inter = Rle.intersection(a.mask, b.mask);
            return (double) inter / (a.area + b.area - inter);
        }
    }
}
