package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * What the detail panel and the source viewer need from the evidence: sources by id, an entity's passages, and the
 * mentions of entities inside a passage or a whole document.
 */
public final class EvidenceIndex {

    private final CooperationGraph graph;
    private final Map<String, Source> sources = new HashMap<>();
    private final NameMatcher allNames;

    public EvidenceIndex(CooperationGraph graph) {
        this.graph = graph;
        for (Source s : graph.dataset().sources()) sources.put(s.id(), s);
        this.allNames = new NameMatcher(graph.entities());
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /**
     * The entity's passages: its own evidence and the quotes of its relations, then every other sentence of the
     * documents that names it; each once, in document order per source.
     */
    public List<Passage> passagesOf(Entity e) {
        Map<String, Passage> unique = new LinkedHashMap<>();
        for (Passage p : e.evidence().passages()) unique.putIfAbsent(key(p), p);
        for (Relation r : graph.graph().edgesOf(e)) {
            for (Passage p : r.evidence().passages()) unique.putIfAbsent(key(p), p);
        }
        List<Passage> result = new ArrayList<>(unique.values());
        result.sort((a, b) -> a.sourceId().equals(b.sourceId()) ? Integer.compare(a.start(), b.start())
                : a.sourceId().compareTo(b.sourceId()));
        return result;
    }

    /** Mentions of the given entities in the passage, offsets relative to the passage text. */
    public List<Mark> mentions(Passage p, Collection<Entity> entities, String styleClass) {
        return new NameMatcher(entities).find(p.text(), styleClass);
    }

    /** Mentions of every known entity in a whole document (for the source viewer), offsets into its text. */
    public List<Mark> mentionsInDocument(Source s, String styleClass) {
        return s.hasText() ? allNames.find(s.text(), styleClass) : List.of();
    }

    private static String key(Passage p) {
        return p.sourceId() + ":" + p.start() + ":" + p.end();
    }
}
