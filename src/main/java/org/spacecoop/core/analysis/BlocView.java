package org.spacecoop.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Entities grouped by alignment: Artemis Accords signatories ({@code signatory-of} or {@code co-leads →
 * artemis_accords}), ILRS partners ({@code member-of} or {@code co-leads → ilrs}), both, or neither; and the
 * relations within and across the groups.
 *
 * <p>Alignment is read from the graph given as {@code membership} (normally the whole graph, so a filter that hides
 * the membership relations does not change who belongs where), counting only relations with the given statuses
 * (active ones by default: a planned or cancelled signature does not align anyone). An entity with no membership of
 * its own takes that of its country ({@code cty_<code>}), so NASA counts as Artemis through the United States.
 * The two hubs belong to their own bloc. Relations are counted in {@code view}.
 */
public final class BlocView {

    public static final String ARTEMIS_ID = "artemis_accords";
    public static final String ILRS_ID = "ilrs";

    /** An entity's alignment; {@code inherited} when it came from the entity's country. */
    public record Member(Entity entity, Alignment alignment, boolean inherited) {
    }

    /** Relations of the view between two groups (a ≤ b in declaration order; a == b for relations within one). */
    public record Tie(Alignment a, Alignment b, List<Relation> relations) {
        public Tie {
            relations = List.copyOf(relations);
        }
    }

    private final Map<Entity, Member> members;
    private final List<Tie> ties;

    private BlocView(Map<Entity, Member> members, List<Tie> ties) {
        this.members = members;
        this.ties = ties;
    }

    public static BlocView of(Graph<Entity, Relation> membership, Graph<Entity, Relation> view) {
        return of(membership, view, EnumSet.of(Status.ACTIVE, Status.PLANNED));
    }

    public static BlocView of(Graph<Entity, Relation> membership, Graph<Entity, Relation> view, Set<Status> statuses) {
        Map<Entity, Alignment> own = new HashMap<>();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : membership.vertexSet()) {
            byId.put(e.id(), e);
            own.put(e, ownAlignment(membership, e, statuses));
        }
        Map<Entity, Member> members = new HashMap<>();
        for (Entity e : view.vertexSet()) {
            Alignment a = own.getOrDefault(e, ownAlignment(view, e, statuses));
            boolean inherited = false;
            if (a == Alignment.NEITHER && e.country() != null && e.country().length() == 2) {
                Entity country = byId.get("cty_" + e.country().toLowerCase(Locale.ROOT));
                if (country != null && !country.equals(e) && own.get(country) != Alignment.NEITHER) {
                    a = own.get(country);
                    inherited = true;
                }
            }
            members.put(e, new Member(e, a, inherited));
        }
        Map<Alignment, Map<Alignment, List<Relation>>> grid = new EnumMap<>(Alignment.class);
        for (Relation r : view.edgeSet()) {
            Alignment x = members.get(view.getEdgeSource(r)).alignment();
            Alignment y = members.get(view.getEdgeTarget(r)).alignment();
            Alignment lo = x.compareTo(y) <= 0 ? x : y;
            Alignment hi = lo == x ? y : x;
            grid.computeIfAbsent(lo, k -> new EnumMap<>(Alignment.class)).computeIfAbsent(hi, k -> new ArrayList<>()).add(r);
        }
        List<Tie> ties = new ArrayList<>();
        grid.forEach((lo, row) -> row.forEach((hi, rels) -> {
            rels.sort(Comparator.comparing(Relation::id));
            ties.add(new Tie(lo, hi, rels));
        }));
        return new BlocView(members, List.copyOf(ties));
    }

    private static Alignment ownAlignment(Graph<Entity, Relation> g, Entity e, Set<Status> statuses) {
        if (e.id().equals(ARTEMIS_ID)) return Alignment.ARTEMIS;
        if (e.id().equals(ILRS_ID)) return Alignment.ILRS;
        if (!g.containsVertex(e)) return Alignment.NEITHER;
        boolean artemis = false;
        boolean ilrs = false;
        for (Relation r : g.outgoingEdgesOf(e)) {
            if (!statuses.contains(r.status())) continue;
            String target = g.getEdgeTarget(r).id();
            boolean joins = r.type() == RelationType.SIGNATORY_OF || r.type() == RelationType.CO_LEADS;
            if (joins && target.equals(ARTEMIS_ID)) artemis = true;
            if ((r.type() == RelationType.MEMBER_OF || r.type() == RelationType.CO_LEADS) && target.equals(ILRS_ID)) {
                ilrs = true;
            }
        }
        return Alignment.of(artemis, ilrs);
    }

    public Member member(Entity e) {
        return members.get(e);
    }

    /** The entities of each group, ordered by name. */
    public Map<Alignment, List<Entity>> groups() {
        Map<Alignment, List<Entity>> groups = new EnumMap<>(Alignment.class);
        for (Alignment a : Alignment.values()) groups.put(a, new ArrayList<>());
        for (Member m : members.values()) groups.get(m.alignment()).add(m.entity());
        groups.values().forEach(l -> l.sort(WhatIf.byName()));
        return groups;
    }

    /** Relations within and between groups, for every pair that has any. */
    public List<Tie> ties() {
        return ties;
    }

    /** Relations whose ends are in different groups, ordered by id. */
    public List<Relation> across() {
        return ties.stream().filter(t -> t.a() != t.b()).flatMap(t -> t.relations().stream())
                .sorted(Comparator.comparing(Relation::id)).toList();
    }
}
