package org.srnet.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SRNet's greedy association, Algorithm 1 lines 15–19, holding one video's state: the previous frame's
 * instances with their IDs and the next free ID. As in the paper only the previous frame is used: an instance
 * unmatched in one frame ends its track, and its ID is never given out again in this video.
 *
 * <p>Greedy rule: all (previous, current) pairs are visited by ascending Euclidean distance between the previous
 * mass centre and the current tracking point (ties: lower previous index, then lower current index); a pair is
 * taken when both sides are still free and it passes the gate. We chose this over "detections by descending
 * score, each takes its nearest free track" (CenterTrack) because Alg. 1 l. 16 feeds only the distance matrix to
 * the assignment, so the result should depend on distances alone; it also takes the globally closest pair first,
 * which is what keeps IDs when two objects cross.
 *
 * <p>Gate (ours, the paper has none; method notes §12): distance² &lt; gateFactor · min(area_prev, area_cur) with
 * areas in grid units², i.e. the tracking point must land within about the object's own size of the previous
 * centre; in VIS mode with {@code classCheck} the categories must also agree. Both are switches in
 * {@link InferenceOptions}.
 *
 * <p>Reads per instance: {@code centreX/Y} (previous), {@code trackingX/Y} (current), {@code gridArea},
 * {@code category}. Not thread-safe; call {@link #reset()} between videos.
 */
public final class Tracker {
    private final InferenceOptions options;
    private List<TrackedInstance> previous = List.of();
    private int nextId = 1;

    /** A tracker with the given gate and class-check settings. */
    public Tracker(InferenceOptions options) {
        this.options = options;
    }

    /** Forgets the previous frame and restarts IDs at 1, for a new video. */
    public void reset() {
        previous = List.of();
        nextId = 1;
    }

    /** The previous frame's tracked instances (Dets^{t−1}). */
    public List<TrackedInstance> previous() {
        return previous;
    }

    /** The ID the next new track will get. */
    public int nextId() {
        return nextId;
    }

    /**
     * Assigns IDs to this frame's instances and makes them the previous frame for the next call.
     *
     * @param current Dets^t in any order (Algorithm 1 produces them by descending seed score)
     * @return the instances in the same order, each with its track ID
     */
    public List<TrackedInstance> update(List<Instance> current) {
        int np = previous.size();
        int nc = current.size();
        int[] ids = new int[nc];
        if (np > 0 && nc > 0) {
            match(current, ids);
        }
        List<TrackedInstance> out = new ArrayList<>(nc);
        for (int j = 0; j < nc; j++) {
            int id = ids[j] != 0 ? ids[j] : nextId++;
            out.add(new TrackedInstance(id, current.get(j)));
        }
        previous = List.copyOf(out);
        return previous;
    }

    /** Alg. 1 l. 15–18: pairwise distances, greedy assignment, inherited IDs written into {@code ids}. */
    private void match(List<Instance> current, int[] ids) {
        int np = previous.size();
        int nc = current.size();
        double[] d2 = new double[np * nc];
        Integer[] pairs = new Integer[np * nc];
        int n = 0;
        for (int i = 0; i < np; i++) {
            Instance p = previous.get(i).instance();
            for (int j = 0; j < nc; j++) {
                Instance c = current.get(j);
                double dx = c.trackingX() - p.centreX();
                double dy = c.trackingY() - p.centreY();
                double dist2 = dx * dx + dy * dy;
                d2[i * nc + j] = dist2;
                if (admissible(p, c, dist2)) {
                    pairs[n++] = i * nc + j;
                }
            }
        }
        // Row-major pair index doubles as the tie-break (lower previous, then lower current index).
        Arrays.sort(pairs, 0, n, (a, b) -> {
            int cmp = Double.compare(d2[a], d2[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        boolean[] prevTaken = new boolean[np];
        for (int k = 0; k < n; k++) {
            int i = pairs[k] / nc;
            int j = pairs[k] % nc;
            if (!prevTaken[i] && ids[j] == 0) {
                prevTaken[i] = true;
                ids[j] = previous.get(i).trackId();
            }
        }
    }

    private boolean admissible(Instance prev, Instance cur, double dist2) {
        if (Double.isNaN(dist2)) {
            return false;
        }
        if (options.gate() && !(dist2 < options.gateFactor() * Math.min(prev.gridArea(), cur.gridArea()))) {
            return false;
        }
        return !options.classCheck() || prev.category() == cur.category();
    }
}
