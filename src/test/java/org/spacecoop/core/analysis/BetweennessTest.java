package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.progress.Progress;

/** Our array Brandes against JGraphT's BetweennessCentrality, the reference, on seeded random graphs. */
class BetweennessTest {

    private static Graph<Integer, DefaultEdge> random(long seed, int n, int m) {
        Random rnd = new Random(seed);
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) g.addVertex(i);
        for (int k = 0; k < m; k++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (a != b) g.addEdge(a, b);
        }
        return g;
    }

    @Test
    void agreesWithJGraphTOnRandomGraphsWithSeveralComponents() {
        for (long seed = 1; seed <= 5; seed++) {
            Graph<Integer, DefaultEdge> g = random(seed, 120, 150 + 30 * (int) seed);
            Map<Integer, Double> ours = Betweenness.of(g, Progress.NONE);
            Map<Integer, Double> reference = new BetweennessCentrality<>(g, false).getScores();
            for (Integer v : g.vertexSet()) {
                assertThat(ours.get(v)).as("vertex %d, seed %d", v, seed).isCloseTo(reference.get(v), within(1e-6));
            }
        }
    }

    @Test
    void theCentreOfAStarLiesOnEveryPath() {
        Graph<Integer, DefaultEdge> star = new SimpleGraph<>(DefaultEdge.class);
        star.addVertex(0);
        for (int i = 1; i <= 5; i++) {
            star.addVertex(i);
            star.addEdge(0, i);
        }

        Map<Integer, Double> s = Betweenness.of(star, Progress.NONE);

        assertThat(s.get(0)).isEqualTo(10.0); // C(5, 2) pairs of leaves
        assertThat(s.get(3)).isZero();
    }
}
