package org.srnet.eval;

import java.util.Arrays;

/**
 * Minimum-cost rectangular assignment by shortest augmenting paths (Crouse, "On implementing 2D rectangular
 * assignment algorithms", IEEE TAES 2016), the algorithm behind {@code scipy.optimize.linear_sum_assignment}.
 *
 * <p>Ties are broken the way that solver breaks them, so that when several assignments are optimal the same one
 * is chosen and the official per-object table comes out in the same order: a tall matrix is solved transposed;
 * columns are scanned from the last to the first (a constant matrix gives the identity); among equally short
 * paths an unassigned column is preferred; the result is listed in increasing row order.
 */
public final class LinearAssignment {
    private LinearAssignment() {}

    /**
     * Returns the pairs {@code (row, column)} of a minimum-cost assignment that covers min(rows, columns) of them,
     * as {@code int[2][k]}: {@code [0]} the rows in increasing order, {@code [1]} their columns.
     *
     * @param cost a rectangular matrix of finite values, indexed {@code [row][column]}
     */
    public static int[][] solve(double[][] cost) {
        int nr = cost.length;
        int nc = nr == 0 ? 0 : cost[0].length;
        if (nr == 0 || nc == 0) {
            return new int[][] {new int[0], new int[0]};
        }
        boolean transpose = nc < nr;
        int rows = transpose ? nc : nr;
        int cols = transpose ? nr : nc;
        double[] c = new double[rows * cols];
        for (int i = 0; i < nr; i++) {
            if (cost[i].length != nc) {
                throw new IllegalArgumentException("cost matrix is ragged at row " + i);
            }
            for (int j = 0; j < nc; j++) {
                double v = cost[i][j];
                if (Double.isNaN(v) || v == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("invalid cost " + v + " at (" + i + ", " + j + ")");
                }
                if (transpose) {
                    c[j * cols + i] = v;
                } else {
                    c[i * cols + j] = v;
                }
            }
        }
        int[] col4row = solveWide(c, rows, cols);
        int[][] out = new int[2][rows];
        if (transpose) {
            // Report in increasing order of the original rows (= the columns of the transposed problem).
            Integer[] order = new Integer[rows];
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(col4row[a], col4row[b]));
            for (int k = 0; k < rows; k++) {
                out[0][k] = col4row[order[k]];
                out[1][k] = order[k];
            }
        } else {
            for (int i = 0; i < rows; i++) {
                out[0][i] = i;
                out[1][i] = col4row[i];
            }
        }
        return out;
    }

    /** Solves a problem with rows ≤ cols; returns the column of every row. */
    private static int[] solveWide(double[] cost, int nr, int nc) {
        double[] u = new double[nr];
        double[] v = new double[nc];
        double[] shortest = new double[nc];
        int[] path = new int[nc];
        int[] col4row = new int[nr];
        int[] row4col = new int[nc];
        boolean[] sr = new boolean[nr];
        boolean[] sc = new boolean[nc];
        int[] remaining = new int[nc];
        Arrays.fill(path, -1);
        Arrays.fill(col4row, -1);
        Arrays.fill(row4col, -1);
        for (int curRow = 0; curRow < nr; curRow++) {
            // Grow a shortest augmenting path from curRow (Dijkstra on reduced costs).
            double minVal = 0;
            int remainingCount = nc;
            for (int k = 0; k < nc; k++) {
                remaining[k] = nc - k - 1;
            }
            Arrays.fill(sr, false);
            Arrays.fill(sc, false);
            Arrays.fill(shortest, Double.POSITIVE_INFINITY);
            int sink = -1;
            int i = curRow;
            while (sink == -1) {
                int index = -1;
                double lowest = Double.POSITIVE_INFINITY;
                sr[i] = true;
                for (int k = 0; k < remainingCount; k++) {
                    int j = remaining[k];
                    double r = minVal + cost[i * nc + j] - u[i] - v[j];
                    if (r < shortest[j]) {
                        path[j] = i;
                        shortest[j] = r;
                    }
                    if (shortest[j] < lowest || (shortest[j] == lowest && row4col[j] == -1)) {
                        lowest = shortest[j];
                        index = k;
                    }
                }
                minVal = lowest;
                if (minVal == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("cost matrix is infeasible");
                }
                int j = remaining[index];
                if (row4col[j] == -1) {
                    sink = j;
                } else {
                    i = row4col[j];
                }
                sc[j] = true;
                remaining[index] = remaining[--remainingCount];
            }
            // Update the dual variables.
            u[curRow] += minVal;
            for (int r = 0; r < nr; r++) {
                if (sr[r] && r != curRow) {
                    u[r] += minVal - shortest[col4row[r]];
                }
            }
            for (int j = 0; j < nc; j++) {
                if (sc[j]) {
                    v[j] -= minVal - shortest[j];
                }
            }
            // Augment the previous solution along the path.
            int j = sink;
            while (true) {
                int r = path[j];
                row4col[j] = r;
                int previous = col4row[r];
                col4row[r] = j;
                j = previous;
                if (r == curRow) {
                    break;
                }
            }
        }
        return col4row;
    }
}
