package org.spacecoop.core.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * The undirected simple graph under a view: one edge per pair of entities that share at least one relation, in
 * either direction, without self-loops.
 *
 * <p>Path-based measures (betweenness, closeness) ask who lies between whom. Relation directions in this data are
 * grammatical ("ESA provides-hardware Gateway", "Japan signatory-of Artemis Accords"), not a flow that could only
 * pass one way, so following them would leave most pairs unreachable. JGraphT's {@code AsUndirectedGraph} drops the
 * directions but keeps parallel relations, and Brandes' algorithm counts a path once per parallel relation: a pair
 * tied by a membership and a cooperation would double every path through it. Collapsing to one tie per pair
 * keeps the measures about the shape of the network, not about how many facts we recorded.
 */
public final class Skeleton {

    private Skeleton() {
    }

    public static Graph<Entity, DefaultEdge> of(Graph<Entity, Relation> view) {
        Graph<Entity, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (Entity v : view.vertexSet()) g.addVertex(v);
        for (Relation r : view.edgeSet()) {
            Entity a = view.getEdgeSource(r);
            Entity b = view.getEdgeTarget(r);
            if (!a.equals(b) && !g.containsEdge(a, b)) g.addEdge(a, b);
        }
        return g;
    }
}
