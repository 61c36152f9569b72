package org.spacecoop.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jgrapht.Graph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * Finds entities by name or alias, ignoring case: exact matches first, then prefixes of the name, prefixes of a
 * word in it, and substrings; ties go to the better connected entity. No JavaFX here.
 */
public final class EntitySearch {

    /** An entity found, with the name or alias that matched (to show "Tiangong (天宫)"). */
    public record Hit(Entity entity, String matched, int rank) {
        @Override
        public String toString() {
            return matched.equals(entity.name()) ? entity.name() : entity.name() + " (" + matched + ")";
        }
    }

    private final Graph<Entity, Relation> graph;

    public EntitySearch(Graph<Entity, Relation> graph) {
        this.graph = graph;
    }

    /** Up to {@code limit} hits for the text, best first; empty for blank text. */
    public List<Hit> suggest(String text, int limit) {
        String q = norm(text);
        if (q.isEmpty()) return List.of();
        List<Hit> hits = new ArrayList<>();
        for (Entity e : graph.vertexSet()) {
            Hit best = null;
            for (String name : e.names()) {
                int rank = rank(norm(name), q);
                if (rank >= 0 && (best == null || rank < best.rank())) best = new Hit(e, name, rank);
            }
            if (e.id().equals(q) && (best == null || best.rank() > 0)) best = new Hit(e, e.name(), 0);
            if (best != null) hits.add(best);
        }
        hits.sort(Comparator.comparingInt(Hit::rank)
                .thenComparing(h -> -graph.degreeOf(h.entity()))
                .thenComparing(h -> h.entity().name(), String.CASE_INSENSITIVE_ORDER));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** The best match, if any. */
    public Optional<Entity> find(String text) {
        return suggest(text, 1).stream().findFirst().map(Hit::entity);
    }

    /** 0 exact, 1 prefix, 2 prefix of a later word, 3 substring, -1 no match. */
    static int rank(String name, String q) {
        if (name.equals(q)) return 0;
        if (name.startsWith(q)) return 1;
        int at = name.indexOf(q);
        if (at < 0) return -1;
        while (at > 0) {
            if (!Character.isLetterOrDigit(name.charAt(at - 1))) return 2;
            at = name.indexOf(q, at + 1);
        }
        return 3;
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
