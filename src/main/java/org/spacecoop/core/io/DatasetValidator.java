package org.spacecoop.core.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spacecoop.core.io.Drafts.EntityDraft;
import org.spacecoop.core.io.Drafts.EvidenceDraft;
import org.spacecoop.core.io.Drafts.PassageDraft;
import org.spacecoop.core.io.Drafts.RelationDraft;
import org.spacecoop.core.io.Drafts.SourceDraft;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * The checks that span sections: unique ids, relations to existing entities, source files, quotes found in
 * their documents, date order, evidence. Builds the {@link Dataset} when nothing is wrong.
 */
final class DatasetValidator {

    private final Problems problems;
    private final SourceResolver resolver;
    private final Map<String, SourceDraft> sources = new HashMap<>();
    private Map<String, EntityDraft> entities = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, QuoteLocator> locators = new HashMap<>();

    private final LoadListener listener;

    /** {@code expectedRelations} sizes the id table (a guess is fine). */
    DatasetValidator(Problems problems, SourceResolver resolver, LoadListener listener, int expectedRelations) {
        this.problems = problems;
        this.resolver = resolver;
        this.listener = listener;
        this.expectedRelations = expectedRelations;
        // sized up front: growing a list of a million copies it about twenty times, each copy a large array that the
        // collector allocates in the old generation and then has to track every reference written into
        this.relationList = new ArrayList<>(Math.max(10, expectedRelations));
    }

    private final int expectedRelations;
    /** The relation ids seen by {@link #addRelation}, made at its first call. */
    private IdPositions relationIds;
    private final List<Relation> relationList;
    private List<SourceDraft> sourceDrafts = List.of();
    private List<Entity> entityList = List.of();

    /** Checks the sources: unique ids, files inside the folder; loads their texts. */
    void addSources(List<SourceDraft> drafts) {
        sourceDrafts = drafts;
        for (SourceDraft s : drafts) checkSource(s);
    }

    /**
     * Registers the entities' ids and checks their own evidence and dates; call after {@link #addSources} and
     * before any {@link #addRelation}. The records go to the listener at once, so relations can follow.
     */
    void addEntities(List<EntityDraft> drafts) {
        entities = new HashMap<>(Math.max(16, drafts.size() * 4 / 3 + 1)); // no rehashing of 250,000 entries
        for (EntityDraft e : drafts) {
            if (e.id != null) unique(entities, e.id, e, e.idAt, "entity");
        }
        // an id reported as invalid ("ESA") still answers for its lower-case form, so relations to "esa"
        // are not reported a second time
        for (EntityDraft e : drafts) {
            if (e.id != null && !Ids.valid(e.id)) entities.putIfAbsent(e.id.toLowerCase(java.util.Locale.ROOT), e);
        }
        List<Entity> records = new ArrayList<>(drafts.size());
        Map<String, String> countries = new HashMap<>(); // one string per country, not one per entity
        for (EntityDraft e : drafts) {
            if (e.country != null) e.country = countries.computeIfAbsent(e.country, c -> c);
            checkDates(e.start, e.end, e.endAt, e);
            List<Passage> passages = passages(e.evidence, e);
            if (problems.isEmpty()) {
                e.record = new Entity(e.id, e.name, e.aliases, e.kind, e.country, e.description, e.start, e.end,
                        e.status, e.unverified, Evidence.of(passages, e.evidence.references));
                records.add(e.record);
            }
        }
        entityList = records;
        if (problems.isEmpty()) listener.entities(records);
    }

    /**
     * Checks one relation against the sources and entities added before and keeps its record. Called as each
     * relation is parsed (when the other sections came first), so drafts do not pile up in memory.
     */
    void addRelation(RelationDraft r) {
        if (r.id != null) {
            if (relationIds == null) relationIds = new IdPositions(expectedRelations);
            long first = relationIds.putIfAbsent(r.id, r.at);
            if (first >= 0) duplicate(r.idAt, r.path() + ".id", "relation", r.id, first);
        }
        Relation relation = record(r);
        if (relation != null && problems.isEmpty()) {
            relationList.add(relation);
            listener.relation(relation, r.fromEntity.index, r.toEntity.index);
        }
    }

    /**
     * The checks of one relation that need nothing but the sources and entities (its ends, dates, evidence and
     * passages), and its record; null when it has a problem (reported). On return {@code r.fromEntity} and
     * {@code r.toEntity} hold its ends.
     */
    private Relation record(RelationDraft r) {
        EntityDraft from = endpoint(r.from, r.fromEntity, r.fromAt, r, ".from");
        EntityDraft to = endpoint(r.to, r.toEntity, r.toAt, r, ".to");
        checkDates(r.start, r.end, r.endAt, r);
        if (r.evidence.passages.isEmpty() && r.evidence.references.isEmpty() && r.evidence.dropped == 0) {
            problems.add(r.at, r.path(), "relation " + (r.id == null ? "" : r.id + " ")
                    + "has no evidence: give at least one of \"passages\" or \"references\"");
        }
        List<Passage> passages = passages(r.evidence, r);
        if (from == null || to == null || !problems.isEmpty()) return null; // (a record needs every field checked)
        r.fromEntity = from;
        r.toEntity = to;
        // the ends' own id strings: a million relations share them instead of keeping parsed copies
        return new Relation(r.id, from.id, to.id, r.type, null, r.status, r.start, r.end, r.note, r.unverified,
                Evidence.of(passages, r.evidence.references));
    }

    /**
     * The dataset when nothing was wrong, else null. {@code asOf} (may be null) is checked against today and the
     * dated facts ({@link AsOfCheck}); {@code asOfAt} is where its value starts.
     */
    Dataset finish(int formatVersion, String title, PartialDate asOf, long asOfAt) {
        if (!problems.isEmpty()) return null;
        listener.relationsDone(); // its work overlaps with the checks below
        List<Source> sourceList = new ArrayList<>(sourceDrafts.size());
        for (SourceDraft s : sourceDrafts) {
            sourceList.add(new Source(s.id, s.title, s.publisher, s.date, s.url, s.kind, s.file, texts.get(s.id)));
        }
        String wrongAsOf = asOf == null ? null
                : AsOfCheck.problem(asOf, LocalDate.now(), sourceList, entityList, relationList);
        if (wrongAsOf != null) {
            problems.add(asOfAt, "$.asOf", wrongAsOf);
            return null;
        }
        return new Dataset(formatVersion, title == null ? "" : title, sourceList, entityList, relationList, asOf);
    }

    private void checkSource(SourceDraft s) {
        if (s.id == null) return;
        if (!unique(sources, s.id, s, s.idAt, "source") || s.file == null) return;
        String path = s.path() + ".file";
        if (s.file.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(s.fileAt, path, "source file " + Suggestions.quote(s.file) + " is not a valid file name: it holds a control character");
            return;
        }
        if (!insideSources(s.file)) {
            problems.add(s.fileAt, path, "source file " + Suggestions.quote(s.file)
                    + " lies outside the sources folder: give a name relative to data/sources/, without \"..\"");
            return;
        }
        try {
            Optional<String> text = resolver.text(s.file);
            if (text.isEmpty()) {
                problems.add(s.fileAt, path, "source file not found: sources/" + s.file);
            } else {
                texts.put(s.id, text.get());
                locators.put(s.id, new QuoteLocator(s.id, text.get()));
            }
        } catch (SourceFileRefused e) {
            problems.add(s.fileAt, path, "source file sources/" + s.file + " " + e.getMessage());
        } catch (NotUtf8Exception e) {
            problems.add(s.fileAt, path, "cannot read source file sources/" + s.file + ":" + e.line() + ":" + e.column()
                    + ": " + e.reason());
        } catch (IOException e) {
            problems.add(s.fileAt, path, "cannot read source file sources/" + s.file + ": " + e.getMessage());
        }
    }

    /** A relative path that stays inside the folder: no absolute path, drive, backslash or ".." segment. */
    static boolean insideSources(String file) {
        if (file.isBlank() || file.startsWith("/") || file.contains("\\") || file.contains(":")) return false;
        for (String part : file.split("/", -1)) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) return false;
        }
        return true;
    }

    /** Records the id; reports a duplicate (at its id) and returns false when it was seen before. */
    private <T> boolean unique(Map<String, T> seen, String id, T draft, long idAt, String what) {
        T first = seen.putIfAbsent(id, draft);
        if (first == null) return true;
        long at = first instanceof SourceDraft s ? s.at : ((EntityDraft) first).at;
        String path = (draft instanceof SourceDraft s ? s.path() : ((EntityDraft) draft).path()) + ".id";
        duplicate(idAt, path, what, id, at);
        return false;
    }

    private void duplicate(long idAt, String path, String what, String id, long firstAt) {
        problems.add(idAt, path, "duplicate " + what + " id " + Suggestions.quote(id) + " (first defined at "
                + Places.line(firstAt) + ":" + Places.column(firstAt) + ")");
    }

    /**
     * Looks up the relation's ends while its strings are still in the parser's cache (called on the parser's
     * thread, after {@link #addEntities}; the map is not written after that), and computes its id's hash there.
     */
    void resolve(RelationDraft r) {
        if (r.id != null) r.id.hashCode();
        if (r.from != null) r.fromEntity = entities.get(r.from);
        if (r.to != null) r.toEntity = entities.get(r.to);
    }

    /** The entity a relation's end names ({@code found} by {@link #resolve}); null (and reported) when none. */
    private EntityDraft endpoint(String id, EntityDraft found, long at, RelationDraft r, String field) {
        if (found != null) return found;
        if (id == null) return null;
        EntityDraft e = entities.get(id);
        if (e == null) {
            problems.add(at, r.path() + field, "unknown entity " + Suggestions.quote(id) + Suggestions.didYouMean(id, entities.keySet()));
        }
        return e;
    }

    private void checkDates(PartialDate start, PartialDate end, long endAt, Object owner) {
        if (start != null && end != null && end.endsBefore(start)) {
            problems.add(endAt, path(owner) + ".end", "end " + end + " is before start " + start);
        }
    }

    /** The located passages; {@code owner} is the entity or relation draft, for the JSON path of a problem. */
    private List<Passage> passages(EvidenceDraft evidence, Object owner) {
        if (evidence.passages.isEmpty()) return List.of();
        if (evidence.passages.size() == 1) { // the common case: no list to copy later
            Passage located = locate(evidence.passages.get(0), owner);
            return located == null ? List.of() : List.of(located);
        }
        List<Passage> out = new ArrayList<>(evidence.passages.size());
        for (PassageDraft p : evidence.passages) {
            Passage located = locate(p, owner);
            if (located != null) out.add(located);
        }
        return out;
    }

    /** The JSON path of an entity or relation draft, built only when a problem needs it. */
    private static String path(Object owner) {
        return owner instanceof EntityDraft e ? e.path() : ((RelationDraft) owner).path();
    }

    private static String path(Object owner, PassageDraft p) {
        return path(owner) + ".passages[" + p.index + "]";
    }

    private Passage locate(PassageDraft p, Object owner) {
        if (p.source == null || p.quote == null) return null;
        SourceDraft source = sources.get(p.source);
        if (source == null) {
            problems.add(p.sourceAt, path(owner, p) + ".source", "unknown source " + Suggestions.quote(p.source)
                    + Suggestions.didYouMean(p.source, sources.keySet()));
            return null;
        }
        String text = texts.get(p.source);
        if (text == null) {
            // a missing or unreadable file was reported at the source; say so only when it has no file at all
            if (source.file == null) {
                problems.add(p.sourceAt, path(owner, p) + ".source", "source " + Suggestions.quote(p.source)
                        + " has no \"file\" to quote from");
            }
            return null;
        }
        QuoteLocator locator = locators.get(p.source);
        Passage passage = locator.locate(p.quote);
        if (passage == null) {
            int prefix = locator.matchingPrefix(p.quote);
            String hint = prefix < 10 ? "" : "; the text matches up to "
                    + Suggestions.quote(tail(QuoteLocator.collapse(p.quote).substring(0, prefix)));
            problems.add(p.quoteAt, path(owner, p) + ".quote", "quote not found in " + source.file + ": "
                    + Suggestions.quote(p.quote) + hint);
            return null;
        }
        return passage;
    }

    private static String tail(String s) {
        return s.length() <= 40 ? s : "…" + s.substring(s.length() - 40);
    }
}
