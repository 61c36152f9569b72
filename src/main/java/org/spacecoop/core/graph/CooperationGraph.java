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
import java.util.concurrent.CompletableFuture;

import org.jgrapht.Graph;
import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.LoadListener;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * The dataset as a JGraphT graph (directed, parallel edges and self-loops allowed; an {@link ArrayGraph}), built once,
 * with lookups by id and by alias. The graph is never modified after construction; filters are views over it.
 */
public final class CooperationGraph {

    private final Dataset dataset;
    private final ArrayGraph<Entity, Relation> graph;
    /** Relations by id and entities by name, built on first use: a load should not pay for maps few will use. */
    private volatile Lookups lookups;

    private CooperationGraph(Dataset dataset, ArrayGraph<Entity, Relation> graph) {
        this.dataset = dataset;
        this.graph = graph;
    }

    /** Builds the graph; the dataset must be valid (every relation's ends exist). */
    public static CooperationGraph of(Dataset dataset) {
        Builder b = new Builder(dataset.relations().size());
        b.entities(dataset.entities());
        for (Relation r : dataset.relations()) b.add(r, r.from(), r.to());
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
        Builder builder = new Builder(DatasetReader.expectedRelations(size));
        Dataset dataset = DatasetReader.load(json, builder);
        return builder.buildOrRedo(dataset);
    }

    /** Builds the graph from what a {@link LoadListener} receives. */
    private static final class Builder implements LoadListener {
        private final int expectedRelations;
        private ArrayGraph.Builder<Entity, Relation> graph;
        /** Graph position of each entity in the list (an entity repeating an id shares the first one's). */
        private int[] positions;
        private int edges;
        /** The edge table being filled after the last relation ({@link #relationsDone}), or null. */
        private CompletableFuture<Void> tabling;

        Builder(int expectedRelations) {
            this.expectedRelations = expectedRelations;
        }

        @Override
        public void entities(List<Entity> entities) {
            awaitTabling(); // a reader starting over: the table being filled belongs to the builder dropped here
            graph = new ArrayGraph.Builder<>(entities.size(), expectedRelations); // a reader starting over drops the old one
            edges = 0;
            positions = new int[entities.size()];
            for (int i = 0; i < positions.length; i++) {
                Entity e = entities.get(i);
                positions[i] = graph.addVertex(e);
            }
        }

        /** By position in the entity list: no look-up of the ends, and none of the id (the reader checked it is new). */
        @Override
        public void relation(Relation r, int from, int to) {
            graph.addNewEdge(r, positions[from], positions[to]);
            edges++;
        }

        void add(Relation r, String from, String to) {
            int s = from == null ? -1 : graph.position(from.hashCode(), e -> e.id().equals(from));
            int t = to == null ? -1 : graph.position(to.hashCode(), e -> e.id().equals(to));
            if (s < 0 || t < 0) throw new IllegalArgumentException("relation " + r.id() + " names an unknown entity");
            graph.addEdge(r, s, t);
            edges++;
        }

        /**
         * Fills the edge table on another thread while the reader checks the relation ids (the two took 0.1-0.2 s
         * one after the other at the end of a million-relation load, the other core idle).
         */
        @Override
        public void relationsDone() {
            ArrayGraph.Builder<Entity, Relation> g = graph;
            if (g != null) tabling = CompletableFuture.runAsync(g::tableEdges);
        }

        private void awaitTabling() {
            if (tabling != null) tabling.join();
            tabling = null;
        }

        /** The graph built from the dataset's own lists. */
        CooperationGraph build(Dataset dataset) {
            awaitTabling();
            if (graph == null) entities(List.of());
            return new CooperationGraph(dataset, graph.build());
        }

        /** The graph the listener built, or (should it have missed anything) one built from the dataset itself. */
        CooperationGraph buildOrRedo(Dataset dataset) {
            if (graph == null || positions.length != dataset.entities().size() || edges != dataset.relations().size()) {
                return of(dataset);
            }
            return build(dataset);
        }
    }

    /**
     * The entity with this id, found in the graph's own vertex table: an entity's hash code is its id's
     * ({@link Entity#hashCode}), so no map from ids to entities is kept beside the graph (250,000 entries cost
     * 10 MB and a quarter of a million objects for the collector to trace).
     */
    private static Entity byId(ArrayGraph<Entity, Relation> graph, String id) {
        return id == null ? null : graph.vertex(id.hashCode(), e -> e.id().equals(id));
    }

    /** Hash map capacity that holds {@code entries} without growing. */
    static int capacity(int entries) {
        return Math.max(16, (int) Math.min(1 << 30, entries * 4L / 3 + 1));
    }

    /** The maps built on first use. */
    private record Lookups(Map<String, Relation> relationsById, Map<String, Entity> entitiesByName) {
        static Lookups of(Dataset dataset) {
            Map<String, Relation> relations = new HashMap<>(capacity(dataset.relations().size()));
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
        return Optional.ofNullable(byId(graph, id));
    }

    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(lookups().relationsById().get(id));
    }

    /** Finds an entity by id, name or alias, ignoring case. */
    public Optional<Entity> find(String idNameOrAlias) {
        Entity byId = byId(graph, idNameOrAlias);
        if (byId != null) return Optional.of(byId);
        byId = byId(graph, idNameOrAlias.toLowerCase(Locale.ROOT));
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
