package org.spacecoop.core.filter;

import java.util.BitSet;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * The result of applying a {@link FilterState}: one vertex and one edge predicate, and a JGraphT
 * {@link MaskSubgraph} view of the full graph built on them (no copy). Immutable; cheap to replace.
 */
public final class FilteredGraph {

    private final FilterIndex index;
    private final FilterState state;
    private final BitSet vertices;
    private final BitSet edges;
    private final Predicate<Entity> vertexPredicate;
    private final Predicate<Relation> edgePredicate;
    private final Graph<Entity, Relation> view;
    private FilterCounts counts;
    private int[] perSource;

    FilteredGraph(FilterIndex index, FilterState state, BitSet vertices, BitSet edges) {
        this.index = index;
        this.state = state;
        this.vertices = vertices;
        this.edges = edges;
        this.vertexPredicate = v -> {
            int i = index.vertex(v);
            return i >= 0 && vertices.get(i);
        };
        this.edgePredicate = r -> {
            int i = index.edge(r);
            return i >= 0 && edges.get(i);
        };
        this.view = new MaskSubgraph<>(index.cg.graph(), vertexPredicate.negate(), edgePredicate.negate());
    }

    public FilterState state() {
        return state;
    }

    /** The shown part of the graph: a read-only view over the full graph. */
    public Graph<Entity, Relation> view() {
        return view;
    }

    /** True for shown entities. */
    public Predicate<Entity> vertexPredicate() {
        return vertexPredicate;
    }

    /** True for shown relations (both ends are then shown too). */
    public Predicate<Relation> edgePredicate() {
        return edgePredicate;
    }

    public boolean isVisible(Entity e) {
        return vertexPredicate.test(e);
    }

    public boolean isVisible(Relation r) {
        return edgePredicate.test(r);
    }

    /** Whether the vertex at this position of the full graph's vertex set is shown. */
    public boolean isVisibleAt(int vertexIndex) {
        return vertices.get(vertexIndex);
    }

    public int nodeCount() {
        return vertices.cardinality();
    }

    public int edgeCount() {
        return edges.cardinality();
    }

    public int totalNodes() {
        return index.vertices.length;
    }

    public int totalEdges() {
        return index.edges.length;
    }

    /** Shown entities per kind and shown relations per type and status. */
    public synchronized FilterCounts counts() {
        if (counts == null) counts = FilterCounts.of(index, vertices, edges);
        return counts;
    }

    /** Shown relations evidenced by a source key (a document id or a web host, as {@link FilterOptions} offers them). */
    public synchronized int relationsEvidencedBy(String sourceKey) {
        Integer k = index.sourceKeys.get(sourceKey);
        if (k == null) return 0;
        if (perSource == null) {
            perSource = new int[index.sourceKeys.size()];
            for (int e = edges.nextSetBit(0); e >= 0; e = edges.nextSetBit(e + 1)) {
                for (int key : index.eSources[e]) perSource[key]++;
            }
        }
        return perSource[k];
    }

    /** "12 of 80 nodes, 9 of 150 relations" followed by the filters that are on. */
    public String summary() {
        String shown = nodeCount() + " of " + totalNodes() + " nodes, " + edgeCount() + " of " + totalEdges() + " relations";
        var on = state.describe();
        return on.isEmpty() ? shown : shown + " · " + String.join(" · ", on);
    }
}
