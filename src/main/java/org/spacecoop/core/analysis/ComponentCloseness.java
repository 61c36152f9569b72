package org.spacecoop.core.analysis;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.ClosenessCentrality;

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
        Map<V, Double> result = new HashMap<>();
        long n = graph.vertexSet().size();
        long done = 0;
        Map<V, Integer> dist = new HashMap<>();
        ArrayDeque<V> queue = new ArrayDeque<>();
        for (V v : graph.vertexSet()) {
            Progress.checkInterrupted();
            dist.clear();
            queue.clear();
            dist.put(v, 0);
            queue.add(v);
            long sum = 0;
            while (!queue.isEmpty()) {
                V u = queue.poll();
                int du = dist.get(u);
                sum += du;
                for (V w : Graphs.successorListOf(graph, u)) {
                    if (dist.putIfAbsent(w, du + 1) == null) queue.add(w);
                }
            }
            long reached = dist.size() - 1;
            double score = sum == 0 ? 0 : ((double) reached / sum) * ((double) reached / (n - 1));
            result.put(v, score);
            if (++done % 64 == 0 || done == n) progress.update(done, n, "closeness");
        }
        scores = result;
    }
}
