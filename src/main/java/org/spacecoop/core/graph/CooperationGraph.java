package org.spacecoop.core.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * The dataset as a JGraphT graph (directed, parallel edges and self-loops allowed), built once,
 * with lookups by id and by alias. The graph is never modified after construction; filters are views over it.
 */
public final class CooperationGraph {

    private final Dataset dataset;
    private final Graph<Entity, Relation> graph;
    private final Map<String, Entity> entitiesById;
    private final Map<String, Relation> relationsById;
    private final Map<String, Entity> entitiesByName;

    private CooperationGraph(Dataset dataset) {
        this.dataset = dataset;
        this.graph = new DirectedPseudograph<>(null, null, false);
        this.entitiesById = new LinkedHashMap<>();
        this.relationsById = new LinkedHashMap<>();
        this.entitiesByName = new HashMap<>();
        for (Entity e : dataset.entities()) {
            graph.addVertex(e);
            entitiesById.put(e.id(), e);
        }
        // Names first, then aliases, so an entity's own name wins over another entity's alias.
        for (Entity e : dataset.entities()) entitiesByName.putIfAbsent(key(e.name()), e);
        for (Entity e : dataset.entities()) for (String a : e.aliases()) entitiesByName.putIfAbsent(key(a), e);
        for (Relation r : dataset.relations()) {
            graph.addEdge(entitiesById.get(r.from()), entitiesById.get(r.to()), r);
            relationsById.put(r.id(), r);
        }
    }

    /** Builds the graph; the dataset must be valid (every relation's ends exist). */
    public static CooperationGraph of(Dataset dataset) {
        return new CooperationGraph(dataset);
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
        return Optional.ofNullable(relationsById.get(id));
    }

    /** Finds an entity by id, name or alias, ignoring case. */
    public Optional<Entity> find(String idNameOrAlias) {
        Entity byId = entitiesById.get(idNameOrAlias);
        if (byId != null) return Optional.of(byId);
        byId = entitiesById.get(idNameOrAlias.toLowerCase(Locale.ROOT));
        if (byId != null) return Optional.of(byId);
        return Optional.ofNullable(entitiesByName.get(key(idNameOrAlias)));
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
