package org.srnet.eval;

/**
 * One row of the official per-object table.
 *
 * @param name {@code <sequence>_<k>}: the k-th matched pair of the sequence in increasing proposal id
 * @param sequence the sequence name
 * @param proposal the matched proposal id
 * @param object the matched ground-truth object id
 * @param j statistics of the pair's per-frame J
 * @param f statistics of the pair's per-frame F
 */
public record DavisObjectRow(String name, String sequence, int proposal, int object, DavisStatistics j,
        DavisStatistics f) {
}
