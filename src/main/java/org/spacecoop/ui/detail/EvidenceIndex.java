package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.text.PassageIndex;
import org.spacecoop.core.text.Span;

/**
 * What the detail panel and the source viewer need from the evidence, over the loader's {@link PassageIndex}:
 * sources by id, passages of an entity or a relation, and the mentions of entities in a text, each tied to its entity
 * so it can be styled and clicked.
 */
public final class EvidenceIndex {

    private final CooperationGraph graph;
    private final PassageIndex passages;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, List<Mark>> documentMentions = new ConcurrentHashMap<>();

    public EvidenceIndex(CooperationGraph graph) {
        this.graph = graph;
        this.passages = new PassageIndex(graph);
        for (Source s : graph.dataset().sources()) sources.put(s.id(), s);
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Curated quotes of the entity and its relations, then the other sentences that name it. */
    public List<Passage> passagesOf(Entity e) {
        return passages.passagesOf(e);
    }

    /** The relation's curated quotes, then the sentences naming both its ends. */
    public List<Passage> passagesOf(Relation r) {
        return passages.passagesOf(r);
    }

    /** Mentions of the given entities in a text (a passage's), without overlaps: the longest name wins. */
    public List<Mark> mentions(String text, Collection<Entity> entities, String styleClass) {
        List<Mark> all = new ArrayList<>();
        for (Entity e : entities) {
            for (Span s : passages.finder(e).find(text)) all.add(new Mark(s.start(), s.end(), styleClass, e));
        }
        return withoutOverlaps(all, text.length());
    }

    /** Mentions of every known entity in a whole document (for the source viewer); computed once per document. */
    public List<Mark> mentionsInDocument(Source s, String styleClass) {
        if (!s.hasText()) return List.of();
        List<Mark> marks = documentMentions.computeIfAbsent(s.id(), id -> mentions(s.text(), graph.entities(), "mention"));
        if (styleClass.equals("mention")) return marks;
        return marks.stream().map(m -> new Mark(m.start(), m.end(), styleClass, m.entity())).toList();
    }

    static List<Mark> withoutOverlaps(List<Mark> marks, int length) {
        List<Mark> byLength = new ArrayList<>(marks);
        byLength.sort(Comparator.comparingInt((Mark m) -> m.start() - m.end()).thenComparingInt(Mark::start));
        boolean[] taken = new boolean[length + 1];
        List<Mark> kept = new ArrayList<>();
        outer:
        for (Mark m : byLength) {
            for (int i = m.start(); i < m.end(); i++) if (taken[i]) continue outer;
            for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mark::start));
        return kept;
    }
}
