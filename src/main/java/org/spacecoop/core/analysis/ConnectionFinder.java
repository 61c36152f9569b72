package org.spacecoop.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;

/**
 * "How are they connected": the shortest chains of relations between two entities of a graph view.
 *
 * <p>A breadth-first search records, for every entity, all neighbours one step closer to the start; the chains are
 * then read back from the end. (JGraphT's BFS gives one path only, and its all-paths search is directed-only.)
 * Two entities tied by several relations give one chain whose step names the preferred relation (pointing the way
 * of reading, active, with quoted evidence) and lists the others as alternatives.
 */
public final class ConnectionFinder {

    /**
     * @param undirected follow relations against their direction too
     * @param statuses   only relations with these statuses; empty means all
     * @param maxPaths   at most this many chains (all shortest chains can be many)
     */
    public record Options(boolean undirected, Set<Status> statuses, int maxPaths) {
        public Options {
            statuses = statuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(statuses);
            if (maxPaths < 1) throw new IllegalArgumentException("maxPaths must be at least 1");
        }

        public static Options directed() {
            return new Options(false, Set.of(), 10);
        }

        public static Options ignoringDirection() {
            return new Options(true, Set.of(), 10);
        }

        public Options withStatuses(Set<Status> shown) {
            return new Options(undirected, shown, maxPaths);
        }

        boolean allows(Relation r) {
            return statuses.isEmpty() || statuses.contains(r.status());
        }
    }

    private final Graph<Entity, Relation> view;
    private final Options options;

    public ConnectionFinder(Graph<Entity, Relation> view, Options options) {
        this.view = view;
        this.options = options;
    }

    /** The shortest chains from {@code from} to {@code to}; empty when there is none or either is not in the view. */
    public List<Connection> shortest(Entity from, Entity to) {
        if (!view.containsVertex(from) || !view.containsVertex(to)) return List.of();
        if (from.equals(to)) return List.of(new Connection(from, to, List.of()));
        Map<Entity, Integer> dist = new HashMap<>();
        Map<Entity, Set<Entity>> closer = new HashMap<>();
        ArrayDeque<Entity> queue = new ArrayDeque<>();
        dist.put(from, 0);
        queue.add(from);
        while (!queue.isEmpty()) {
            Entity u = queue.poll();
            int du = dist.get(u);
            if (dist.containsKey(to) && du >= dist.get(to)) break;
            for (Entity w : neighbours(u)) {
                Integer dw = dist.get(w);
                if (dw == null) {
                    dist.put(w, du + 1);
                    queue.add(w);
                    dw = du + 1;
                }
                if (dw == du + 1) closer.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(u);
            }
        }
        if (!dist.containsKey(to)) return List.of();
        List<Connection> result = new ArrayList<>();
        collect(to, new ArrayDeque<>(List.of(to)), closer, from, result);
        return result;
    }

    /** The first shortest chain, if any. */
    public Optional<Connection> first(Entity from, Entity to) {
        List<Connection> all = shortest(from, to);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private void collect(Entity at, ArrayDeque<Entity> suffix, Map<Entity, Set<Entity>> closer, Entity start,
                         List<Connection> out) {
        if (out.size() >= options.maxPaths()) return;
        if (at.equals(start)) {
            out.add(toConnection(new ArrayList<>(suffix)));
            return;
        }
        for (Entity prev : closer.getOrDefault(at, Set.of())) {
            suffix.addFirst(prev);
            collect(prev, suffix, closer, start, out);
            suffix.removeFirst();
            if (out.size() >= options.maxPaths()) return;
        }
    }

    private Connection toConnection(List<Entity> chain) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) steps.add(step(chain.get(i), chain.get(i + 1)));
        return new Connection(chain.get(0), chain.get(chain.size() - 1), steps);
    }

    private Step step(Entity a, Entity b) {
        List<Relation> candidates = new ArrayList<>();
        boolean directed = view.getType().isDirected();
        for (Relation r : view.getAllEdges(a, b)) {
            if (options.allows(r) && (!directed || view.getEdgeSource(r).equals(a))) candidates.add(r);
        }
        if (directed && options.undirected()) {
            for (Relation r : view.getAllEdges(b, a)) if (options.allows(r)) candidates.add(r);
        }
        candidates.sort(Comparator.<Relation>comparingInt(r -> view.getEdgeSource(r).equals(a) ? 0 : 1)
                .thenComparingInt(r -> r.status() == Status.ACTIVE ? 0 : 1)
                .thenComparingInt(r -> r.evidence().passages().isEmpty() ? 1 : 0)
                .thenComparing(Relation::id));
        Relation best = candidates.get(0);
        Step.Direction dir = view.getEdgeSource(best).equals(a) ? Step.Direction.FORWARD : Step.Direction.BACKWARD;
        return new Step(a, best, dir, b, candidates.subList(1, candidates.size()));
    }

    private Set<Entity> neighbours(Entity u) {
        Set<Entity> next = new LinkedHashSet<>();
        Iterable<Relation> edges = options.undirected() ? view.edgesOf(u) : view.outgoingEdgesOf(u);
        for (Relation r : edges) {
            if (!options.allows(r)) continue;
            Entity s = view.getEdgeSource(r);
            Entity t = view.getEdgeTarget(r);
            Entity other = s.equals(u) ? t : s;
            if (!other.equals(u)) next.add(other);
        }
        return next;
    }
}
