package org.spacecoop.app.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.text.EditDistance;

/** Finds an entity by id, name or alias; an unknown one gets a message listing the closest matches. */
final class EntityResolver {

    private static final int SHOWN = 5;

    private EntityResolver() {
    }

    static Entity resolve(CooperationGraph graph, String text) throws BadInput {
        var found = graph.find(text.trim());
        if (found.isPresent()) return found.get();
        List<Entity> close = closeMatches(graph, text.trim());
        if (close.isEmpty()) throw new BadInput("unknown entity \"" + text + "\" (no id, name or alias is close to it)");
        StringBuilder sb = new StringBuilder("unknown entity \"" + text + "\"; close matches: ");
        for (int i = 0; i < close.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(close.get(i).id()).append(" (").append(close.get(i).name()).append(')');
        }
        throw new BadInput(sb.toString());
    }

    /** Entities whose id, name or alias is within a few edits of the text or contains it, nearest first. */
    static List<Entity> closeMatches(CooperationGraph graph, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        record Scored(Entity entity, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entity e : graph.entities()) {
            int best = Integer.MAX_VALUE;
            List<String> keys = new ArrayList<>(e.names());
            keys.add(e.id());
            for (String key : keys) {
                String k = key.toLowerCase(Locale.ROOT);
                int d = levenshtein(wanted, k);
                if (wanted.length() >= 3 && k.contains(wanted)) d = Math.min(d, 1);
                best = Math.min(best, d);
            }
            if (best <= limit) scored.add(new Scored(e, best));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.entity().id()));
        return scored.stream().limit(SHOWN).map(Scored::entity).toList();
    }

    static int levenshtein(String a, String b) {
        return EditDistance.between(a, b);
    }
}
