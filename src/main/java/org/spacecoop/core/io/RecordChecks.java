package org.spacecoop.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

/**
 * The loader's rules for one source, entity or relation checked against the rest of a dataset, with the loader's
 * words: an editor checks each edit with these before it changes anything. Ids (syntax), required fields,
 * vocabularies, dates in order, URLs, relations to existing entities, evidence present, quotes found word for word
 * in their source document, the {@code asOf} date not before the record's dates. Uniqueness of ids is the caller's
 * to check (it knows whether a record is new), with {@link #duplicate}.
 * <p>
 * A record that passes comes back normalised as a load would give it: passages located in their document (offsets
 * and the document's own text), a reference without title given an empty one, a source's text read.
 */
public final class RecordChecks {

    /** The rest of the dataset, as it stands. */
    public interface Context {
        /** The source of this id, null when there is none. */
        Source source(String id);

        boolean hasEntity(String id);

        /** Every entity id, for "did you mean" hints. */
        Collection<String> entityIds();

        /** Every source id, for "did you mean" hints. */
        Collection<String> sourceIds();

        /** The dataset's as-of date, null when it has none. */
        PartialDate asOf();
    }

    /** One thing wrong with a record: the field it concerns (as named in the format) and why. */
    public record FieldProblem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /** A record as a load would give it, or what is wrong with it. */
    public record Checked<T>(T record, List<FieldProblem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Context context;
    private final SourceResolver documents;
    /** Per source id: the text it was built for and the locator (rebuilt when a source's text changes). */
    private final Map<String, Map.Entry<String, QuoteLocator>> locators = new HashMap<>();

    /** {@code documents} reads the text of a source whose {@code file} an edit sets (the dataset's sources/ folder). */
    public RecordChecks(Context context, SourceResolver documents) {
        this.context = context;
        this.documents = documents;
    }

    /** The resolver of a dataset file's documents: the {@code sources/} folder beside it. */
    public static SourceResolver documentsBeside(Path json) {
        return SourceResolver.directory(json.toAbsolutePath().getParent().resolve("sources"));
    }

    /** The message of a repeated id, as the loader words it. */
    public static String duplicate(String what, String id) {
        return "duplicate " + what + " id " + Suggestions.quote(id);
    }

    /** What is wrong with the dataset's as-of date against these records, or null (the loader's rule). */
    public static String asOfProblem(PartialDate asOf, List<Source> sources, List<Entity> entities, List<Relation> relations) {
        return asOf == null ? null : AsOfCheck.problem(asOf, LocalDate.now(), sources, entities, relations);
    }

    public Checked<Source> source(Source s) {
        List<FieldProblem> problems = new ArrayList<>();
        id(s.id(), problems);
        text("title", s.title(), problems);
        text("publisher", s.publisher(), problems);
        String date = s.date();
        if (date != null) {
            PartialDate d = PartialDate.parseOrNull(date);
            if (d == null || !date.equals(date.trim())) problems.add(new FieldProblem("date", malformedDate(date)));
            else date = d.toString();
        }
        url("url", s.url(), problems);
        text("kind", s.kind(), problems);
        String text = s.file() == null ? null : s.text();
        if (s.file() != null && text == null) text = document(s.file(), problems);
        Source out = new Source(s.id(), s.title(), s.publisher(), date, s.url(), s.kind(), s.file(), text);
        if (!problems.isEmpty()) return new Checked<>(null, problems);
        String wrongAsOf = asOfProblem(context.asOf(), List.of(out), List.of(), List.of());
        if (wrongAsOf != null) problems.add(new FieldProblem("date", wrongAsOf));
        return new Checked<>(problems.isEmpty() ? out : null, problems);
    }

    public Checked<Entity> entity(Entity e) {
        List<FieldProblem> problems = new ArrayList<>();
        id(e.id(), problems);
        text("name", e.name(), problems);
        for (String alias : e.aliases()) {
            if (alias == null || alias.isBlank()) problems.add(new FieldProblem("aliases", "must not be empty"));
        }
        if (e.kind() == null) problems.add(missing("kind"));
        text("description", e.description(), problems);
        if (e.status() == null) problems.add(missing("status"));
        dates(e.start(), e.end(), problems);
        Evidence evidence = evidence(e.evidence(), problems);
        if (!problems.isEmpty()) return new Checked<>(null, problems);
        Entity out = new Entity(e.id(), e.name(), e.aliases(), e.kind(), e.country(), e.description(), e.start(), e.end(),
                e.status(), e.unverified(), evidence);
        asOf(e.status(), e.start(), e.end(), List.of(), List.of(out), List.of(), problems);
        return new Checked<>(problems.isEmpty() ? out : null, problems);
    }

    public Checked<Relation> relation(Relation r) {
        List<FieldProblem> problems = new ArrayList<>();
        id(r.id(), problems);
        endpoint("from", r.from(), problems);
        endpoint("to", r.to(), problems);
        if (r.type() == null || r.type() == RelationType.OTHER) {
            String given = r.type() == null ? null : r.typeName();
            problems.add(given == null ? missing("type") : new FieldProblem("type", "unknown relation type "
                    + Suggestions.quote(given) + "; expected one of: " + String.join(", ", vocabulary())));
        }
        if (r.status() == null) problems.add(missing("status"));
        dates(r.start(), r.end(), problems);
        if (r.evidence().isEmpty()) {
            problems.add(new FieldProblem("evidence", "relation " + (r.id() == null ? "" : r.id() + " ")
                    + "has no evidence: give at least one of \"passages\" or \"references\""));
        }
        Evidence evidence = evidence(r.evidence(), problems);
        if (!problems.isEmpty()) return new Checked<>(null, problems);
        Relation out = new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), r.start(), r.end(), r.note(),
                r.unverified(), evidence);
        asOf(r.status(), r.start(), r.end(), List.of(), List.of(), List.of(out), problems);
        return new Checked<>(problems.isEmpty() ? out : null, problems);
    }

    /** The passage of a quote in a source, located as a load locates it; a problem when it cannot be. */
    public Checked<Passage> passage(String sourceId, String quote) {
        List<FieldProblem> problems = new ArrayList<>();
        Passage p = locate(sourceId, quote, problems);
        return new Checked<>(p, problems);
    }

    private Evidence evidence(Evidence evidence, List<FieldProblem> problems) {
        List<Passage> passages = new ArrayList<>(evidence.passages().size());
        for (Passage p : evidence.passages()) {
            if (!p.curated()) continue; // sentences found by alias matching are not data
            Passage located = locate(p.sourceId(), p.text(), problems);
            if (located != null) passages.add(located);
        }
        List<Reference> references = new ArrayList<>(evidence.references().size());
        for (Reference r : evidence.references()) {
            url("references", r.url(), problems);
            if (r.url() == null) problems.add(new FieldProblem("references", "a reference needs a \"url\""));
            references.add(r.title() == null ? new Reference(r.url(), "") : r);
        }
        return Evidence.of(passages, references);
    }

    private Passage locate(String sourceId, String quote, List<FieldProblem> problems) {
        if (sourceId == null) {
            problems.add(new FieldProblem("passages", "a passage needs a \"source\""));
            return null;
        }
        if (quote == null || quote.isBlank()) {
            problems.add(new FieldProblem("passages", "the quote must not be empty"));
            return null;
        }
        Source source = context.source(sourceId);
        if (source == null) {
            problems.add(new FieldProblem("passages", "unknown source " + Suggestions.quote(sourceId)
                    + Suggestions.didYouMean(sourceId, context.sourceIds())));
            return null;
        }
        if (source.file() == null || source.text() == null) {
            problems.add(new FieldProblem("passages", "source " + Suggestions.quote(sourceId) + " has no \"file\" to quote from"));
            return null;
        }
        QuoteLocator locator = locator(source);
        Passage passage = locator.locate(quote);
        if (passage == null) {
            int prefix = locator.matchingPrefix(quote);
            String collapsed = QuoteLocator.collapse(quote);
            String hint = prefix < 10 ? "" : "; the text matches up to "
                    + Suggestions.quote(tail(collapsed.substring(0, Math.min(prefix, collapsed.length()))));
            problems.add(new FieldProblem("passages", "quote not found in " + source.file() + ": " + Suggestions.quote(quote) + hint));
        }
        return passage;
    }

    private QuoteLocator locator(Source source) {
        Map.Entry<String, QuoteLocator> known = locators.get(source.id());
        if (known == null || known.getKey() != source.text()) { // identity: a changed source brings a new text
            known = Map.entry(source.text(), new QuoteLocator(source.id(), source.text()));
            locators.put(source.id(), known);
        }
        return known.getValue();
    }

    private String document(String file, List<FieldProblem> problems) {
        if (file.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(new FieldProblem("file", "source file " + Suggestions.quote(file) + " is not a valid file name: it holds a control character"));
            return null;
        }
        if (!DatasetValidator.insideSources(file)) {
            problems.add(new FieldProblem("file", "source file " + Suggestions.quote(file)
                    + " lies outside the sources folder: give a name relative to data/sources/, without \"..\""));
            return null;
        }
        try {
            Optional<String> text = documents.text(file);
            if (text.isEmpty()) problems.add(new FieldProblem("file", "source file not found: sources/" + file));
            return text.orElse(null);
        } catch (SourceFileRefused e) {
            problems.add(new FieldProblem("file", "source file sources/" + file + " " + e.getMessage()));
        } catch (NotUtf8Exception e) {
            problems.add(new FieldProblem("file", "cannot read source file sources/" + file + ":" + e.line() + ":"
                    + e.column() + ": " + e.reason()));
        } catch (IOException e) {
            problems.add(new FieldProblem("file", "cannot read source file sources/" + file + ": " + e.getMessage()));
        }
        return null;
    }

    private void endpoint(String field, String id, List<FieldProblem> problems) {
        if (id == null) problems.add(missing(field));
        else if (!context.hasEntity(id)) {
            problems.add(new FieldProblem(field, "unknown entity " + Suggestions.quote(id)
                    + Suggestions.didYouMean(id, context.entityIds())));
        }
    }

    private void asOf(Status status, PartialDate start, PartialDate end, List<Source> sources, List<Entity> entities,
                      List<Relation> relations, List<FieldProblem> problems) {
        String wrong = asOfProblem(context.asOf(), sources, entities, relations);
        if (wrong == null) return;
        boolean startTooLate = start != null && context.asOf().endsBefore(start);
        problems.add(new FieldProblem(startTooLate ? "start" : "end", wrong));
    }

    private static void id(String id, List<FieldProblem> problems) {
        if (id == null) problems.add(missing("id"));
        else if (!Ids.valid(id)) problems.add(new FieldProblem("id", Ids.explain(id)));
    }

    private static void text(String field, String value, List<FieldProblem> problems) {
        if (value == null) problems.add(missing(field));
        else if (value.isBlank()) problems.add(new FieldProblem(field, "must not be empty"));
    }

    private static void url(String field, String url, List<FieldProblem> problems) {
        if (url != null && (!(url.startsWith("https://") || url.startsWith("http://")) || url.contains(" "))) {
            problems.add(new FieldProblem(field, "malformed URL " + Suggestions.quote(url)
                    + ": expected http:// or https://… without spaces"));
        }
    }

    private static void dates(PartialDate start, PartialDate end, List<FieldProblem> problems) {
        if (start != null && end != null && end.endsBefore(start)) {
            problems.add(new FieldProblem("end", "end " + end + " is before start " + start));
        }
    }

    private static String malformedDate(String s) {
        return "malformed date " + Suggestions.quote(s) + ": expected YYYY, YYYY-MM or YYYY-MM-DD";
    }

    private static FieldProblem missing(String field) {
        return new FieldProblem(field, "missing required field " + Suggestions.quote(field));
    }

    private static List<String> vocabulary() {
        return Arrays.stream(RelationType.values()).map(RelationType::id).filter(x -> !x.equals("other")).toList();
    }

    private static String tail(String s) {
        return s.length() <= 40 ? s : "…" + s.substring(s.length() - 40);
    }

}
