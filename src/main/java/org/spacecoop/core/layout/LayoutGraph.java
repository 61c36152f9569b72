package org.spacecoop.core.layout;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToIntFunction;

import org.jgrapht.Graph;

/**
 * A graph in the compressed form the layout works on: nodes are the indices {@code 0..nodeCount-1}, edges two
 * parallel index arrays, and an optional radius per node (in layout units) used to keep node discs apart.
 * About 8 bytes per edge plus a CSR adjacency of 8 bytes per edge, against ~270 for a JGraphT graph object.
 * Direction, parallel edges and self-loops are allowed; self-loops exert no force.
 */
public final class LayoutGraph {

    private final int nodeCount;
    private final int[] edgeSource;
    private final int[] edgeTarget;
    private final double[] radius;
    /** CSR adjacency (both directions, no self-loops): neighbours of v are adj[adjStart[v] .. adjStart[v+1]). */
    private final int[] adjStart;
    private final int[] adj;

    /**
     * @param radius null, or one radius per node (not copied: the caller may not change it during a layout)
     * @throws IllegalArgumentException when an edge names a node outside {@code 0..nodeCount-1}
     */
    public LayoutGraph(int nodeCount, int[] edgeSource, int[] edgeTarget, double[] radius) {
        if (nodeCount < 0) throw new IllegalArgumentException("negative node count: " + nodeCount);
        if (edgeSource.length != edgeTarget.length) {
            throw new IllegalArgumentException("edgeSource and edgeTarget differ in length: "
                    + edgeSource.length + " vs " + edgeTarget.length);
        }
        if (radius != null && radius.length != nodeCount) {
            throw new IllegalArgumentException("radius has " + radius.length + " entries for " + nodeCount + " nodes");
        }
        this.nodeCount = nodeCount;
        this.edgeSource = edgeSource;
        this.edgeTarget = edgeTarget;
        this.radius = radius;
        this.adjStart = new int[nodeCount + 1];
        for (int e = 0; e < edgeSource.length; e++) {
            int s = edgeSource[e], t = edgeTarget[e];
            if (s < 0 || s >= nodeCount || t < 0 || t >= nodeCount) {
                throw new IllegalArgumentException("edge " + e + " (" + s + " -> " + t + ") names a node outside 0.." + (nodeCount - 1));
            }
            if (s != t) {
                adjStart[s + 1]++;
                adjStart[t + 1]++;
            }
        }
        for (int v = 0; v < nodeCount; v++) adjStart[v + 1] += adjStart[v];
        this.adj = new int[adjStart[nodeCount]];
        int[] fill = Arrays.copyOf(adjStart, nodeCount);
        for (int e = 0; e < edgeSource.length; e++) {
            int s = edgeSource[e], t = edgeTarget[e];
            if (s != t) {
                adj[fill[s]++] = t;
                adj[fill[t]++] = s;
            }
        }
    }

    public LayoutGraph(int nodeCount, int[] edgeSource, int[] edgeTarget) {
        this(nodeCount, edgeSource, edgeTarget, null);
    }

    /**
     * Compresses a JGraphT graph. {@code index} must map the vertices one-to-one onto {@code 0..n-1}
     * (n = number of vertices); the layout's positions are then by that index.
     */
    public static <V, E> LayoutGraph of(Graph<V, E> g, ToIntFunction<V> index) {
        Objects.requireNonNull(index, "index");
        int n = g.vertexSet().size();
        int m = g.edgeSet().size();
        int[] s = new int[m];
        int[] t = new int[m];
        int e = 0;
        for (E edge : g.edgeSet()) {
            s[e] = checked(index.applyAsInt(g.getEdgeSource(edge)), n);
            t[e] = checked(index.applyAsInt(g.getEdgeTarget(edge)), n);
            e++;
        }
        return new LayoutGraph(n, s, t, null);
    }

    private static int checked(int i, int n) {
        if (i < 0 || i >= n) throw new IllegalArgumentException("vertex index " + i + " outside 0.." + (n - 1));
        return i;
    }

    /** The same nodes and edges with the given radii (one per node, or null for none). */
    public LayoutGraph withRadius(double[] radius) {
        return new LayoutGraph(nodeCount, edgeSource, edgeTarget, radius);
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeSource.length;
    }

    public int[] edgeSource() {
        return edgeSource;
    }

    public int[] edgeTarget() {
        return edgeTarget;
    }

    /** One radius per node, or null when nodes are points. */
    public double[] radius() {
        return radius;
    }

    public boolean hasRadius() {
        return radius != null;
    }

    public double radius(int node) {
        return radius == null ? 0 : radius[node];
    }

    /** Number of edge ends at the node, self-loops excluded. */
    public int degree(int node) {
        return adjStart[node + 1] - adjStart[node];
    }

    /** CSR offsets: neighbours of v are {@code adjacency()[adjacencyStart()[v] .. adjacencyStart()[v+1])}. */
    int[] adjacencyStart() {
        return adjStart;
    }

    int[] adjacency() {
        return adj;
    }
}
