package org.spacecoop.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * The passages that speak of an entity or a relation: first the curated quotes (the entity's own, then those of
 * its relations), then every sentence of every source document that names it by one of its names. A sentence
 * lying inside a curated quote of the same source is left out, as are repeats. Computed on first request and
 * kept; safe to call from several threads.
 */
public final class PassageIndex {

    private final CooperationGraph graph;
    /** Source documents with text, each split into sentences once. */
    private final Map<Source, List<Span>> sentences = new LinkedHashMap<>();
    private final Map<Entity, MentionFinder> finders = new ConcurrentHashMap<>();
    private final Map<Entity, List<Passage>> byEntity = new ConcurrentHashMap<>();

    public PassageIndex(CooperationGraph graph) {
        this.graph = graph;
        for (Source s : graph.dataset().sources()) {
            if (s.hasText()) sentences.put(s, SentenceSplitter.split(s.text()));
        }
    }

    /** Curated quotes of the entity and its relations, then the sentences that name it. */
    public List<Passage> passagesOf(Entity entity) {
        return byEntity.computeIfAbsent(entity, this::collect);
    }

    /** The relation's curated quotes, then the sentences that name both of its ends. */
    public List<Passage> passagesOf(Relation relation) {
        Collector c = new Collector();
        c.addCurated(relation.evidence().passages());
        Entity from = graph.from(relation), to = graph.to(relation);
        MentionFinder a = finder(from), b = finder(to);
        for (var e : sentences.entrySet()) {
            String text = e.getKey().text();
            for (Span s : e.getValue()) {
                if (!a.find(text, s.start(), s.end()).isEmpty() && !b.find(text, s.start(), s.end()).isEmpty()) {
                    c.addFound(e.getKey(), s);
                }
            }
        }
        return c.result();
    }

    /** Where the text names any of the entities, in text order, without overlaps (the longest name wins). */
    public List<Span> mentions(String text, Entity... entities) {
        if (entities.length == 1) return finder(entities[0]).find(text);
        List<String> names = new ArrayList<>();
        for (Entity e : entities) names.addAll(e.names());
        return new MentionFinder(names).find(text);
    }

    /** The finder for one entity's names. */
    public MentionFinder finder(Entity entity) {
        return finders.computeIfAbsent(entity, e -> new MentionFinder(e.names()));
    }

    private List<Passage> collect(Entity entity) {
        Collector c = new Collector();
        c.addCurated(entity.evidence().passages());
        for (Relation r : graph.graph().outgoingEdgesOf(entity)) c.addCurated(r.evidence().passages());
        for (Relation r : graph.graph().incomingEdgesOf(entity)) c.addCurated(r.evidence().passages());
        MentionFinder finder = finder(entity);
        for (var e : sentences.entrySet()) {
            Source source = e.getKey();
            List<Span> spans = e.getValue();
            for (Span mention : finder.find(source.text())) {
                Span sentence = containing(spans, mention.start());
                if (sentence != null) c.addFound(source, sentence);
            }
        }
        return c.result();
    }

    /** The sentence holding the offset, by binary search over the ordered spans. */
    private static Span containing(List<Span> spans, int offset) {
        int lo = 0, hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /** Gathers passages without repeats; found sentences inside a curated quote are dropped. */
    private static final class Collector {
        private final List<Passage> out = new ArrayList<>();
        private final Set<List<Object>> seen = new HashSet<>();
        private final List<Passage> curated = new ArrayList<>();

        void addCurated(List<Passage> passages) {
            for (Passage p : passages) {
                if (seen.add(Arrays.asList(p.sourceId(), p.start(), p.end()))) {
                    out.add(p);
                    curated.add(p);
                }
            }
        }

        void addFound(Source source, Span s) {
            for (Passage p : curated) {
                if (p.sourceId().equals(source.id()) && p.start() <= s.start() && s.end() <= p.end()) return;
            }
            if (seen.add(Arrays.asList(source.id(), s.start(), s.end()))) {
                out.add(new Passage(source.id(), s.start(), s.end(), s.of(source.text()), false));
            }
        }

        List<Passage> result() {
            return List.copyOf(out);
        }
    }
}
