package org.spacecoop.core.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.EdgeSetFactory;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.DirectedEdgeContainer;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * A directed pseudograph without JGraphT's default "fast lookup" index of edges by vertex pair, with its
 * maps sized up front, and a way to add an edge without re-checking what the loader has checked. The index
 * costs a pair object and a hash entry per edge (a third of the build time at a million relations) and
 * serves {@code getEdge(u, v)}, which is rare here (a scan of u's out-edges is fine); growing the maps from
 * 16 entries rehashes every edge about once more.
 */
final class LeanPseudograph extends AbstractBaseGraph<Entity, Relation> {
    private final Presized parts;

    LeanPseudograph(int vertices, int edges) {
        this(new Presized(vertices, edges));
    }

    private LeanPseudograph(Presized parts) {
        super(null, null, DefaultGraphType.directedPseudograph().asUnweighted(), parts);
        this.parts = parts;
    }

    /**
     * {@link #addEdge(Object, Object, Object)} without its two vertex look-ups and its first of two
     * duplicate checks: the ends come from this graph's own id map. A repeated id is still refused.
     */
    void addKnownEdge(Entity source, Entity target, Relation r) {
        if (source == null || target == null) throw new IllegalArgumentException("relation " + r.id() + " names an unknown entity");
        if (parts.edges.add(r, source, target)) parts.specifics.addEdgeToTouchingVertices(source, target, r);
    }

    /** The same, given the ends' edge containers ({@link #container}). */
    void addKnownEdge(Entity source, Entity target, Relation r, DirectedEdgeContainer<Entity, Relation> out,
                      DirectedEdgeContainer<Entity, Relation> in) {
        if (parts.edges.add(r, source, target)) {
            out.addOutgoingEdge(r);
            in.addIncomingEdge(r);
        }
    }

    DirectedEdgeContainer<Entity, Relation> container(Entity v) {
        return parts.specifics.container(v);
    }

    /** Hash map capacity that holds {@code entries} without growing. */
    static int capacity(int entries) {
        return Math.max(16, (int) Math.min(1 << 30, entries * 4L / 3 + 1));
    }

    /** Builds the graph's two parts with presized maps, and keeps them for {@link LeanPseudograph#addKnownEdge}. */
    private static final class Presized implements GraphSpecificsStrategy<Entity, Relation> {
        private final int vertexCount, edgeCount;
        IntrusiveEdgesSpecifics<Entity, Relation> edges;
        ContainerSpecifics specifics;

        Presized(int vertexCount, int edgeCount) {
            this.vertexCount = vertexCount;
            this.edgeCount = edgeCount;
        }

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<Entity, Relation>> getIntrusiveEdgesSpecificsFactory() {
            return type -> edges = new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity(edgeCount)));
        }

        @Override
        public BiFunction<Graph<Entity, Relation>, GraphType, Specifics<Entity, Relation>> getSpecificsFactory() {
            return (graph, type) -> specifics = new ContainerSpecifics(graph, new LinkedHashMap<>(capacity(vertexCount)),
                    getEdgeSetFactory());
        }
    }

    /** JGraphT's directed specifics, with a vertex's edge container reachable from outside. */
    private static final class ContainerSpecifics extends DirectedSpecifics<Entity, Relation> {
        ContainerSpecifics(Graph<Entity, Relation> graph, Map<Entity, DirectedEdgeContainer<Entity, Relation>> vertices,
                           EdgeSetFactory<Entity, Relation> edgeSets) {
            super(graph, vertices, edgeSets);
        }

        DirectedEdgeContainer<Entity, Relation> container(Entity v) {
            return getEdgeContainer(v);
        }
    }
}
