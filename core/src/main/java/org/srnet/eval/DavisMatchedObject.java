package org.srnet.eval;

/**
 * One proposal matched to one ground-truth object of a sequence, with its per-frame J and F.
 *
 * @param proposal the proposal id (1-based; ids above the largest predicted one are the official empty padding)
 * @param object the ground-truth object id (1-based)
 * @param j per-frame J, one value per annotated frame
 * @param f per-frame F
 * @param jStats mean, recall and decay of {@code j}
 * @param fStats mean, recall and decay of {@code f}
 */
public record DavisMatchedObject(int proposal, int object, double[] j, double[] f, DavisStatistics jStats,
        DavisStatistics fStats) {
    public DavisMatchedObject {
        if (j.length != f.length) {
            throw new IllegalArgumentException("j has " + j.length + " frames but f has " + f.length);
        }
        j = j.clone();
        f = f.clone();
    }

    @Override
    public double[] j() {
        return j.clone();
    }

    @Override
    public double[] f() {
        return f.clone();
    }
}
