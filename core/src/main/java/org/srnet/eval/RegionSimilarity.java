package org.srnet.eval;

/**
 * DAVIS region similarity J (the official {@code db_eval_iou}): the IoU of a proposal and a ground-truth object
 * with void pixels left out of both intersection and union. An empty union (both masks empty, or everything void)
 * gives J = 1.
 */
public final class RegionSimilarity {
    private RegionSimilarity() {}

    /** Returns J from pixel counts already restricted to non-void pixels. */
    public static double fromCounts(long intersection, long union) {
        return union == 0 ? 1.0 : (double) intersection / union;
    }

    /**
     * Returns J of two row-major binary masks (non-zero = foreground); {@code voidMask} may be null.
     *
     * @param gt the ground-truth object mask
     * @param pred the proposal mask
     * @param voidMask pixels that count for neither mask (DAVIS label 255), or null
     */
    public static double of(byte[] gt, byte[] pred, byte[] voidMask) {
        if (gt.length != pred.length || (voidMask != null && voidMask.length != gt.length)) {
            throw new IllegalArgumentException("mask sizes differ: " + gt.length + ", " + pred.length
                    + (voidMask == null ? "" : ", " + voidMask.length));
        }
        long inter = 0;
        long union = 0;
        for (int i = 0; i < gt.length; i++) {
            if (voidMask != null && voidMask[i] != 0) {
                continue;
            }
            boolean g = gt[i] != 0;
            boolean p = pred[i] != 0;
            if (g && p) {
                inter++;
            }
            if (g || p) {
                union++;
            }
        }
        return fromCounts(inter, union);
    }
}
