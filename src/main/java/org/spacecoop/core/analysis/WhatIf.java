package org.spacecoop.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.analysis.WhatIfReport.Fallout;
import org.spacecoop.core.analysis.WhatIfReport.BlocLoss;
import org.spacecoop.core.analysis.WhatIfReport.MeasureChange;
import org.spacecoop.core.analysis.WhatIfReport.Mover;
import org.spacecoop.core.progress.Progress;

/**
 * Hypothetical removal of entities from a graph view. Nothing is modified: the graph without them is a
 * {@link MaskSubgraph} over the view, and the report compares the two.
 *
 * <p>With the fallout on (the default), removing an actor also removes what cannot stand without it: actors that
 * are {@code part-of} it (NASA with the United States), and programs that only removed actors lead
 * ({@code develops}, {@code operates}, {@code co-leads}, {@code initiates}): without NASA, Gateway goes, and with
 * it every contribution to it. Agreements do not fall: the Artemis Accords remain signed by the others. That is the question the op-ed asks ("if the US pulls out of its own programs").
 */
public final class WhatIf {

    private final Graph<Entity, Relation> view;
    private final Function<Entity, Optional<String>> blocs;
    private Set<Measure> measures = EnumSet.allOf(Measure.class);
    private int topMovers = 10;
    private boolean fallout = true;

    /** The relation types by which an actor leads a program. */
    static final Set<RelationType> LEADS = EnumSet.of(RelationType.DEVELOPS, RelationType.OPERATES,
            RelationType.CO_LEADS, RelationType.INITIATES);

    public WhatIf(Graph<Entity, Relation> view, Function<Entity, Optional<String>> blocs) {
        this.view = view;
        this.blocs = blocs;
    }

    public WhatIf(Graph<Entity, Relation> view) {
        this(view, Blocs.byCountry());
    }

    /** The measures whose movers the report lists (all four by default; betweenness is the slowest). */
    public WhatIf measures(Set<Measure> chosen) {
        this.measures = chosen.isEmpty() ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(chosen);
        return this;
    }

    /** Whether parts of removed actors and programs only they lead go too (default: yes). */
    public WhatIf fallout(boolean on) {
        this.fallout = on;
        return this;
    }

    public WhatIf topMovers(int n) {
        this.topMovers = n;
        return this;
    }

    /** The view without {@code removed}: a live mask, not a copy. */
    public static Graph<Entity, Relation> without(Graph<Entity, Relation> view, Collection<Entity> removed) {
        Set<Entity> gone = Set.copyOf(removed);
        return new MaskSubgraph<>(view, gone::contains, r -> false);
    }

    public WhatIfReport run(Collection<Entity> toRemove, Entity anchor, Progress progress) {
        if (anchor != null && toRemove.contains(anchor)) {
            throw new IllegalArgumentException("the anchor " + anchor.id() + " is among the removed entities");
        }
        Set<Entity> chosen = new LinkedHashSet<>();
        for (Entity e : toRemove) if (view.containsVertex(e)) chosen.add(e);
        List<Fallout> falloutList = fallout ? fallout(chosen) : List.of();
        Set<Entity> removed = new LinkedHashSet<>(chosen);
        for (Fallout f : falloutList) removed.add(f.entity());
        if (anchor != null && removed.contains(anchor)) {
            throw new IllegalArgumentException("the anchor " + anchor.id() + " goes with the removed entities ("
                    + falloutList.stream().filter(f -> f.entity().equals(anchor)).findFirst().map(Fallout::reason).orElse("") + ")");
        }
        Graph<Entity, Relation> after = without(view, removed);
        long steps = 2 + 2L * measures.size();
        progress.checkCancelled();
        progress.update(0, steps, "relations");

        Set<Relation> lost = new LinkedHashSet<>();
        for (Entity e : removed) lost.addAll(view.edgesOf(e));
        List<Relation> lostList = new ArrayList<>(lost);
        lostList.sort(Comparator.comparing(Relation::id));
        List<BlocLoss> blocLosses = blocLosses(removed);

        progress.checkCancelled();
        progress.update(1, steps, "components");
        var before = new ConnectivityInspector<>(undirected(view));
        var afterCi = new ConnectivityInspector<>(undirected(after));
        List<Entity> cutOff = new ArrayList<>();
        if (anchor != null && view.containsVertex(anchor)) {
            Set<Entity> reachableAfter = afterCi.connectedSetOf(anchor);
            for (Entity e : before.connectedSetOf(anchor)) {
                if (!removed.contains(e) && !reachableAfter.contains(e)) cutOff.add(e);
            }
            cutOff.sort(byName());
        }
        List<Set<Entity>> setsBefore = before.connectedSets();
        List<Set<Entity>> setsAfter = afterCi.connectedSets();
        progress.checkCancelled();
        progress.update(2, steps, "measures");

        List<MeasureChange> changes = new ArrayList<>();
        long done = 2;
        for (Measure m : measures) {
            progress.checkCancelled();
            Map<Entity, Double> s0 = Centrality.scores(view, m);
            progress.update(++done, steps, m.label() + " before");
            Map<Entity, Double> s1 = Centrality.scores(after, m);
            progress.update(++done, steps, m.label() + " after");
            changes.add(new MeasureChange(m, movers(s0, s1)));
        }
        return new WhatIfReport(List.copyOf(chosen), falloutList, lostList, blocLosses, Optional.ofNullable(anchor), cutOff,
                setsBefore.size(), setsAfter.size(), largest(setsBefore), largest(setsAfter), changes);
    }

    public WhatIfReport run(Collection<Entity> toRemove, Entity anchor) {
        return run(toRemove, anchor, Progress.NONE);
    }

    /** Actors part of removed actors (transitively), then programs whose leaders are all gone. */
    private List<Fallout> fallout(Set<Entity> chosen) {
        Map<Entity, String> gone = new LinkedHashMap<>();
        for (Entity e : chosen) gone.put(e, null);
        ArrayDeque<Entity> queue = new ArrayDeque<>(chosen);
        while (!queue.isEmpty()) {
            Entity whole = queue.poll();
            if (!whole.kind().isActor()) continue;
            for (Relation r : view.incomingEdgesOf(whole)) {
                Entity part = view.getEdgeSource(r);
                if (r.type() == RelationType.PART_OF && part.kind().isActor() && !gone.containsKey(part)) {
                    gone.put(part, "part of " + whole.name());
                    queue.add(part);
                }
            }
        }
        Map<Entity, String> programs = new LinkedHashMap<>();
        for (Entity p : view.vertexSet()) {
            // an agreement stands on its signatories, not on whoever drafted it
            if (p.kind().isActor() || p.kind().family() == EntityKind.Family.AGREEMENT || gone.containsKey(p)) continue;
            List<Entity> leaders = new ArrayList<>();
            boolean standing = false;
            for (Relation r : view.incomingEdgesOf(p)) {
                Entity leader = view.getEdgeSource(r);
                if (!LEADS.contains(r.type()) || !leader.kind().isActor() || leader.equals(p)) continue;
                if (gone.containsKey(leader)) {
                    if (!leaders.contains(leader)) leaders.add(leader);
                } else {
                    standing = true;
                }
            }
            if (!standing && !leaders.isEmpty()) {
                leaders.sort(byName());
                programs.put(p, "led only by " + String.join(", ", leaders.stream().map(Entity::name).toList()));
            }
        }
        gone.putAll(programs);
        List<Fallout> list = new ArrayList<>();
        gone.forEach((e, reason) -> {
            if (reason != null) list.add(new Fallout(e, reason));
        });
        return list;
    }

    /** Programs (non-actors) whose partners from some bloc were all removed. */
    private List<BlocLoss> blocLosses(Set<Entity> removed) {
        List<BlocLoss> losses = new ArrayList<>();
        for (Entity p : view.vertexSet()) {
            if (p.kind().isActor() || removed.contains(p)) continue;
            Map<String, Set<Entity>> partnersByBloc = new TreeMap<>();
            for (Entity partner : Graphs.neighborSetOf(view, p)) {
                if (!partner.kind().isActor()) continue;
                blocs.apply(partner).ifPresent(b -> partnersByBloc.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(partner));
            }
            partnersByBloc.forEach((bloc, partners) -> {
                if (removed.containsAll(partners)) {
                    List<Entity> lostPartners = new ArrayList<>(partners);
                    lostPartners.sort(byName());
                    losses.add(new BlocLoss(p, bloc, lostPartners));
                }
            });
        }
        losses.sort(Comparator.comparing((BlocLoss l) -> l.program().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(BlocLoss::bloc));
        return losses;
    }

    private List<Mover> movers(Map<Entity, Double> before, Map<Entity, Double> after) {
        Map<Entity, Integer> rank0 = ranks(before);
        Map<Entity, Integer> rank1 = ranks(after);
        List<Mover> movers = new ArrayList<>();
        for (Map.Entry<Entity, Double> e : after.entrySet()) {
            double b = before.getOrDefault(e.getKey(), 0.0);
            if (Math.abs(e.getValue() - b) < 1e-12) continue;
            movers.add(new Mover(e.getKey(), b, e.getValue(), rank0.get(e.getKey()), rank1.get(e.getKey())));
        }
        movers.sort(Comparator.comparingDouble((Mover m) -> -Math.abs(m.change()))
                .thenComparing(m -> m.entity().name(), String.CASE_INSENSITIVE_ORDER));
        return movers.subList(0, Math.min(topMovers, movers.size()));
    }

    private static Map<Entity, Integer> ranks(Map<Entity, Double> scores) {
        Map<Entity, Integer> ranks = new HashMap<>();
        for (RankedEntity r : Centrality.rank(scores)) ranks.put(r.entity(), r.rank());
        return ranks;
    }

    private static int largest(List<Set<Entity>> sets) {
        return sets.stream().mapToInt(Set::size).max().orElse(0);
    }

    private static Graph<Entity, Relation> undirected(Graph<Entity, Relation> g) {
        return g.getType().isDirected() ? new AsUndirectedGraph<>(g) : g;
    }

    static Comparator<Entity> byName() {
        return Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Entity::id);
    }
}
