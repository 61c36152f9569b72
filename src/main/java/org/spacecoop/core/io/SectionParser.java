package org.spacecoop.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.spacecoop.core.io.Drafts.EntityDraft;
import org.spacecoop.core.io.Drafts.EvidenceDraft;
import org.spacecoop.core.io.Drafts.PassageDraft;
import org.spacecoop.core.io.Drafts.RelationDraft;
import org.spacecoop.core.io.Drafts.SourceDraft;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Parses the three arrays of the format into drafts. Checks that need only the value itself (types, id syntax,
 * vocabularies, dates, required fields) happen here; the rest in {@link DatasetValidator}.
 * <p>
 * Each kind of object has its own loop with a {@code switch} over its fields' positions: one field reader called
 * through an interface for every kind would be a call the JIT cannot inline, once per field of a million relations.
 */
final class SectionParser {

    /** The fields an object may have, by position, and which of them it must have. */
    record FieldSet(List<String> names, Map<String, Integer> positions, long required) {
        static FieldSet of(List<String> names, String... required) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < names.size(); i++) positions.put(names.get(i), i);
            long mask = 0;
            for (String r : required) mask |= 1L << names.indexOf(r);
            return new FieldSet(names, positions, mask);
        }
    }

    static final FieldSet SOURCE = FieldSet.of(List.of("id", "title", "publisher", "date", "url", "kind", "file"),
            "id", "title", "publisher", "date", "kind");
    static final FieldSet ENTITY = FieldSet.of(List.of("id", "name", "aliases", "kind", "country", "description",
            "start", "end", "status", "unverified", "passages", "references"), "id", "name", "kind", "description", "status");
    static final FieldSet RELATION = FieldSet.of(List.of("id", "from", "to", "type", "status", "start", "end", "note",
            "unverified", "passages", "references"), "id", "from", "to", "type", "status");
    static final FieldSet PASSAGE = FieldSet.of(List.of("source", "quote"), "source", "quote");
    static final FieldSet REFERENCE = FieldSet.of(List.of("url", "title"), "url");

    private final ValueReader values;
    private final JsonReader in;
    private final Places places;

    SectionParser(ValueReader values) {
        this.values = values;
        this.in = values.in;
        this.places = values.places;
    }

    List<SourceDraft> sources() throws IOException {
        List<SourceDraft> out = new ArrayList<>();
        if (!values.expect(JsonToken.BEGIN_ARRAY, "an array of sources")) return out;
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            if (!values.expect(JsonToken.BEGIN_OBJECT, "an object")) continue;
            SourceDraft s = new SourceDraft();
            s.index = i;
            s.at = values.at;
            Fields fields = new Fields(SOURCE);
            for (int f; (f = fields.next()) >= 0; ) {
                switch (f) {
                    case 0 -> { s.id = values.id(); s.idAt = values.at; }
                    case 1 -> s.title = values.text();
                    case 2 -> s.publisher = values.text();
                    case 3 -> { var d = values.date(); s.date = d == null ? null : d.toString(); }
                    case 4 -> s.url = url(true);
                    case 5 -> s.kind = values.text();
                    default -> { s.file = values.string(true); s.fileAt = values.at; }
                }
            }
            out.add(s);
        }
        in.endArray();
        return out;
    }

    List<EntityDraft> entities() throws IOException {
        List<EntityDraft> out = new ArrayList<>();
        if (!values.expect(JsonToken.BEGIN_ARRAY, "an array of entities")) return out;
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            if (!values.expect(JsonToken.BEGIN_OBJECT, "an object")) continue;
            EntityDraft e = new EntityDraft();
            e.index = i;
            e.at = values.at;
            Fields fields = new Fields(ENTITY);
            for (int f; (f = fields.next()) >= 0; ) {
                switch (f) {
                    case 0 -> { e.id = values.id(); e.idAt = values.at; }
                    case 1 -> e.name = values.text();
                    case 2 -> e.aliases = values.strings();
                    case 3 -> e.kind = values.word("entity kind", EntityKind.class, EntityKind::id, EntityKind::fromId);
                    case 4 -> e.country = values.string(true);
                    case 5 -> e.description = values.text();
                    case 6 -> e.start = values.date();
                    case 7 -> { e.end = values.date(); e.endAt = values.at; }
                    case 8 -> e.status = values.word("status", Status.class, Status::id, Status::fromId);
                    case 9 -> e.unverified = Boolean.TRUE.equals(values.bool());
                    case 10 -> passages(e.evidence);
                    default -> references(e.evidence);
                }
            }
            out.add(e);
        }
        in.endArray();
        return out;
    }

    /** Parses the relations, handing each to {@code sink} as soon as it is read. */
    void relations(Consumer<RelationDraft> sink) throws IOException {
        if (!values.expect(JsonToken.BEGIN_ARRAY, "an array of relations")) return;
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            if (!values.expect(JsonToken.BEGIN_OBJECT, "an object")) continue;
            RelationDraft r = new RelationDraft();
            r.index = i;
            r.at = values.at;
            Fields fields = new Fields(RELATION);
            for (int f; (f = fields.next()) >= 0; ) {
                switch (f) {
                    case 0 -> { r.id = values.id(); r.idAt = values.at; }
                    case 1 -> { r.from = values.string(false); r.fromAt = values.at; }
                    case 2 -> { r.to = values.string(false); r.toAt = values.at; }
                    case 3 -> r.type = values.word("relation type", RelationType.class, RelationType::id, RelationType::fromId);
                    case 4 -> r.status = values.word("status", Status.class, Status::id, Status::fromId);
                    case 5 -> r.start = values.date();
                    case 6 -> { r.end = values.date(); r.endAt = values.at; }
                    case 7 -> r.note = values.string(true);
                    case 8 -> r.unverified = Boolean.TRUE.equals(values.bool());
                    case 9 -> passages(r.evidence);
                    default -> references(r.evidence);
                }
            }
            sink.accept(r);
        }
        in.endArray();
    }

    private void passages(EvidenceDraft evidence) throws IOException {
        if (!values.expect(JsonToken.BEGIN_ARRAY, "an array of passages")) return;
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            if (!values.expect(JsonToken.BEGIN_OBJECT, "an object")) continue;
            PassageDraft p = new PassageDraft();
            p.index = i;
            Fields fields = new Fields(PASSAGE);
            for (int f; (f = fields.next()) >= 0; ) {
                if (f == 0) { p.source = values.string(false); p.sourceAt = values.at; }
                else { p.quote = values.text(); p.quoteAt = values.at; }
            }
            if (p.source != null && p.quote != null) evidence.add(p);
            else evidence.dropped++;
        }
        in.endArray();
    }

    private void references(EvidenceDraft evidence) throws IOException {
        if (!values.expect(JsonToken.BEGIN_ARRAY, "an array of references")) return;
        in.beginArray();
        while (in.hasNext()) {
            if (!values.expect(JsonToken.BEGIN_OBJECT, "an object")) continue;
            String url = null, title = null;
            Fields fields = new Fields(REFERENCE);
            for (int f; (f = fields.next()) >= 0; ) {
                if (f == 0) url = url(false);
                else title = values.string(true);
            }
            if (url != null) evidence.add(new Reference(url, title == null ? "" : title));
            else evidence.dropped++;
        }
        in.endArray();
    }

    /** An http(s) URL. */
    private String url(boolean nullable) throws IOException {
        String u = values.string(nullable);
        if (u != null && !(u.startsWith("https://") || u.startsWith("http://")) || u != null && u.contains(" ")) {
            values.problems.add(values.at, in.getPreviousPath(), "malformed URL " + Suggestions.quote(u)
                    + ": expected http:// or https://… without spaces");
            return null;
        }
        return u;
    }

    /**
     * The fields of one object whose '{' has been peeked (its start in {@code values.at}): {@link #next} reads each
     * field's name and reports unknown and repeated ones, and at the end the missing ones.
     */
    private final class Fields {
        private final FieldSet set;
        private final long objectAt;
        private long seen;

        Fields(FieldSet set) throws IOException {
            this.set = set;
            this.objectAt = values.at;
            in.beginObject();
        }

        /** The position of the next field, whose value is to be read next; -1 after the last (the object is closed). */
        int next() throws IOException {
            while (in.hasNext()) {
                long nameAt = places.next();
                String name = in.nextName();
                Integer f = set.positions.get(name);
                if (f == null) {
                    values.unknownField(nameAt, name, set.names);
                } else if ((seen & 1L << f) != 0) {
                    values.duplicateField(nameAt, name);
                    places.skipValue();
                } else {
                    seen |= 1L << f;
                    return f;
                }
            }
            in.endObject();
            long missing = set.required & ~seen;
            for (int f = 0; missing != 0; f++, missing >>>= 1) {
                if ((missing & 1) != 0) {
                    values.problems.add(objectAt, in.getPreviousPath(),
                            "missing required field " + Suggestions.quote(set.names.get(f)));
                }
            }
            return -1;
        }
    }
}
