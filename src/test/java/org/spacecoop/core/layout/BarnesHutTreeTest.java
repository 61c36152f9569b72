package org.spacecoop.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BarnesHutTreeTest {

    @Test
    void approximateRepulsionIsWithinAFewPercentOfTheExactSum() {
        int n = 4000;
        SplittableRandom random = new SplittableRandom(5);
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            // Clustered, like a real layout: a few blobs of different density.
            int blob = i % 5;
            x[i] = blob * 300 + random.nextGaussian() * (40 + 30 * blob);
            y[i] = (blob % 2) * 200 + random.nextGaussian() * (40 + 30 * blob);
        }
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) nodes[i] = i;
        double k2 = 40 * 40;

        BarnesHutTree tree = new BarnesHutTree();
        tree.build(x, y, nodes, n, LayoutSettings.defaults().theta());
        double[] fx = new double[n], fy = new double[n];
        tree.repulsion(0, tree.leafCount(), k2, fx, fy);

        double errorSum = 0, forceSum = 0;
        for (int s = 0; s < n; s++) {
            int v = tree.node(s);
            double ex = 0, ey = 0;
            for (int u = 0; u < n; u++) {
                if (u == v) continue;
                double dx = x[v] - x[u], dy = y[v] - y[u], d2 = dx * dx + dy * dy;
                ex += dx * k2 / d2;
                ey += dy * k2 / d2;
            }
            double exact = Math.hypot(ex, ey);
            errorSum += Math.hypot(fx[s] - ex, fy[s] - ey);
            forceSum += exact;
        }
        System.out.println("Barnes-Hut relative force error: " + errorSum / forceSum);
        assertThat(errorSum / forceSum).isLessThan(0.03);
    }

    @Test
    void thetaZeroIsExactAndEveryNodeHasOneSlot() {
        double[] x = {0, 10, 0, 10, 5, 5}, y = {0, 0, 10, 10, 5, 5};
        int[] nodes = {0, 1, 2, 3, 4, 5};
        BarnesHutTree tree = new BarnesHutTree();
        tree.build(x, y, nodes, 6, 0);
        boolean[] seen = new boolean[6];
        for (int s = 0; s < 6; s++) seen[tree.node(s)] = true;
        assertThat(seen).containsOnly(true);

        double[] fx = new double[6], fy = new double[6];
        tree.repulsion(0, tree.leafCount(), 1, fx, fy);
        for (int s = 0; s < 6; s++) {
            int v = tree.node(s);
            double ex = 0;
            for (int u = 0; u < 6; u++) {
                double dx = x[v] - x[u], dy = y[v] - y[u], d2 = dx * dx + dy * dy;
                if (u != v && d2 > 0) ex += dx / d2;
            }
            if (v < 4) assertThat(fx[s]).isCloseTo(ex, org.assertj.core.data.Offset.offset(1e-9));
        }
        // The two coincident nodes are pushed apart in opposite directions.
        int s4 = tree.node(4) == 4 ? 4 : 5;
        assertThat(tree.centreX()).isEqualTo(5.0);
    }
}
