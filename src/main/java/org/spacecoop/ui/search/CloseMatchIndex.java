package org.spacecoop.ui.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.spacecoop.core.model.Entity;

/**
 * Narrows the entities worth an edit-distance check for a misspelt text: those whose names and aliases share the most
 * letter pairs with it. A misspelling keeps most of its pairs ("tiangnog" and "tiangong" share ti, ia, an, ng), so the
 * few hundred best-sharing entities hold the close matches; at 50,000 entities this keeps a keystroke's search to a
 * few milliseconds instead of an edit-distance run over every name. No JavaFX here.
 */
final class CloseMatchIndex {

    /** How many entities the edit-distance check is given at most. */
    static final int CANDIDATES = 400;

    private final Entity[] entities;
    private final Map<String, int[]> postings = new HashMap<>();

    CloseMatchIndex(Iterable<Entity> all) {
        List<Entity> list = new ArrayList<>();
        Map<String, List<Integer>> building = new HashMap<>();
        for (Entity e : all) {
            int i = list.size();
            list.add(e);
            Set<String> pairs = new HashSet<>();
            for (String name : e.names()) pairs.addAll(pairs(name.toLowerCase(Locale.ROOT)));
            for (String p : pairs) building.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
        }
        entities = list.toArray(Entity[]::new);
        building.forEach((p, ids) -> postings.put(p, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The entities sharing the most letter pairs with the text, best first, at most {@link #CANDIDATES}. */
    List<Entity> candidates(String text) {
        Set<String> pairs = pairs(text);
        int[] shared = new int[entities.length];
        int most = 0;
        for (String p : pairs) {
            int[] ids = postings.get(p);
            if (ids == null) continue;
            for (int i : ids) most = Math.max(most, ++shared[i]);
        }
        // Bucketed by pairs shared, most first, cut at CANDIDATES.
        List<List<Entity>> byCount = new ArrayList<>();
        for (int c = 0; c <= most; c++) byCount.add(new ArrayList<>());
        for (int i = 0; i < shared.length; i++) if (shared[i] > 0) byCount.get(shared[i]).add(entities[i]);
        List<Entity> out = new ArrayList<>();
        for (int c = most; c > 0 && out.size() < CANDIDATES; c--) {
            List<Entity> bucket = byCount.get(c);
            out.addAll(bucket.subList(0, Math.min(bucket.size(), CANDIDATES - out.size())));
        }
        return out;
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) out.add(new String(new char[] {a, b}));
        }
        return out;
    }
}
