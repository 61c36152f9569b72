package org.spacecoop.core.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.util.ArrayUnenforcedSet;

/**
 * A read-only directed pseudograph kept in arrays: the vertices and edges in insertion order, each edge's ends
 * as vertex positions, and every vertex's out- and in-edges as slices of two position arrays (compressed sparse
 * rows). It answers like JGraphT's {@code DirectedPseudograph} built by the same calls (same iteration orders,
 * loops counted twice in {@link #degreeOf}), at about 30 bytes per edge instead of about 150, and with no
 * per-edge objects for the collector to trace or copy: on a million relations, building JGraphT's graph took
 * about two of the six seconds of a load. Modifying methods throw {@link UnsupportedOperationException}.
 */
public final class ArrayGraph<V, E> extends AbstractGraph<V, E> {

    private static final GraphType TYPE = DefaultGraphType.directedPseudograph().asUnweighted().asUnmodifiable();

    private final Object[] vertices;
    private final Object[] edges;
    private final int vertexCount, edgeCount;
    private final int[] source, target;
    /** Vertex v's out-edges are {@code outEdges[outStart[v], outStart[v + 1])}; the same for in-edges. */
    private final int[] outStart, outEdges, inStart, inEdges;
    private final PositionTable vertexPositions, edgePositions;
    private final Set<V> vertexSet;
    private final Set<E> edgeSet;

    private ArrayGraph(Builder<V, E> b) {
        vertexCount = b.vertexCount;
        edgeCount = b.edgeCount;
        vertices = b.vertices;
        edges = b.edges;
        source = b.source;
        target = b.target;
        vertexPositions = b.vertexPositions;
        edgePositions = b.edgePositions;
        outStart = new int[vertexCount + 1];
        inStart = new int[vertexCount + 1];
        outEdges = new int[edgeCount];
        inEdges = new int[edgeCount];
        rows(source, outStart, outEdges);
        rows(target, inStart, inEdges);
        vertexSet = new Slice<>(vertices, null, 0, vertexCount, vertexPositions);
        edgeSet = new Slice<>(edges, null, 0, edgeCount, edgePositions);
    }

    /** Groups the edges by {@code end} (stable: each vertex's edges stay in insertion order). */
    private void rows(int[] end, int[] start, int[] out) {
        for (int e = 0; e < edgeCount; e++) start[end[e] + 1]++;
        for (int v = 0; v < vertexCount; v++) start[v + 1] += start[v];
        int[] next = Arrays.copyOf(start, vertexCount);
        for (int e = 0; e < edgeCount; e++) out[next[end[e]]++] = e;
    }

    /** Collects vertices and edges; {@link #build} freezes them into a graph. Not thread-safe. */
    public static final class Builder<V, E> {
        private Object[] vertices, edges;
        private int vertexCount, edgeCount;
        /** Edges below this position are in {@link #edgePositions}; the rest wait for {@link #tableEdges}. */
        private int tabledEdges;
        private int[] source, target;
        private final PositionTable vertexPositions;
        /** Made at the first look-up of an edge; until then edges only go into the arrays. */
        private PositionTable edgePositions;
        private final int expectedEdges;
        private boolean built;

        /** The expected sizes only save copying; the builder grows past them. */
        public Builder(int expectedVertices, int expectedEdges) {
            vertices = new Object[Math.max(4, expectedVertices)];
            edges = new Object[Math.max(4, expectedEdges)];
            source = new int[edges.length];
            target = new int[edges.length];
            vertexPositions = new PositionTable(vertices.length);
            this.expectedEdges = Math.max(4, expectedEdges);
        }

        /** Adds a vertex unless an equal one is there; returns its position either way. */
        public int addVertex(V v) {
            checkOpen();
            int known = vertexPositions.find(v, vertices);
            if (known >= 0) return known;
            if (vertexCount == vertices.length) vertices = Arrays.copyOf(vertices, vertexCount * 2);
            vertices[vertexCount] = v;
            vertexPositions.add(v, vertexCount, vertices);
            return vertexCount++;
        }

        /** Adds an edge between two vertex positions; false (and nothing added) when an equal edge is there. */
        public boolean addEdge(E e, int from, int to) {
            checkOpen();
            if (from < 0 || from >= vertexCount || to < 0 || to >= vertexCount) {
                throw new IllegalArgumentException("edge " + e + " has an end that is not a vertex");
            }
            tableEdges();
            if (edgePositions.find(e, edges) >= 0) return false;
            addNewEdge(e, from, to);
            return true;
        }

        /**
         * Adds an edge the caller knows is not in the graph yet (a loader that has checked the ids are unique):
         * {@link #addEdge} without its look-up, which on a million edges is a million cache misses. The edge goes
         * into the position table later, with the others added this way, in one tight loop ({@link #tableEdges}).
         */
        public void addNewEdge(E e, int from, int to) {
            checkOpen();
            if (from < 0 || from >= vertexCount || to < 0 || to >= vertexCount) {
                throw new IllegalArgumentException("edge " + e + " has an end that is not a vertex");
            }
            if (edgeCount == edges.length) {
                edges = Arrays.copyOf(edges, edgeCount * 2);
                source = Arrays.copyOf(source, edges.length);
                target = Arrays.copyOf(target, edges.length);
            }
            edges[edgeCount] = e;
            source[edgeCount] = from;
            target[edgeCount] = to;
            edgeCount++;
        }

        /**
         * Puts the edges added since the last call into the position table. In a loop that does nothing else, the
         * processor overlaps the cache misses of many edges (the edge, its hash, the table's slot); one at a time,
         * between a loader's other work, each waited for its own. On a million edges, JFR samples put this loop at
         * 60-90 ms, where the insertions had taken about 0.3 s at the end of each load. May run on another thread
         * than the one adding edges, with nothing added meanwhile, and {@link #build} after it has finished.
         */
        public void tableEdges() {
            // sized for the edges there are, or (for a builder that looks edges up as they come) those expected
            if (edgePositions == null) edgePositions = new PositionTable(edgeCount > 0 ? edgeCount : expectedEdges);
            for (; tabledEdges < edgeCount; tabledEdges++) edgePositions.add(edges[tabledEdges], tabledEdges, edges);
        }

        /** The position of a vertex added before, or -1. */
        public int position(V v) {
            return vertexPositions.find(v, vertices);
        }

        /** The position of a vertex added before whose hash code is {@code hash} and that passes {@code test}, or -1. */
        @SuppressWarnings("unchecked")
        public int position(int hash, Predicate<? super V> test) {
            return vertexPositions.find(hash, v -> test.test((V) v), vertices);
        }

        public int edgeCount() {
            return edgeCount;
        }

        /** The graph; it shares this builder's arrays, so the builder takes nothing more after this. */
        public ArrayGraph<V, E> build() {
            tableEdges();
            if (edges.length - edgeCount > edgeCount / 8) { // an expected size that erred high: hand on no spare room
                edges = Arrays.copyOf(edges, edgeCount);
                source = Arrays.copyOf(source, edgeCount);
                target = Arrays.copyOf(target, edgeCount);
            }
            built = true;
            return new ArrayGraph<>(this);
        }

        private void checkOpen() {
            if (built) throw new IllegalStateException("the graph is built: the builder takes nothing more");
        }
    }

    // --- reading ---

    @SuppressWarnings("unchecked")
    private V vertex(int i) {
        return (V) vertices[i];
    }

    @SuppressWarnings("unchecked")
    private E edge(int i) {
        return (E) edges[i];
    }

    /**
     * The vertex whose hash code is {@code hash} and that passes {@code test}, or null: a look-up by a key that
     * determines the hash (an entity by its id), through the graph's own table rather than a map beside it.
     */
    @SuppressWarnings("unchecked")
    public V vertex(int hash, Predicate<? super V> test) {
        int i = vertexPositions.find(hash, v -> test.test((V) v), vertices);
        return i < 0 ? null : vertex(i);
    }

    private int vertexPosition(Object v) {
        return v == null ? -1 : vertexPositions.find(v, vertices);
    }

    private int edgePosition(Object e) {
        return e == null ? -1 : edgePositions.find(e, edges);
    }

    private int existingVertex(Object v) {
        int i = vertexPosition(v);
        if (i < 0) throw new IllegalArgumentException("no such vertex in graph: " + v);
        return i;
    }

    private int existingEdge(Object e) {
        int i = edgePosition(e);
        if (i < 0) throw new IllegalArgumentException("no such edge in graph: " + e);
        return i;
    }

    @Override
    public Set<E> getAllEdges(V sourceVertex, V targetVertex) {
        int s = vertexPosition(sourceVertex), t = vertexPosition(targetVertex);
        if (s < 0 || t < 0) return null;
        ArrayUnenforcedSet<E> out = new ArrayUnenforcedSet<>();
        for (int k = outStart[s]; k < outStart[s + 1]; k++) if (target[outEdges[k]] == t) out.add(edge(outEdges[k]));
        return out;
    }

    @Override
    public E getEdge(V sourceVertex, V targetVertex) {
        int s = vertexPosition(sourceVertex), t = vertexPosition(targetVertex);
        if (s < 0 || t < 0) return null;
        for (int k = outStart[s]; k < outStart[s + 1]; k++) if (target[outEdges[k]] == t) return edge(outEdges[k]);
        return null;
    }

    @Override
    public boolean containsEdge(E e) {
        return edgePosition(e) >= 0;
    }

    @Override
    public boolean containsVertex(V v) {
        return vertexPosition(v) >= 0;
    }

    @Override
    public Set<E> edgeSet() {
        return edgeSet;
    }

    @Override
    public Set<V> vertexSet() {
        return vertexSet;
    }

    @Override
    public int degreeOf(V vertex) {
        int v = existingVertex(vertex);
        return outStart[v + 1] - outStart[v] + inStart[v + 1] - inStart[v];
    }

    /** In-edges, then out-edges that are not loops (a loop appears once), as JGraphT's directed graphs do. */
    @Override
    public Set<E> edgesOf(V vertex) {
        int v = existingVertex(vertex);
        ArrayUnenforcedSet<E> out = new ArrayUnenforcedSet<>(outStart[v + 1] - outStart[v] + inStart[v + 1] - inStart[v]);
        for (int k = inStart[v]; k < inStart[v + 1]; k++) out.add(edge(inEdges[k]));
        for (int k = outStart[v]; k < outStart[v + 1]; k++) if (target[outEdges[k]] != v) out.add(edge(outEdges[k]));
        return Collections.unmodifiableSet(out);
    }

    @Override
    public int inDegreeOf(V vertex) {
        int v = existingVertex(vertex);
        return inStart[v + 1] - inStart[v];
    }

    @Override
    public Set<E> incomingEdgesOf(V vertex) {
        int v = existingVertex(vertex);
        return new Slice<>(edges, inEdges, inStart[v], inStart[v + 1], edgePositions);
    }

    @Override
    public int outDegreeOf(V vertex) {
        int v = existingVertex(vertex);
        return outStart[v + 1] - outStart[v];
    }

    @Override
    public Set<E> outgoingEdgesOf(V vertex) {
        int v = existingVertex(vertex);
        return new Slice<>(edges, outEdges, outStart[v], outStart[v + 1], edgePositions);
    }

    @Override
    public V getEdgeSource(E e) {
        return vertex(source[existingEdge(e)]);
    }

    @Override
    public V getEdgeTarget(E e) {
        return vertex(target[existingEdge(e)]);
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(E e) {
        return Graph.DEFAULT_EDGE_WEIGHT;
    }

    // --- the graph is read-only ---

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("this graph is read-only");
    }

    @Override
    public Supplier<V> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<E> getEdgeSupplier() {
        return null;
    }

    @Override
    public E addEdge(V sourceVertex, V targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(V sourceVertex, V targetVertex, E e) {
        throw readOnly();
    }

    @Override
    public V addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(V v) {
        throw readOnly();
    }

    @Override
    public E removeEdge(V sourceVertex, V targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(E e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(V v) {
        throw readOnly();
    }

    @Override
    public boolean removeAllEdges(Collection<? extends E> edges) {
        throw readOnly();
    }

    /** Overridden: AbstractGraph's returns null, rather than refusing, when either vertex is not in the graph. */
    @Override
    public Set<E> removeAllEdges(V sourceVertex, V targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeAllVertices(Collection<? extends V> vertices) {
        throw readOnly();
    }

    @Override
    public void setEdgeWeight(E e, double weight) {
        throw readOnly();
    }
}
