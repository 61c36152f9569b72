package org.spacecoop.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
 */
final class SectionParser {

    static final List<String> SOURCE_FIELDS = List.of("id", "title", "publisher", "date", "url", "kind", "file");
    static final List<String> ENTITY_FIELDS = List.of("id", "name", "aliases", "kind", "country", "description",
            "start", "end", "status", "unverified", "passages", "references");
    static final List<String> RELATION_FIELDS = List.of("id", "from", "to", "type", "status", "start", "end", "note",
            "unverified", "passages", "references");
    static final List<String> PASSAGE_FIELDS = List.of("source", "quote");
    static final List<String> REFERENCE_FIELDS = List.of("url", "title");

    private static final long SOURCE_REQUIRED = mask(SOURCE_FIELDS, "id", "title", "publisher", "date", "kind");
    private static final long ENTITY_REQUIRED = mask(ENTITY_FIELDS, "id", "name", "kind", "description", "status");
    private static final long RELATION_REQUIRED = mask(RELATION_FIELDS, "id", "from", "to", "type", "status");

    /** Reads one field's value; {@code field} is the index in the field list. */
    private interface FieldReader {
        void read(int field) throws IOException;
    }

    private final ValueReader values;
    private final JsonReader in;
    private final JsonCursor cursor;

    SectionParser(ValueReader values) {
        this.values = values;
        this.in = values.in;
        this.cursor = values.cursor;
    }

    List<SourceDraft> sources() throws IOException {
        List<SourceDraft> out = new ArrayList<>();
        array("sources", index -> {
            SourceDraft s = new SourceDraft();
            s.index = index;
            s.at = values.at;
            object(SOURCE_FIELDS, SOURCE_REQUIRED, f -> {
                switch (f) {
                    case 0 -> { s.id = values.id(); s.idAt = values.at; }
                    case 1 -> s.title = values.text();
                    case 2 -> s.publisher = values.text();
                    case 3 -> { var d = values.date(); s.date = d == null ? null : d.toString(); }
                    case 4 -> s.url = url(true);
                    case 5 -> s.kind = values.text();
                    default -> { s.file = values.string(true); s.fileAt = values.at; }
                }
            });
            out.add(s);
        });
        return out;
    }

    List<EntityDraft> entities() throws IOException {
        List<EntityDraft> out = new ArrayList<>();
        array("entities", index -> {
            EntityDraft e = new EntityDraft();
            e.index = index;
            e.at = values.at;
            object(ENTITY_FIELDS, ENTITY_REQUIRED, f -> {
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
            });
            out.add(e);
        });
        return out;
    }

    /** Parses the relations, handing each to {@code sink} as soon as it is read. */
    void relations(java.util.function.Consumer<RelationDraft> sink) throws IOException {
        array("relations", index -> {
            RelationDraft r = new RelationDraft();
            r.index = index;
            r.at = values.at;
            object(RELATION_FIELDS, RELATION_REQUIRED, f -> {
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
            });
            sink.accept(r);
        });
    }

    private void passages(EvidenceDraft evidence) throws IOException {
        array("passages", index -> {
            PassageDraft p = new PassageDraft();
            p.index = index;
            object(PASSAGE_FIELDS, 3L, f -> {
                if (f == 0) { p.source = values.string(false); p.sourceAt = values.at; }
                else { p.quote = values.text(); p.quoteAt = values.at; }
            });
            if (p.source != null && p.quote != null) evidence.add(p);
            else evidence.dropped++;
        });
    }

    private void references(EvidenceDraft evidence) throws IOException {
        array("references", index -> {
            String[] ref = new String[2];
            object(REFERENCE_FIELDS, 1L, f -> {
                if (f == 0) ref[0] = url(false);
                else ref[1] = values.string(true);
            });
            if (ref[0] != null) evidence.add(new Reference(ref[0], ref[1] == null ? "" : ref[1]));
            else evidence.dropped++;
        });
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
     * Reads an array of objects; {@code element} is called with the element's index, its start in
     * {@code values.at}. Elements that are not objects are reported and skipped.
     */
    private void array(String what, ElementReader element) throws IOException {
        if (!values.expect(JsonToken.BEGIN_ARRAY, "an array of " + what)) return;
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            if (values.expect(JsonToken.BEGIN_OBJECT, "an object")) element.read(i);
        }
        in.endArray();
    }

    private interface ElementReader {
        void read(int index) throws IOException;
    }

    /** Reads the fields of an object whose '{' has been peeked; reports unknown, repeated and missing fields. */
    private void object(List<String> fields, long required, FieldReader reader) throws IOException {
        Map<String, Integer> index = INDEX.get(fields);
        long objectAt = values.at;
        long seen = 0;
        in.beginObject();
        while (in.hasNext()) {
            long nameAt = cursor.next();
            String name = in.nextName();
            Integer i = index.get(name);
            int f = i == null ? -1 : i;
            if (f < 0) {
                values.unknownField(nameAt, name, fields);
            } else if ((seen & 1L << f) != 0) {
                values.duplicateField(nameAt, name);
                cursor.skipValue();
            } else {
                seen |= 1L << f;
                reader.read(f);
            }
        }
        in.endObject();
        long missing = required & ~seen;
        for (int f = 0; missing != 0; f++, missing >>>= 1) {
            if ((missing & 1) != 0) {
                values.problems.add(objectAt, in.getPreviousPath(), "missing required field " + Suggestions.quote(fields.get(f)));
            }
        }
    }

    /** Field name → position, for each field list: one hash lookup per field read. */
    private static final Map<List<String>, Map<String, Integer>> INDEX = new IdentityHashMap<>();

    static {
        for (List<String> fields : List.of(SOURCE_FIELDS, ENTITY_FIELDS, RELATION_FIELDS, PASSAGE_FIELDS, REFERENCE_FIELDS)) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) m.put(fields.get(i), i);
            INDEX.put(fields, m);
        }
    }

    private static long mask(List<String> fields, String... names) {
        long m = 0;
        for (String n : names) m |= 1L << fields.indexOf(n);
        return m;
    }
}
