package org.spacecoop.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * A graph's vertices as indices 0..n-1 and each vertex's distinct neighbours as an int array: breadth-first
 * searches repeated from every vertex (closeness, betweenness) then run without hashing or allocation.
 */
record IndexedGraph<V>(List<V> vertices, int[][] adjacent) {

    /** Neighbours by {@link Graphs#successorListOf}: all neighbours in an undirected graph. */
    static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) index.put(vertices.get(i), i);
        int[][] adjacent = new int[n][];
        for (int i = 0; i < n; i++) {
            V v = vertices.get(i);
            adjacent[i] = Graphs.successorListOf(graph, v).stream().filter(w -> !w.equals(v))
                    .mapToInt(index::get).distinct().toArray();
        }
        return new IndexedGraph<>(vertices, adjacent);
    }

    int size() {
        return vertices.size();
    }
}
