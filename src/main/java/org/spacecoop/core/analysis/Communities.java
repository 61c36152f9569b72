package org.spacecoop.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * Communities of a graph view by JGraphT's label propagation, on the undirected view (several relations between
 * two entities pull them together more strongly than one). Deterministic for a given seed and graph.
 * Entities without relations are communities of their own. Communities are numbered from the largest.
 */
public final class Communities {

    /** The seed used unless the caller chooses one. */
    public static final long DEFAULT_SEED = 42;
    /** Label propagation normally settles within a few rounds; the cap guards against oscillation. */
    private static final int MAX_ITERATIONS = 100;

    /** A community: its number (0 = largest) and its members ordered by name. */
    public record Community(int index, List<Entity> members) {
        public Community {
            members = List.copyOf(members);
        }

        public int size() {
            return members.size();
        }
    }

    private final List<Community> communities;
    private final Map<Entity, Community> byEntity;

    private Communities(List<Community> communities) {
        this.communities = List.copyOf(communities);
        this.byEntity = new HashMap<>();
        for (Community c : communities) for (Entity e : c.members()) byEntity.put(e, c);
    }

    public static Communities detect(Graph<Entity, Relation> view) {
        return detect(view, DEFAULT_SEED);
    }

    public static Communities detect(Graph<Entity, Relation> view, long seed) {
        Graph<Entity, Relation> undirected = view.getType().isDirected() ? new AsUndirectedGraph<>(view) : view;
        // JGraphT's implementation cannot label a vertex without neighbours (it draws from an empty choice).
        Set<Entity> alone = new LinkedHashSet<>();
        for (Entity v : undirected.vertexSet()) if (isolated(undirected, v)) alone.add(v);
        Graph<Entity, Relation> connected = new MaskSubgraph<>(undirected, alone::contains, e -> false);
        List<Set<Entity>> clusters = new LabelPropagationClustering<>(connected, MAX_ITERATIONS, new Random(seed))
                .getClustering().getClusters();
        List<List<Entity>> groups = new ArrayList<>();
        for (Set<Entity> cluster : clusters) groups.add(sorted(cluster));
        for (Entity v : alone) groups.add(List.of(v));
        groups.sort(Comparator.<List<Entity>>comparingInt(List::size).reversed()
                .thenComparing(g -> g.get(0).name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(g -> g.get(0).id()));
        List<Community> result = new ArrayList<>();
        for (List<Entity> g : groups) result.add(new Community(result.size(), g));
        return new Communities(result);
    }

    /** Largest first. */
    public List<Community> list() {
        return communities;
    }

    public Optional<Community> of(Entity entity) {
        return Optional.ofNullable(byEntity.get(entity));
    }

    /** The community number of every entity, for colouring. */
    public Map<Entity, Integer> indexByEntity() {
        Map<Entity, Integer> map = new HashMap<>();
        byEntity.forEach((e, c) -> map.put(e, c.index()));
        return map;
    }

    private static boolean isolated(Graph<Entity, Relation> g, Entity v) {
        for (Relation r : g.edgesOf(v)) if (!g.getEdgeSource(r).equals(g.getEdgeTarget(r))) return false;
        return true;
    }

    private static List<Entity> sorted(Set<Entity> members) {
        List<Entity> list = new ArrayList<>(members);
        list.sort(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Entity::id));
        return list;
    }
}
