package org.srnet.eval;

/**
 * The identity counts of one video or of several pooled, and the figures derived from them (docs/eval.md,
 * "Identity"). Pooling adds counts, so overall figures weigh every frame, instance and object the same and
 * videos are not averaged first, as DAVIS pools its objects.
 *
 * @param frames frames evaluated
 * @param objects ground-truth objects present in at least one frame
 * @param matchedObjects objects matched (per-frame matching, IoU ≥ 0.5) in at least one frame
 * @param objectTracks over the matched objects, the sum of the distinct predicted tracks each was matched to
 * @param gtInstances ground-truth instances: present objects summed over frames
 * @param predInstances predicted instances: present predicted tracks summed over frames
 * @param matches per-frame matches summed over frames
 * @param switches identity switches: a match to another track than the object's previous match
 * @param idtp identity true positives of the global trajectory assignment (Ristani et al. 2016)
 */
public record IdentityCounts(long frames, long objects, long matchedObjects, long objectTracks, long gtInstances,
        long predInstances, long matches, long switches, long idtp) {
    /** Nothing counted; the neutral element of {@link #plus}. */
    public static final IdentityCounts ZERO = new IdentityCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public IdentityCounts {
        long[] all = {frames, objects, matchedObjects, objectTracks, gtInstances, predInstances, matches, switches, idtp};
        for (long v : all) {
            if (v < 0) {
                throw new IllegalArgumentException("identity counts must not be negative: " + this);
            }
        }
        if (matchedObjects > objects || objectTracks < matchedObjects || matches > Math.min(gtInstances, predInstances)
                || idtp > Math.min(gtInstances, predInstances)) {
            throw new IllegalArgumentException("inconsistent identity counts: " + this);
        }
    }

    /** Returns the counts of both, as if they were one video. */
    public IdentityCounts plus(IdentityCounts o) {
        return new IdentityCounts(frames + o.frames, objects + o.objects, matchedObjects + o.matchedObjects,
                objectTracks + o.objectTracks, gtInstances + o.gtInstances, predInstances + o.predInstances,
                matches + o.matches, switches + o.switches, idtp + o.idtp);
    }

    /** Predicted instances outside the identity assignment: IDFP = predicted instances − IDTP. */
    public long idfp() {
        return predInstances - idtp;
    }

    /** Ground-truth instances outside the identity assignment: IDFN = ground-truth instances − IDTP. */
    public long idfn() {
        return gtInstances - idtp;
    }

    /** IDF1 = 2·IDTP / (2·IDTP + IDFP + IDFN); NaN when there is no instance at all. */
    public double idf1() {
        return ratio(2 * idtp, gtInstances + predInstances);
    }

    /** Identity precision IDTP / (IDTP + IDFP); NaN without predicted instances. */
    public double idp() {
        return ratio(idtp, predInstances);
    }

    /** Identity recall IDTP / (IDTP + IDFN); NaN without ground-truth instances. */
    public double idr() {
        return ratio(idtp, gtInstances);
    }

    /** Predicted instances matched by no object in their frame. */
    public long falseInstances() {
        return predInstances - matches;
    }

    /** Ground-truth instances matched by no prediction in their frame. */
    public long missedInstances() {
        return gtInstances - matches;
    }

    /** Distinct predicted tracks per matched object; NaN when no object was ever matched. */
    public double tracksPerObject() {
        return ratio(objectTracks, matchedObjects);
    }

    /** False instances per frame; NaN without frames. */
    public double falsePerFrame() {
        return ratio(predInstances - matches, frames);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
