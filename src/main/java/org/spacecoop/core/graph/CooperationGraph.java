package org.spacecoop.core.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jgrapht.Graph;
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

    CooperationGraph(Dataset dataset, ArrayGraph<Entity, Relation> graph) {
        this.dataset = dataset;
        this.graph = graph;
    }

    /** Builds the graph; the dataset must be valid (every relation's ends exist). */
    public static CooperationGraph of(Dataset dataset) {
        CooperationGraphBuilder b = new CooperationGraphBuilder(dataset.relations().size());
        b.entities(dataset.entities());
        for (Relation r : dataset.relations()) b.add(r, r.from(), r.to());
        return b.build(dataset);
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
