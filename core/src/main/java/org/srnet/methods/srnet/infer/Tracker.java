package org.srnet.methods.srnet.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SRNet's greedy association, Algorithm 1 lines 15–19, holding one video's state: the live tracks with their last
 * instance and the next free ID. A track ID is never given out twice in a video.
 *
 * <p>Greedy rule: all admissible (track, current) pairs are visited in ascending order of the Euclidean distance
 * between the track's last mass centre and the current tracking point; a pair is taken when both sides are still
 * free. We chose this over "detections by descending score, each takes its nearest free track" (CenterTrack)
 * because Alg. 1 l. 16 feeds only the distance matrix to the assignment, so the result should depend on distances
 * alone; it also takes the globally closest pair first, which is what keeps IDs when two objects cross.
 *
 * <p>{@link TrackerMode#PAPER}: as in the paper only the previous frame's instances can be matched, so an instance
 * unmatched in one frame ends its track. The gate is optional: distance² &lt; gateFactor · min(area_prev, area_cur),
 * areas in grid units² (method notes §12); in VIS mode {@code classCheck} also asks for equal categories. Every
 * track is confirmed at once.
 *
 * <p>{@link TrackerMode#PERSISTENT} (ours): a track missed for up to {@code trackMemory} frames can still be
 * matched. Every match is gated by object size: the distance must stay under sqrt(gateFactor · min area) times
 * (1 + frames missed), since an unseen object keeps moving and T only links consecutive frames, and the areas may
 * differ by at most {@code maxAreaRatio}. Distances within one head pixel of each other count as a tie, decided
 * by the overlap (IoU) of the current mask with the track's last mask, then by the more recent track. A track is
 * tentative until it has been seen in {@code minTrackLength} frames; the flag goes out with every instance, so a
 * frame already returned is never changed and writers that see the whole video can leave out tracks never confirmed.
 *
 * <p>Reads per instance: {@code centreX/Y}, {@code trackingX/Y}, {@code gridArea}, {@code area}, {@code category},
 * the mask and its box. Not thread-safe; call {@link #reset()} between videos.
 */
public final class Tracker {
    private final InferenceOptions options;
    private final boolean persistent;
    private final List<Track> tracks = new ArrayList<>();
    private int nextId = 1;

    /** One live track: its ID, its last instance, frames since that instance, frames seen. */
    private static final class Track {
        final int id;
        Instance last;
        int missed;
        int seen;

        Track(int id, Instance last) {
            this.id = id;
            this.last = last;
            this.seen = 1;
        }
    }

    /** A tracker with the given mode, gates and class-check settings. */
    public Tracker(InferenceOptions options) {
        this.options = options;
        this.persistent = options.tracker() == TrackerMode.PERSISTENT;
    }

    /** Forgets every track and restarts IDs at 1, for a new video. */
    public void reset() {
        tracks.clear();
        nextId = 1;
    }

    /** The ID the next new track will get. */
    public int nextId() {
        return nextId;
    }

    /**
     * Assigns IDs to this frame's instances and updates the tracks.
     *
     * @param current Dets^t in any order (Algorithm 1 produces them by descending seed score)
     * @return the instances in the same order, each with its track ID and whether that track is still tentative
     */
    public List<TrackedInstance> update(List<Instance> current) {
        int nc = current.size();
        Track[] matched = new Track[nc];
        boolean[] used = new boolean[tracks.size()];
        if (!tracks.isEmpty() && nc > 0) {
            match(current, matched, used);
        }
        List<Track> survivors = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (!used[i] && ++t.missed <= (persistent ? options.trackMemory() : 0)) {
                survivors.add(t);
            }
        }
        List<TrackedInstance> out = new ArrayList<>(nc);
        for (int j = 0; j < nc; j++) {
            Track t = matched[j];
            if (t == null) {
                t = new Track(nextId++, current.get(j));
            } else {
                t.last = current.get(j);
                t.missed = 0;
                t.seen++;
            }
            survivors.add(t);
            boolean tentative = persistent && t.seen < options.minTrackLength();
            out.add(new TrackedInstance(t.id, current.get(j), tentative));
        }
        tracks.clear();
        tracks.addAll(survivors);
        return List.copyOf(out);
    }

    /** Alg. 1 l. 15–18: pairwise distances, greedy assignment; the matched track of each current instance. */
    private void match(List<Instance> current, Track[] matched, boolean[] used) {
        int nt = tracks.size();
        int nc = current.size();
        int n = 0;
        long[] pairs = new long[nt * nc];
        double[] dist = new double[nt * nc];
        double[] overlap = new double[nt * nc];
        for (int i = 0; i < nt; i++) {
            Track t = tracks.get(i);
            if (!persistent && t.missed > 0) {
                continue;
            }
            for (int j = 0; j < nc; j++) {
                Instance c = current.get(j);
                double dx = c.trackingX() - t.last.centreX();
                double dy = c.trackingY() - t.last.centreY();
                double d2 = dx * dx + dy * dy;
                if (admissible(t, c, d2)) {
                    int k = i * nc + j;
                    dist[k] = Math.sqrt(d2);
                    overlap[k] = persistent ? iou(t.last, c) : 0;
                    pairs[n++] = k;
                }
            }
        }
        Long[] order = new Long[n];
        for (int k = 0; k < n; k++) {
            order[k] = pairs[k];
        }
        Arrays.sort(order, (a, b) -> compare(a.intValue(), b.intValue(), dist, overlap, current, nc));
        for (Long pair : order) {
            int i = pair.intValue() / nc;
            int j = pair.intValue() % nc;
            if (!used[i] && matched[j] == null) {
                used[i] = true;
                matched[j] = tracks.get(i);
            }
        }
    }

    /**
     * PAPER: by distance. PERSISTENT: by distance in steps of one head pixel, then larger mask overlap, then fewer
     * frames missed, then distance. Last tie-break: the row-major pair index (lower track, then lower current index).
     */
    private int compare(int a, int b, double[] dist, double[] overlap, List<Instance> current, int nc) {
        if (persistent) {
            double step = headPixel(current.get(a % nc));
            int cmp = Long.compare((long) Math.floor(dist[a] / step), (long) Math.floor(dist[b] / step));
            if (cmp == 0) {
                cmp = Double.compare(overlap[b], overlap[a]);
            }
            if (cmp == 0) {
                cmp = Integer.compare(tracks.get(a / nc).missed, tracks.get(b / nc).missed);
            }
            if (cmp != 0) {
                return cmp;
            }
        }
        int cmp = Double.compare(dist[a], dist[b]);
        return cmp != 0 ? cmp : Integer.compare(a, b);
    }

    /** The side of one head pixel in grid units (the geometric mean of the two spacings, from area / pixel count). */
    private static double headPixel(Instance i) {
        return i.area() > 0 ? Math.sqrt(i.gridArea() / i.area()) : 1;
    }

    private boolean admissible(Track t, Instance cur, double dist2) {
        Instance prev = t.last;
        if (Double.isNaN(dist2)) {
            return false;
        }
        double minArea = Math.min(prev.gridArea(), cur.gridArea());
        if (persistent) {
            double reach = 1 + t.missed;
            if (!(dist2 < options.gateFactor() * minArea * reach * reach)) {
                return false;
            }
            if (Math.max(prev.area(), cur.area()) > options.maxAreaRatio() * Math.min(prev.area(), cur.area())) {
                return false;
            }
        } else if (options.gate() && !(dist2 < options.gateFactor() * minArea)) {
            return false;
        }
        return !options.classCheck() || prev.category() == cur.category();
    }

    /** Intersection over union of two head-resolution masks of the same map size (0 when both are empty). */
    static double iou(Instance a, Instance b) {
        int[] ba = a.box();
        int[] bb = b.box();
        int x0 = Math.max(ba[0], bb[0]);
        int y0 = Math.max(ba[1], bb[1]);
        int x1 = Math.min(ba[2], bb[2]);
        int y1 = Math.min(ba[3], bb[3]);
        int inter = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0, p = y * a.width() + x0; x <= x1; x++, p++) {
                if (a.contains(p) && b.contains(p)) {
                    inter++;
                }
            }
        }
        int union = a.area() + b.area() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }
}
