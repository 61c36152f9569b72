package org.spacecoop.core.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * The caption of an exported image: dataset title, filter text, "as of" date, the dataset's own as-of date, and
 * the sources behind the visible edges: quoted documents first (title, publisher, date), then web references, at
 * most {@code maxSources} named.
 */
public final class ExportCaption {

    public static final int DEFAULT_MAX_SOURCES = 12;

    private ExportCaption() {
    }

    public static Caption of(Dataset d, Graph<Entity, Relation> view, String filterText, String asOf, int maxSources) {
        Map<String, Source> byId = d.sources().stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        Set<String> documents = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (Relation r : d.relations()) {
            if (!view.containsEdge(r)) continue;
            for (Passage p : r.evidence().passages()) {
                Source s = byId.get(p.sourceId());
                if (s != null) documents.add(describe(s));
            }
            for (Reference ref : r.evidence().references()) references.add(ref.title() == null || ref.title().isBlank() ? ref.url() : ref.title());
        }
        List<String> all = new ArrayList<>(documents);
        all.addAll(references);
        List<String> shown = new ArrayList<>(all.subList(0, Math.min(all.size(), Math.max(0, maxSources))));
        if (all.size() > shown.size()) shown.add("and " + (all.size() - shown.size()) + " more");
        return new Caption(d.title(), filterText, asOf, shown, d.asOf() == null ? "" : d.asOf().toString());
    }

    private static String describe(Source s) {
        StringBuilder b = new StringBuilder(s.title());
        if (s.publisher() != null && !s.publisher().isBlank()) b.append(", ").append(s.publisher());
        if (s.date() != null && !s.date().isBlank()) b.append(", ").append(s.date());
        return b.toString();
    }
}
