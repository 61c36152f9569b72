package org.spacecoop.core.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.spacecoop.core.progress.Progress;

/**
 * Closeness that stays meaningful on a disconnected graph.
 *
 * <p>JGraphT's {@link ClosenessCentrality} sums distances to every vertex; one unreachable vertex makes the sum
 * infinite and the score 0, so on a filtered view with a single isolated entity every score would be 0. This
 * subclass keeps JGraphT's contract but computes the Wasserman–Faust form (as networkx does): with {@code r}
 * vertices reachable from v, of {@code n} in all, closeness = (r / sum of distances) · (r / (n − 1)). On a connected
 * graph it equals the normalised classic closeness. Unweighted, so one breadth-first search per vertex.
 */
public final class ComponentCloseness<V, E> extends ClosenessCentrality<V, E> {

    private final Progress progress;

    public ComponentCloseness(Graph<V, E> graph, Progress progress) {
        super(graph, false, true);
        this.progress = progress;
    }

    @Override
    protected void compute() {
        IndexedGraph<V> g = IndexedGraph.of(graph);
        List<V> vertices = g.vertices();
        int[][] adjacent = g.adjacent();
        int n = vertices.size();
        int[] dist = new int[n];
        int[] queue = new int[n];
        Arrays.fill(dist, -1);
        Map<V, Double> result = new HashMap<>(n * 2);
        for (int v = 0; v < n; v++) {
            if ((v & 63) == 0) progress.checkCancelled();
            int head = 0;
            int tail = 0;
            long sum = 0;
            queue[tail++] = v;
            dist[v] = 0;
            while (head < tail) {
                int u = queue[head++];
                sum += dist[u];
                for (int w : adjacent[u]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[u] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            for (int k = 0; k < tail; k++) dist[queue[k]] = -1;
            long reached = tail - 1;
            double score = sum == 0 ? 0 : ((double) reached / sum) * ((double) reached / (n - 1));
            result.put(vertices.get(v), score);
            if ((v + 1) % 64 == 0 || v + 1 == n) progress.update(v + 1, n, "closeness");
        }
        scores = result;
    }
}
