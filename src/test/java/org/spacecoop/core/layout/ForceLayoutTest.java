package org.spacecoop.core.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.progress.Progress;
import org.spacecoop.core.synthetic.PreferentialAttachment;

class ForceLayoutTest {

    private static LayoutGraph randomGraph(int nodes, int edges, long seed) {
        int[][] e = PreferentialAttachment.edges(nodes, edges, seed);
        return new LayoutGraph(nodes, e[0], e[1]);
    }

    private static LayoutGraph ring(int n) {
        int[] s = new int[n], t = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            t[i] = (i + 1) % n;
        }
        return new LayoutGraph(n, s, t);
    }

    private static double dist(ForceLayout l, int a, int b) {
        return Math.hypot(l.x()[a] - l.x()[b], l.y()[a] - l.y()[b]);
    }

    @Test
    void sameSeedGivesIdenticalPositionsWhateverTheThreadCount() {
        LayoutGraph g = randomGraph(3000, 6000, 7);
        LayoutSettings settings = LayoutSettings.defaults().withIterations(30);
        ForceLayout one = new ForceLayout(g, settings.withThreads(1), 42);
        ForceLayout two = new ForceLayout(g, settings.withThreads(2), 42);
        ForceLayout again = new ForceLayout(g, settings.withThreads(2), 42);
        one.runToConvergence(30, Progress.NONE);
        two.runToConvergence(30, Progress.NONE);
        again.runToConvergence(30, Progress.NONE);

        assertThat(two.x()).isEqualTo(one.x());
        assertThat(two.y()).isEqualTo(one.y());
        assertThat(again.x()).isEqualTo(two.x());
    }

    @Test
    void differentSeedsGiveDifferentPictures() {
        LayoutGraph g = randomGraph(100, 200, 7);
        ForceLayout a = new ForceLayout(g, LayoutSettings.defaults(), 1);
        ForceLayout b = new ForceLayout(g, LayoutSettings.defaults(), 2);
        a.runToConvergence(1000, Progress.NONE);
        b.runToConvergence(1000, Progress.NONE);

        assertThat(Arrays.equals(a.x(), b.x())).isFalse();
    }

    @Test
    void ringNeighboursEndUpCloserThanOppositeNodes() {
        int n = 16;
        ForceLayout layout = new ForceLayout(ring(n), LayoutSettings.defaults(), 3);
        layout.runToConvergence(1000, Progress.NONE);

        assertThat(layout.isConverged()).isTrue();
        for (int i = 0; i < n; i++) {
            assertThat(dist(layout, i, (i + 1) % n)).isLessThan(dist(layout, i, (i + n / 2) % n));
            assertThat(dist(layout, i, (i + 1) % n)).isLessThan(dist(layout, i, (i + 3) % n));
        }
    }

    @Test
    void pathEndsEndUpFarthestApart() {
        int n = 10;
        int[] s = new int[n - 1], t = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            s[i] = i;
            t[i] = i + 1;
        }
        ForceLayout layout = new ForceLayout(new LayoutGraph(n, s, t), LayoutSettings.defaults(), 5);
        layout.runToConvergence(1000, Progress.NONE);

        double ends = dist(layout, 0, n - 1);
        for (int i = 1; i < n - 1; i++) assertThat(dist(layout, 0, i)).isLessThan(ends);
        assertThat(dist(layout, 0, 1)).isLessThan(dist(layout, 0, 2));
    }

    @Test
    void pinnedNodesStayWhereTheyWerePut() {
        LayoutGraph g = randomGraph(300, 600, 9);
        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults(), 1);
        layout.pin(0, 123.5, -45.25);
        layout.pin(17, -800, 800);
        layout.runToConvergence(1000, Progress.NONE);

        assertThat(layout.isPinned(0)).isTrue();
        assertThat(layout.x()[0]).isEqualTo(123.5);
        assertThat(layout.y()[0]).isEqualTo(-45.25);
        assertThat(layout.x()[17]).isEqualTo(-800);
        assertThat(layout.y()[17]).isEqualTo(800);

        layout.unpin(0);
        layout.reheat(0.5);
        layout.runToConvergence(1000, Progress.NONE);
        assertThat(layout.x()[0]).isNotEqualTo(123.5);
    }

    @Test
    void noTwoDiscsOverlapOnA200NodeGraph() {
        LayoutGraph plain = randomGraph(200, 400, 11);
        double[] radius = new double[200];
        for (int v = 0; v < 200; v++) radius[v] = 6 + 2.5 * Math.sqrt(plain.degree(v));
        LayoutGraph g = plain.withRadius(radius);
        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults(), 4);

        assertThat(LayoutQuality.overlappingPairs(layout.x(), layout.y(), radius)).isPositive();
        layout.runToConvergence(1000, Progress.NONE);

        assertThat(LayoutQuality.overlappingPairs(layout.x(), layout.y(), radius)).isZero();
    }

    @Test
    void hiddenNodesKeepTheirPositionsAndTheRestartIsWarm() {
        LayoutGraph g = randomGraph(400, 800, 13);
        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults(), 1);
        double coldTemperature = layout.temperature();
        layout.runToConvergence(1000, Progress.NONE);
        Positions before = layout.snapshot();

        boolean[] visible = new boolean[400];
        for (int v = 0; v < 400; v++) visible[v] = v % 10 != 3;
        layout.setVisible(visible);
        assertThat(layout.isConverged()).isFalse();
        assertThat(layout.temperature()).isLessThan(coldTemperature / 2);
        layout.runToConvergence(1000, Progress.NONE);

        double[] shifts = new double[400];
        int shown = 0;
        for (int v = 0; v < 400; v++) {
            if (visible[v]) {
                shifts[shown++] = Math.hypot(layout.x()[v] - before.x()[v], layout.y()[v] - before.y()[v]);
            } else {
                assertThat(layout.x()[v]).isEqualTo(before.x()[v]);
                assertThat(layout.y()[v]).isEqualTo(before.y()[v]);
            }
        }
        // Warm: visible nodes moved, but typically by a small part of the drawing (a cold start scrambles them).
        Arrays.sort(shifts, 0, shown);
        double median = shifts[shown / 2];
        assertThat(shifts[shown - 1]).isPositive();
        assertThat(median).isLessThan(extent(before) / 10);
    }

    @Test
    void theProgressSeesTheRunAdvanceAndCanStopIt() {
        LayoutGraph g = randomGraph(500, 1000, 3);
        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults(), 1);
        double[] lastProgress = {-1};
        boolean[] stop = {false};
        layout.runToConvergence(1000, 10, new Progress() {
            @Override
            public void update(double done, double total, String message) {
                double progress = done / total;
                assertThat(progress).isGreaterThan(lastProgress[0]);
                lastProgress[0] = progress;
                stop[0] = layout.iteration() >= 20;
            }

            @Override
            public boolean isCancelled() {
                return stop[0];
            }
        });

        assertThat(layout.iteration()).isEqualTo(20);
        assertThat(layout.isConverged()).isFalse();
        // a cold run lasts settings.iterations(); 20 of them are done
        assertThat(layout.progress()).isCloseTo(20.0 / LayoutSettings.defaults().iterations(), within(1e-9));
    }

    private static double extent(Positions p) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE;
        for (double v : p.x()) {
            minX = Math.min(minX, v);
            maxX = Math.max(maxX, v);
        }
        return maxX - minX;
    }
}
