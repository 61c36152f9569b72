package org.spacecoop.core.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jgrapht.Graph;
import org.jgrapht.graph.specifics.DirectedEdgeContainer;
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
        return builder.buildOrRedo(dataset);
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
            entitiesById = new HashMap<>(LeanPseudograph.capacity(entities.size()));
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

        /** The graph built from the dataset's own lists. */
        CooperationGraph build(Dataset dataset) {
            return new CooperationGraph(dataset, graph == null ? new LeanPseudograph(0, 0) : graph, entitiesById);
        }

        /** The graph the listener built, or (should it have missed anything) one built from the dataset itself. */
        CooperationGraph buildOrRedo(Dataset dataset) {
            if (graph == null || graph.vertexSet().size() != dataset.entities().size()
                    || edges != dataset.relations().size()) {
                return of(dataset);
            }
            return build(dataset);
        }
    }

    /** The maps built on first use. */
    private record Lookups(Map<String, Relation> relationsById, Map<String, Entity> entitiesByName) {
        static Lookups of(Dataset dataset) {
            Map<String, Relation> relations = new HashMap<>(LeanPseudograph.capacity(dataset.relations().size()));
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
