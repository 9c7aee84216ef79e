package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LinearAssignmentTest {

    @Test
    void findsTheMinimumCostAssignment() {
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        int[][] r = LinearAssignment.solve(cost);
        assertThat(r[0]).containsExactly(0, 1, 2);
        assertThat(r[1]).containsExactly(1, 0, 2);
    }

    @Test
    void constantMatrixGivesTheIdentity() {
        int[][] r = LinearAssignment.solve(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
        assertThat(r[1]).containsExactly(0, 1, 2);
    }

    @Test
    void tallMatrixReturnsRowsInIncreasingOrder() {
        // Rows = proposals, columns = objects: proposal 3 fits object 0, proposal 1 fits object 1.
        double[][] cost = {{0, 0}, {0, -1}, {0, 0}, {-1, 0}};
        int[][] r = LinearAssignment.solve(cost);
        assertThat(r[0]).containsExactly(1, 3);
        assertThat(r[1]).containsExactly(1, 0);
    }

    @Test
    void matchesBruteForceOnRandomMatrices() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 1 + rnd.nextInt(6);
            int cols = 1 + rnd.nextInt(rows);
            double[][] c = new double[rows][cols];
            for (double[] row : c) {
                for (int j = 0; j < cols; j++) {
                    row[j] = rnd.nextInt(5) / 4.0;
                }
            }
            int[][] r = LinearAssignment.solve(c);
            double total = 0;
            for (int k = 0; k < r[0].length; k++) {
                total += c[r[0][k]][r[1][k]];
            }
            assertThat(r[0]).hasSize(cols).isSorted().doesNotHaveDuplicates();
            assertThat(r[1]).doesNotHaveDuplicates();
            assertThat(total).isEqualTo(best(c, 0, new boolean[rows]));
        }
    }

    private static double best(double[][] c, int col, boolean[] used) {
        if (col == c[0].length) {
            return 0;
        }
        double b = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c.length; i++) {
            if (!used[i]) {
                used[i] = true;
                b = Math.min(b, c[i][col] + best(c, col + 1, used));
                used[i] = false;
            }
        }
        return b;
    }
}
