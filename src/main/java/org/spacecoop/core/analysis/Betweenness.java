package org.spacecoop.core.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.spacecoop.core.progress.Progress;

/**
 * Betweenness of an undirected, unweighted graph by Brandes' algorithm on int arrays, with progress. Gives the same
 * scores as JGraphT's {@code BetweennessCentrality(graph, false)} (a test checks it on random graphs), about an
 * order of magnitude faster: JGraphT's keeps per-source hash maps and predecessor lists, which took 90 s of CPU for
 * 5,000 entities and 10,000 relations, too slow to follow a filter change. Each unordered pair counts once.
 */
final class Betweenness {

    private Betweenness() {
    }

    static <V, E> Map<V, Double> of(Graph<V, E> undirected, Progress progress) {
        IndexedGraph<V> g = IndexedGraph.of(undirected);
        int n = g.size();
        int[][] adj = g.adjacent();
        double[] score = new double[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] order = new int[n];
        Arrays.fill(dist, -1);
        for (int s = 0; s < n; s++) {
            if ((s & 63) == 0) progress.checkCancelled();
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            while (head < tail) {
                int v = order[head++];
                for (int w : adj[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        order[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            for (int k = tail - 1; k > 0; k--) {
                int w = order[k];
                double share = (1 + delta[w]) / sigma[w];
                for (int v : adj[w]) if (dist[v] == dist[w] - 1) delta[v] += sigma[v] * share;
                score[w] += delta[w];
            }
            for (int k = 0; k < tail; k++) {
                int v = order[k];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
            if ((s + 1) % 64 == 0 || s + 1 == n) progress.update(s + 1, n, "betweenness");
        }
        Map<V, Double> result = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) result.put(g.vertices().get(i), score[i] / 2); // each pair was seen from both ends
        return result;
    }
}
