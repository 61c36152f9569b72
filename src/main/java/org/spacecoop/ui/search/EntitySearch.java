package org.spacecoop.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jgrapht.Graph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.text.EditDistance;

/**
 * Finds entities by name or alias, ignoring case: exact matches first, then prefixes of the name, prefixes of a
 * word in it, and substrings; ties go to the better connected entity. When nothing matches so, close matches: names
 * and aliases (or their beginnings, from any word) within a few edits of the text, so "Tiangnog" finds Tiangong and
 * "Mohamed bin Rashid" the Mohammed bin Rashid Space Centre. No JavaFX here.
 */
public final class EntitySearch {

    /** Ranks from here on are close matches: {@code CLOSE + 2 × edits (+ 1 when the match starts at a later word)}. */
    static final int CLOSE = 4;
    /** Texts shorter than this get no close matches (too many short names are a couple of edits apart). */
    static final int MIN_CLOSE_LENGTH = 4;

    /** An entity found, with the name or alias that matched (to show "Tiangong (天宫)"). */
    public record Hit(Entity entity, String matched, int rank) {

        /** Whether this is a close match (a misspelling) rather than a match of the text as typed. */
        public boolean isClose() {
            return rank >= CLOSE;
        }

        @Override
        public String toString() {
            return matched.equals(entity.name()) ? entity.name() : entity.name() + " (" + matched + ")";
        }
    }

    private final Graph<Entity, Relation> graph;
    private Entity[] entities;
    private String[][] normNames;
    /** Built at the first misspelling: most searches never need it. */
    private CloseMatchIndex closeIndex;

    public EntitySearch(Graph<Entity, Relation> graph) {
        this.graph = graph;
    }

    /** Up to {@code limit} hits for the text, best first; empty for blank text. */
    public List<Hit> suggest(String text, int limit) {
        String q = norm(text);
        if (q.isEmpty()) return List.of();
        List<Hit> hits = new ArrayList<>();
        if (entities == null) normalise();
        for (int i = 0; i < entities.length; i++) {
            Entity e = entities[i];
            Hit best = null;
            List<String> names = e.names();
            for (int k = 0; k < names.size(); k++) {
                int rank = rank(normNames[i][k], q);
                if (rank >= 0 && (best == null || rank < best.rank())) best = new Hit(e, names.get(k), rank);
            }
            if (e.id().equals(q) && (best == null || best.rank() > 0)) best = new Hit(e, e.name(), 0);
            if (best != null) hits.add(best);
        }
        if (hits.isEmpty()) hits = closeMatches(q);
        hits.sort(Comparator.comparingInt(Hit::rank)
                .thenComparing(h -> -graph.degreeOf(h.entity()))
                .thenComparing(h -> h.entity().name(), String.CASE_INSENSITIVE_ORDER));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** Names and aliases lower-cased once, not on every keystroke (a large graph has 100,000 of them). */
    private void normalise() {
        Entity[] all = graph.vertexSet().toArray(Entity[]::new);
        String[][] names = new String[all.length][];
        for (int i = 0; i < all.length; i++) names[i] = all[i].names().stream().map(EntitySearch::norm).toArray(String[]::new);
        normNames = names;
        entities = all;
    }

    /** The best match, if any. */
    public Optional<Entity> find(String text) {
        return suggest(text, 1).stream().findFirst().map(Hit::entity);
    }

    private List<Hit> closeMatches(String q) {
        List<Hit> hits = new ArrayList<>();
        if (q.length() < MIN_CLOSE_LENGTH) return hits;
        int max = allowedEdits(q.length());
        if (closeIndex == null) closeIndex = new CloseMatchIndex(graph.vertexSet());
        for (Entity e : closeIndex.candidates(q)) {
            Hit best = null;
            for (String name : e.names()) {
                int rank = closeRank(norm(name), q, max);
                if (rank >= 0 && (best == null || rank < best.rank())) best = new Hit(e, name, rank);
            }
            if (best != null) hits.add(best);
        }
        return hits;
    }

    /** Edits allowed for a text of this length: 1 up to 5 characters, 2 up to 9, then 3. */
    static int allowedEdits(int length) {
        return length <= 5 ? 1 : length <= 9 ? 2 : 3;
    }

    /** The close-match rank of a name for the text, or -1: the name's beginning or a later word's, within max edits. */
    static int closeRank(String name, String q, int max) {
        int best = -1;
        for (int at = 0; at < name.length(); at++) {
            if (at > 0 && Character.isLetterOrDigit(name.charAt(at - 1))) continue; // word starts only
            if (!Character.isLetterOrDigit(name.charAt(at))) continue;
            int d = EditDistance.toPrefix(q, name.substring(at), max);
            if (d > max) continue;
            int rank = CLOSE + 2 * d + (at > 0 ? 1 : 0);
            if (best < 0 || rank < best) best = rank;
        }
        return best;
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
