package org.spacecoop.bench;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.synthetic.PreferentialAttachment;

/** The graphs every layout benchmark runs on: Barabási–Albert-like, average degree 4, fixed seed. */
final class BenchGraphs {

    static final long SEED = 20_250_101L;

    private BenchGraphs() {
    }

    /** n nodes, 2n edges. */
    static LayoutGraph layoutGraph(int n) {
        return layoutGraph(n, SEED);
    }

    static LayoutGraph layoutGraph(int n, long seed) {
        int[][] e = PreferentialAttachment.edges(n, 2 * n, seed);
        return new LayoutGraph(n, e[0], e[1]);
    }

    /** The same graph as {@link #layoutGraph(int)}, as a JGraphT graph with vertices 0..n-1. */
    static Graph<Integer, DefaultEdge> jgraphtGraph(int n) {
        return jgraphtGraph(n, SEED);
    }

    static Graph<Integer, DefaultEdge> jgraphtGraph(int n, long seed) {
        int[][] e = PreferentialAttachment.edges(n, 2 * n, seed);
        Graph<Integer, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) g.addVertex(v);
        for (int i = 0; i < e[0].length; i++) g.addEdge(e[0][i], e[1][i]);
        return g;
    }
}
