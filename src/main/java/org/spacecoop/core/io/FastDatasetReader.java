package org.spacecoop.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.io.Drafts.EntityDraft;
import org.spacecoop.core.io.Drafts.EvidenceDraft;
import org.spacecoop.core.io.Drafts.PassageDraft;
import org.spacecoop.core.io.Drafts.RelationDraft;
import org.spacecoop.core.io.Drafts.SourceDraft;
import org.spacecoop.core.io.JsonBytes.GiveUp;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * The loader's fast path for a valid file: the same drafts, checks and records as the reporting reader
 * ({@link SectionParser}, {@link DatasetValidator}), parsed from UTF-8 bytes with no positions kept and
 * without a string for every field name, word, date and relation end. It gives up (returns null) at the first
 * thing that would be a problem, or that it does not handle (escaped field names, relations before the entities,
 * a byte-order mark, …), and {@link DatasetReader} then reads the file again with Gson to report every problem
 * with its line, column and JSON path. A file with problems is read twice; a valid one about twice as fast.
 */
final class FastDatasetReader {

    private static final byte[][] TOP = names(DatasetReader.TOP_FIELDS);
    private static final byte[][] SOURCE = names(SectionParser.SOURCE_FIELDS);
    private static final byte[][] ENTITY = names(SectionParser.ENTITY_FIELDS);
    private static final byte[][] RELATION = names(SectionParser.RELATION_FIELDS);
    private static final byte[][] PASSAGE = names(SectionParser.PASSAGE_FIELDS);
    private static final byte[][] REFERENCE = names(SectionParser.REFERENCE_FIELDS);
    private static final Words<RelationType> TYPES = new Words<>(RelationType.values(), RelationType::id);
    private static final Words<Status> STATUSES = new Words<>(Status.values(), Status::id);
    private static final Words<EntityKind> KINDS = new Words<>(EntityKind.values(), EntityKind::id);

    private final JsonBytes in;
    private final Problems problems;
    private final DatasetValidator validator;
    private EntityIds entityIds;

    private FastDatasetReader(InputStream bytes, Problems problems, DatasetValidator validator) {
        this.in = new JsonBytes(bytes);
        this.problems = problems;
        this.validator = validator;
    }

    /**
     * The dataset when the file is valid and on the fast path; null when it is not (the listener may have seen
     * records by then, and gets {@link LoadListener#entities} again from the reader that follows).
     */
    static Dataset tryRead(String fileName, InputStream bytes, SourceResolver sources, LoadListener listener,
                           int expectedRelations) throws IOException {
        Problems problems = new Problems(fileName);
        DatasetValidator validator = new DatasetValidator(problems, sources, listener, expectedRelations);
        try (RelationPipeline pipeline = new RelationPipeline(validator)) {
            FastDatasetReader reader = new FastDatasetReader(bytes, problems, validator);
            try {
                Dataset d = reader.top(pipeline);
                return d != null && problems.isEmpty() ? d : null;
            } catch (GiveUp | Problems.CapReached | IllegalStateException e) {
                return null; // IllegalStateException: interrupted while handing relations over
            }
        }
    }

    private Dataset top(RelationPipeline pipeline) throws IOException {
        in.expect('{');
        long seen = 0;
        int version = 0;
        String title = null;
        List<SourceDraft> sources = null;
        List<EntityDraft> entities = null;
        if (!in.skip('}')) {
            do {
                int f = field(TOP, seen);
                seen |= 1L << f;
                switch (f) {
                    case 0 -> version = in.smallInt();
                    case 1 -> title = in.stringOrNull();
                    case 2 -> sources = sources();
                    case 3 -> entities = entities();
                    default -> {
                        // relations are checked as they stream by, which needs the sources and entities first
                        if (sources == null || entities == null) throw JsonBytes.giveUp();
                        validator.addSources(sources);
                        validator.addEntities(entities);
                        if (!problems.isEmpty()) return null;
                        entityIds = new EntityIds(entities);
                        relations(pipeline);
                    }
                }
            } while (in.more('}'));
        }
        if (!in.atEnd() || version != DatasetReader.FORMAT_VERSION || (seen & 0b11001) != 0b11001) return null;
        pipeline.finish();
        return validator.finish(version, title);
    }

    private List<SourceDraft> sources() throws IOException {
        List<SourceDraft> out = new ArrayList<>();
        in.expect('[');
        if (in.skip(']')) return out;
        do {
            SourceDraft s = new SourceDraft();
            s.index = out.size();
            long seen = 0;
            in.expect('{');
            if (!in.skip('}')) {
                do {
                    int f = field(SOURCE, seen);
                    seen |= 1L << f;
                    switch (f) {
                        case 0 -> s.id = id();
                        case 1 -> s.title = text();
                        case 2 -> s.publisher = text();
                        case 3 -> { PartialDate d = dateOrNull(); s.date = d == null ? null : d.toString(); }
                        case 4 -> s.url = url(true);
                        case 5 -> s.kind = text();
                        default -> s.file = in.stringOrNull();
                    }
                } while (in.more('}'));
            }
            required(seen, 0b0101111);
            out.add(s);
        } while (in.more(']'));
        return out;
    }

    private List<EntityDraft> entities() throws IOException {
        List<EntityDraft> out = new ArrayList<>();
        in.expect('[');
        if (in.skip(']')) return out;
        do {
            EntityDraft e = new EntityDraft();
            e.index = out.size();
            long seen = 0;
            in.expect('{');
            if (!in.skip('}')) {
                do {
                    int f = field(ENTITY, seen);
                    seen |= 1L << f;
                    switch (f) {
                        case 0 -> e.id = id();
                        case 1 -> e.name = text();
                        case 2 -> e.aliases = texts();
                        case 3 -> e.kind = word(KINDS);
                        case 4 -> e.country = in.stringOrNull();
                        case 5 -> e.description = text();
                        case 6 -> e.start = dateOrNull();
                        case 7 -> e.end = dateOrNull();
                        case 8 -> e.status = word(STATUSES);
                        case 9 -> e.unverified = Boolean.TRUE.equals(in.bool());
                        case 10 -> passages(e.evidence);
                        default -> references(e.evidence);
                    }
                } while (in.more('}'));
            }
            required(seen, 0b100101011);
            out.add(e);
        } while (in.more(']'));
        return out;
    }

    private void relations(RelationPipeline pipeline) throws IOException {
        in.expect('[');
        if (in.skip(']')) return;
        int index = 0;
        do {
            RelationDraft r = new RelationDraft();
            r.index = index++;
            long seen = 0;
            in.expect('{');
            if (!in.skip('}')) {
                do {
                    int f = field(RELATION, seen);
                    seen |= 1L << f;
                    switch (f) {
                        case 0 -> { r.id = id(); r.id.hashCode(); } // hashed here, off the checker's thread
                        case 1 -> { r.fromEntity = entity(); r.from = r.fromEntity.id; }
                        case 2 -> { r.toEntity = entity(); r.to = r.toEntity.id; }
                        case 3 -> r.type = word(TYPES);
                        case 4 -> r.status = word(STATUSES);
                        case 5 -> r.start = dateOrNull();
                        case 6 -> r.end = dateOrNull();
                        case 7 -> r.note = in.stringOrNull();
                        case 8 -> r.unverified = Boolean.TRUE.equals(in.bool());
                        case 9 -> passages(r.evidence);
                        default -> references(r.evidence);
                    }
                } while (in.more('}'));
            }
            required(seen, 0b11111);
            pipeline.accept(r);
        } while (in.more(']'));
    }

    private void passages(EvidenceDraft evidence) throws IOException {
        in.expect('[');
        if (in.skip(']')) return;
        int index = 0;
        do {
            PassageDraft p = new PassageDraft();
            p.index = index++;
            long seen = 0;
            in.expect('{');
            if (!in.skip('}')) {
                do {
                    int f = field(PASSAGE, seen);
                    seen |= 1L << f;
                    if (f == 0) p.source = in.string();
                    else p.quote = text();
                } while (in.more('}'));
            }
            required(seen, 0b11);
            evidence.add(p);
        } while (in.more(']'));
    }

    private void references(EvidenceDraft evidence) throws IOException {
        in.expect('[');
        if (in.skip(']')) return;
        do {
            String url = null, title = null;
            long seen = 0;
            in.expect('{');
            if (!in.skip('}')) {
                do {
                    int f = field(REFERENCE, seen);
                    seen |= 1L << f;
                    if (f == 0) url = url(false);
                    else title = in.stringOrNull();
                } while (in.more('}'));
            }
            required(seen, 0b1);
            evidence.add(new Reference(url, title == null ? "" : title));
        } while (in.more(']'));
    }

    /** Reads a field name and the colon; its index in {@code names}. Unknown, escaped or repeated names give up. */
    private int field(byte[][] names, long seen) throws IOException {
        in.stringBytes();
        int f = -1;
        for (int i = 0; i < names.length; i++) {
            if (in.stringIs(names[i])) {
                f = i;
                break;
            }
        }
        if (f < 0 || (seen & 1L << f) != 0) throw JsonBytes.giveUp();
        in.expect(':');
        return f;
    }

    private static void required(long seen, long mask) {
        if ((seen & mask) != mask) throw JsonBytes.giveUp();
    }

    private String id() throws IOException {
        String s = in.string();
        if (!Ids.valid(s)) throw JsonBytes.giveUp();
        return s;
    }

    /** A required, non-blank string. */
    private String text() throws IOException {
        String s = in.string();
        if (s.isBlank()) throw JsonBytes.giveUp();
        return s;
    }

    private List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        in.expect('[');
        if (in.skip(']')) return out;
        do out.add(text());
        while (in.more(']'));
        return out;
    }

    private String url(boolean nullable) throws IOException {
        String u = nullable ? in.stringOrNull() : in.string();
        if (u != null && (!(u.startsWith("https://") || u.startsWith("http://")) || u.contains(" "))) throw JsonBytes.giveUp();
        return u;
    }

    private <E> E word(Words<E> words) throws IOException {
        in.stringBytes();
        E e = words.find(in);
        if (e == null) throw JsonBytes.giveUp();
        return e;
    }

    /** The entity a relation's end names, found from the id's bytes. */
    private EntityDraft entity() throws IOException {
        in.stringBytes();
        EntityDraft e = in.plainAscii() ? entityIds.find(in.buf, in.start, in.end) : null;
        if (e == null) throw JsonBytes.giveUp(); // unknown (or written with escapes): let the reporting reader say
        return e;
    }

    private PartialDate dateOrNull() throws IOException {
        if (in.nullValue()) return null;
        in.stringBytes();
        PartialDate d = in.plainAscii() ? asciiDate(in.buf, in.start, in.end) : null;
        if (d == null) { // what the reporting reader accepts: a date with no blanks around it
            String s = in.decode();
            d = PartialDate.parseOrNull(s);
            if (d == null || !s.equals(s.trim())) throw JsonBytes.giveUp();
        }
        return d;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits; null for anything else. */
    static PartialDate asciiDate(byte[] b, int from, int to) {
        int n = to - from;
        if (!(n == 4 || n == 7 && b[from + 4] == '-' || n == 10 && b[from + 4] == '-' && b[from + 7] == '-')) return null;
        int y = digits(b, from, from + 4);
        int mo = n >= 7 ? digits(b, from + 5, from + 7) : 0;
        int d = n == 10 ? digits(b, from + 8, from + 10) : 0;
        if (y < 0 || mo < 0 || d < 0 || n >= 7 && mo == 0 || n == 10 && d == 0) return null;
        try {
            return PartialDate.of(y, mo, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int digits(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') return -1;
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    private static byte[][] names(List<String> fields) {
        byte[][] out = new byte[fields.size()][];
        for (int i = 0; i < out.length; i++) out[i] = fields.get(i).getBytes(StandardCharsets.US_ASCII);
        return out;
    }

    /** A vocabulary's words as bytes, matched against the string just read. */
    private static final class Words<E> {
        private final E[] values;
        private final byte[][] ids;

        Words(E[] values, java.util.function.Function<E, String> id) {
            this.values = values;
            this.ids = new byte[values.length][];
            for (int i = 0; i < values.length; i++) ids[i] = id.apply(values[i]).getBytes(StandardCharsets.UTF_8);
        }

        E find(JsonBytes in) {
            for (int i = 0; i < ids.length; i++) if (in.stringIs(ids[i])) return values[i];
            return null;
        }
    }

    /**
     * Entity ids in an open-addressing table, looked up from ASCII bytes without making a string. The hash is
     * {@link String#hashCode()}'s, which for ASCII is the same over bytes and over characters.
     */
    static final class EntityIds {
        private final EntityDraft[] slots;
        private final int mask;

        EntityIds(List<EntityDraft> entities) {
            int size = Integer.highestOneBit(Math.max(4, entities.size() * 2) - 1) << 1;
            slots = new EntityDraft[size];
            mask = size - 1;
            for (EntityDraft e : entities) {
                int i = e.id.hashCode() & mask;
                while (slots[i] != null) {
                    if (slots[i].id.equals(e.id)) throw JsonBytes.giveUp(); // a duplicate: reported by the validator
                    i = (i + 1) & mask;
                }
                slots[i] = e;
            }
        }

        EntityDraft find(byte[] b, int from, int to) {
            int h = 0;
            for (int k = from; k < to; k++) h = 31 * h + b[k];
            for (int i = h & mask; slots[i] != null; i = (i + 1) & mask) {
                if (same(slots[i].id, b, from, to)) return slots[i];
            }
            return null;
        }

        private static boolean same(String id, byte[] b, int from, int to) {
            if (id.length() != to - from) return false;
            for (int k = 0; k < id.length(); k++) if (id.charAt(k) != b[from + k]) return false;
            return true;
        }
    }
}
