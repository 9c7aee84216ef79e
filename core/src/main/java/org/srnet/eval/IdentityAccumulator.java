package org.srnet.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Follows the identities of one video frame by frame and computes its identity figures (docs/eval.md,
 * "Identity"). Objects and predicted tracks are dense indices {@code 0..objects−1} and {@code 0..tracks−1}; the
 * caller says which are present in a frame and gives the mask IoU of each present pair.
 *
 * <p>Per frame, objects and predicted instances are matched one to one among the pairs with IoU ≥
 * {@link IdentityResult#IOU_THRESHOLD}, the CLEAR-MOT way (Bernardin and Stiefelhagen 2008): an object keeps the track of its
 * last match whenever that pair still qualifies; the rest are assigned by {@link LinearAssignment}, most matches
 * first and then least total 1 − IoU. A match to another track than the object's last match, however many
 * frames ago, is an identity switch. Independently, every qualifying pair counts towards that (object, track)
 * pair's co-occurrence; at the end one global assignment of whole object trajectories to whole tracks maximises
 * the co-occurrences kept, which is IDTP (Ristani et al. 2016).
 *
 * <p>Not thread-safe; one per video.
 */
final class IdentityAccumulator {
    /**
     * The IoU of a present (object, track) pair in the current frame. Below the threshold only the fact counts,
     * so an implementation may return any smaller value (e.g. 0) once it knows the pair cannot reach it.
     */
    @FunctionalInterface
    interface PairIou {
        double iou(int object, int track);
    }

    private final int objects;
    private final int tracks;
    /** Frames in which each (object, track) pair has IoU ≥ the threshold. */
    private final long[][] cooccurrence;
    /** Track of each object's last match, −1 before its first. */
    private final int[] lastTrack;
    private final int[] framesPresent;
    private final int[] framesMatched;
    private final int[] switches;
    /** Per object, its matched tracks in the order of their first match. */
    private final List<List<Integer>> matchedTracks = new ArrayList<>();
    private long frames;
    private long gtInstances;
    private long predInstances;
    private long matches;

    IdentityAccumulator(int objects, int tracks) {
        this.objects = objects;
        this.tracks = tracks;
        this.cooccurrence = new long[objects][tracks];
        this.lastTrack = new int[objects];
        Arrays.fill(lastTrack, -1);
        this.framesPresent = new int[objects];
        this.framesMatched = new int[objects];
        this.switches = new int[objects];
        for (int o = 0; o < objects; o++) {
            matchedTracks.add(new ArrayList<>(2));
        }
    }

    /** Adds one frame: which objects and tracks have a non-empty mask in it, and the IoU of present pairs. */
    void frame(boolean[] objectPresent, boolean[] trackPresent, PairIou iou) {
        int[] os = present(objectPresent, objects);
        int[] hs = present(trackPresent, tracks);
        frames++;
        gtInstances += os.length;
        predInstances += hs.length;
        boolean[][] qualifies = new boolean[os.length][hs.length];
        double[][] value = new double[os.length][hs.length];
        int[] trackSlot = new int[tracks];
        Arrays.fill(trackSlot, -1);
        for (int j = 0; j < hs.length; j++) {
            trackSlot[hs[j]] = j;
        }
        boolean anyPair = false;
        for (int i = 0; i < os.length; i++) {
            framesPresent[os[i]]++;
            for (int j = 0; j < hs.length; j++) {
                double v = iou.iou(os[i], hs[j]);
                if (v >= IdentityResult.IOU_THRESHOLD) {
                    qualifies[i][j] = true;
                    value[i][j] = v;
                    cooccurrence[os[i]][hs[j]]++;
                    anyPair = true;
                }
            }
        }
        if (!anyPair) {
            return;
        }
        boolean[] objectDone = new boolean[os.length];
        boolean[] trackDone = new boolean[hs.length];
        // An established pairing that still qualifies is kept before anything else is assigned.
        for (int i = 0; i < os.length; i++) {
            int last = lastTrack[os[i]];
            int j = last < 0 ? -1 : trackSlot[last];
            if (j >= 0 && !trackDone[j] && qualifies[i][j]) {
                objectDone[i] = true;
                trackDone[j] = true;
                record(os[i], hs[j]);
            }
        }
        int[] ri = remaining(objectDone);
        int[] rj = remaining(trackDone);
        if (ri.length == 0 || rj.length == 0) {
            return;
        }
        // A forbidden pair costs more than all allowed ones together (each ≤ 1 − threshold), so the assignment
        // first maximises the number of matches, then minimises their total 1 − IoU.
        double forbidden = Math.min(ri.length, rj.length) + 1.0;
        double[][] cost = new double[ri.length][rj.length];
        for (int a = 0; a < ri.length; a++) {
            for (int b = 0; b < rj.length; b++) {
                cost[a][b] = qualifies[ri[a]][rj[b]] ? 1 - value[ri[a]][rj[b]] : forbidden;
            }
        }
        int[][] pairs = LinearAssignment.solve(cost);
        for (int k = 0; k < pairs[0].length; k++) {
            int i = ri[pairs[0][k]];
            int j = rj[pairs[1][k]];
            if (qualifies[i][j]) {
                record(os[i], hs[j]);
            }
        }
    }

    /**
     * Returns the video's figures. {@code objectId} and {@code trackId} turn the dense indices into the ids the
     * result reports (e.g. DAVIS labels).
     */
    VideoIdentity finish(String video, IntUnaryOperator objectId, IntUnaryOperator trackId) {
        long idtp = 0;
        if (objects > 0 && tracks > 0) {
            double[][] cost = new double[objects][tracks];
            for (int o = 0; o < objects; o++) {
                for (int h = 0; h < tracks; h++) {
                    cost[o][h] = -cooccurrence[o][h];
                }
            }
            int[][] pairs = LinearAssignment.solve(cost);
            for (int k = 0; k < pairs[0].length; k++) {
                idtp += cooccurrence[pairs[0][k]][pairs[1][k]];
            }
        }
        List<ObjectIdentity> listed = new ArrayList<>();
        long matched = 0;
        long objectTracks = 0;
        long switchCount = 0;
        for (int o = 0; o < objects; o++) {
            if (framesPresent[o] == 0) {
                continue;
            }
            List<Integer> ids = matchedTracks.get(o).stream().map(trackId::applyAsInt).toList();
            listed.add(new ObjectIdentity(objectId.applyAsInt(o), framesPresent[o], framesMatched[o], ids, switches[o]));
            if (!ids.isEmpty()) {
                matched++;
                objectTracks += ids.size();
            }
            switchCount += switches[o];
        }
        IdentityCounts counts = new IdentityCounts(frames, listed.size(), matched, objectTracks, gtInstances,
                predInstances, matches, switchCount, idtp);
        return new VideoIdentity(video, counts, listed);
    }

    private void record(int object, int track) {
        matches++;
        framesMatched[object]++;
        int last = lastTrack[object];
        if (last >= 0 && last != track) {
            switches[object]++;
        }
        lastTrack[object] = track;
        List<Integer> seen = matchedTracks.get(object);
        if (!seen.contains(track)) {
            seen.add(track);
        }
    }

    private static int[] present(boolean[] flags, int expected) {
        if (flags.length != expected) {
            throw new IllegalArgumentException("presence flags for " + flags.length + " ids, expected " + expected);
        }
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[n++] = i;
            }
        }
        return out;
    }

    private static int[] remaining(boolean[] done) {
        boolean[] open = new boolean[done.length];
        for (int i = 0; i < done.length; i++) {
            open[i] = !done[i];
        }
        return present(open, done.length);
    }
}
