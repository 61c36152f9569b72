package org.spacecoop.core.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.LoadListener;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * The dataset as a JGraphT graph (directed, parallel edges and self-loops allowed), built once,
 * with lookups by id and by alias. The graph is never modified after construction; filters are views over it.
 */
public final class CooperationGraph {

    private final Dataset dataset;
    private final LeanPseudograph graph;
    private final Map<String, Entity> entitiesById;
    /** Relations by id and entities by name, built on first use: a load should not pay for maps few will use. */
    private volatile Lookups lookups;

    private CooperationGraph(Dataset dataset, LeanPseudograph graph, Map<String, Entity> entitiesById) {
        this.dataset = dataset;
        this.graph = graph;
        this.entitiesById = entitiesById;
    }

    /** Builds the graph; the dataset must be valid (every relation's ends exist). */
    public static CooperationGraph of(Dataset dataset) {
        Builder b = new Builder(dataset.relations().size());
        b.entities(dataset.entities());
        for (Relation r : dataset.relations()) b.add(r, b.entitiesById.get(r.from()), b.entitiesById.get(r.to()));
        return b.build(dataset);
    }

    /**
     * Reads, checks and builds in one pass: the graph grows on the reader's relation-checking thread while the
     * file is still being parsed (see {@link LoadListener}), instead of after it.
     */
    public static CooperationGraph load(Path json) throws DatasetException {
        long size;
        try {
            size = Files.size(json);
        } catch (IOException e) {
            size = 0; // the reader reports the missing or unreadable file
        }
        Builder builder = new Builder((int) Math.min(Integer.MAX_VALUE / 2, size / 200)); // ≥ 200 bytes a relation
        Dataset dataset = DatasetReader.load(json, builder);
        return builder.build(dataset);
    }

    /** Builds the graph from what a {@link LoadListener} receives. */
    private static final class Builder implements LoadListener {
        private final int expectedRelations;
        private LeanPseudograph graph;
        private Map<String, Entity> entitiesById = Map.of();
        private Entity[] vertices;
        private DirectedEdgeContainer<Entity, Relation>[] containers;
        private int edges;

        Builder(int expectedRelations) {
            this.expectedRelations = expectedRelations;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void entities(List<Entity> entities) {
            graph = new LeanPseudograph(entities.size(), expectedRelations);
            entitiesById = new HashMap<>(Presized.capacity(entities.size()));
            vertices = entities.toArray(Entity[]::new);
            containers = new DirectedEdgeContainer[vertices.length];
            for (int i = 0; i < vertices.length; i++) {
                graph.addVertex(vertices[i]);
                entitiesById.put(vertices[i].id(), vertices[i]);
                containers[i] = graph.container(vertices[i]);
            }
        }

        /** By position: the ends' edge sets are at hand, with no look-up in the graph's vertex map. */
        @Override
        public void relation(Relation r, int from, int to) {
            graph.addKnownEdge(vertices[from], vertices[to], r, containers[from], containers[to]);
            edges++;
        }

        void add(Relation r, Entity from, Entity to) {
            graph.addKnownEdge(from, to, r);
            edges++;
        }

        /** The graph, or (should the listener have missed anything) one built from the dataset itself. */
        CooperationGraph build(Dataset dataset) {
            if (graph == null || graph.vertexSet().size() != dataset.entities().size()
                    || edges != dataset.relations().size()) {
                return of(dataset);
            }
            return new CooperationGraph(dataset, graph, entitiesById);
        }
    }

    /** The maps built on first use. */
    private record Lookups(Map<String, Relation> relationsById, Map<String, Entity> entitiesByName) {
        static Lookups of(Dataset dataset) {
            Map<String, Relation> relations = new HashMap<>(Presized.capacity(dataset.relations().size()));
            for (Relation r : dataset.relations()) relations.put(r.id(), r);
            Map<String, Entity> names = new HashMap<>();
            // Names first, then aliases, so an entity's own name wins over another entity's alias.
            for (Entity e : dataset.entities()) names.putIfAbsent(key(e.name()), e);
            for (Entity e : dataset.entities()) for (String a : e.aliases()) names.putIfAbsent(key(a), e);
            return new Lookups(relations, names);
        }
    }

    private Lookups lookups() {
        Lookups l = lookups;
        if (l == null) {
            synchronized (this) {
                l = lookups;
                if (l == null) lookups = l = Lookups.of(dataset);
            }
        }
        return l;
    }

    /**
     * A directed pseudograph without JGraphT's default "fast lookup" index of edges by vertex pair, with its
     * maps sized up front, and a way to add an edge without re-checking what the loader has checked. The index
     * costs a pair object and a hash entry per edge (a third of the build time at a million relations) and
     * serves {@code getEdge(u, v)}, which is rare here (a scan of u's out-edges is fine); growing the maps from
     * 16 entries rehashes every edge about once more.
     */
    private static final class LeanPseudograph extends AbstractBaseGraph<Entity, Relation> {
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

        static int capacity(int entries) {
            return Math.max(16, (int) Math.min(1 << 30, entries * 4L / 3 + 1));
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

    public Dataset dataset() {
        return dataset;
    }

    /** The full graph. Treat as read-only. */
    public Graph<Entity, Relation> graph() {
        return graph;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entitiesById.get(id));
    }

    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(lookups().relationsById().get(id));
    }

    /** Finds an entity by id, name or alias, ignoring case. */
    public Optional<Entity> find(String idNameOrAlias) {
        Entity byId = entitiesById.get(idNameOrAlias);
        if (byId != null) return Optional.of(byId);
        byId = entitiesById.get(idNameOrAlias.toLowerCase(Locale.ROOT));
        if (byId != null) return Optional.of(byId);
        return Optional.ofNullable(lookups().entitiesByName().get(key(idNameOrAlias)));
    }

    public Entity from(Relation r) {
        return graph.getEdgeSource(r);
    }

    public Entity to(Relation r) {
        return graph.getEdgeTarget(r);
    }

    public List<Entity> entities() {
        return Collections.unmodifiableList(dataset.entities());
    }

    public List<Relation> relations() {
        return Collections.unmodifiableList(dataset.relations());
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
