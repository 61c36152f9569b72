package org.spacecoop.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.spacecoop.core.io.Drafts.EntityDraft;
import org.spacecoop.core.io.Drafts.EvidenceDraft;
import org.spacecoop.core.io.Drafts.PassageDraft;
import org.spacecoop.core.io.Drafts.RelationDraft;
import org.spacecoop.core.io.Drafts.SourceDraft;
import org.spacecoop.core.io.JsonBytes.GiveUp;
import org.spacecoop.core.io.RelationBatch.Checked;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.EncodedReferences;
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
    private static final byte[][] SOURCE = names(SectionParser.SOURCE.names());
    private static final byte[][] ENTITY = names(SectionParser.ENTITY.names());
    private static final byte[][] RELATION = names(SectionParser.RELATION.names());
    private static final byte[][] PASSAGE = names(SectionParser.PASSAGE.names());
    private static final byte[][] REFERENCE = names(SectionParser.REFERENCE.names());
    /** The kinds of object ({@link #object}): an index into these. */
    private static final int RELATIONS = 0, REFERENCES = 1, ENTITIES = 2, PASSAGES = 3, SOURCES = 4, TOP_LEVEL = 5;
    private static final byte[][][] FIELDS = {RELATION, REFERENCE, ENTITY, PASSAGE, SOURCE, TOP};
    /** The fields each kind of object must have, as bits of their indexes. */
    private static final long[] REQUIRED = {0b11111, 0b1, 0b100101011, 0b11, 0b0101111, 0};
    private static final Words<RelationType> TYPES = new Words<>(RelationType.values(), RelationType::id);
    private static final Words<Status> STATUSES = new Words<>(Status.values(), Status::id);
    private static final Words<EntityKind> KINDS = new Words<>(EntityKind.values(), EntityKind::id);

    /** How many arrays of this read were read in two halves. */
    private int secondHalves;
    /** {@link #secondHalves} of the last read on this thread (for tests). */
    static final ThreadLocal<Integer> LAST_SECOND_HALVES = ThreadLocal.withInitial(() -> 0);

    final JsonBytes in;
    private final Problems problems;
    private final DatasetValidator validator;
    /** The file, when the second half of the relations may be read on a second thread. */
    private final Path file;
    private EntityIds entityIds;

    private FastDatasetReader(JsonBytes in, Path file, Problems problems, DatasetValidator validator) {
        this.in = in;
        this.file = file;
        this.problems = problems;
        this.validator = validator;
    }

    /** A reader of other bytes of the same file that reports and checks into this one's (for a {@link SecondHalf}). */
    FastDatasetReader twin(JsonBytes bytes) {
        FastDatasetReader twin = new FastDatasetReader(bytes, null, problems, validator);
        twin.entityIds = entityIds;
        twin.ends = entityIds == null ? null : entityIds.new Finder(); // none while reading the entities
        return twin;
    }

    Path file() {
        return file;
    }

    /**
     * The dataset when the file is valid and on the fast path; null when it is not (the listener may have seen
     * records by then, and gets {@link LoadListener#entities} again from the reader that follows).
     */
    static Dataset tryRead(String fileName, InputStream bytes, SourceResolver sources, LoadListener listener,
                           int expectedRelations) throws IOException {
        return tryRead(fileName, new JsonBytes(bytes), null, sources, listener, expectedRelations);
    }

    /** {@link #tryRead(String, InputStream, SourceResolver, LoadListener, int)} on a file: a large one on two threads. */
    static Dataset tryRead(String fileName, Path file, SourceResolver sources, LoadListener listener,
                           int expectedRelations) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            skipByteOrderMark(channel);
            return tryRead(fileName, new JsonBytes(channel), file, sources, listener, expectedRelations);
        }
    }

    /** Starts the channel past a UTF-8 byte-order mark (Windows editors write one), if the file has one. */
    private static void skipByteOrderMark(FileChannel channel) throws IOException {
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(3);
        while (head.hasRemaining() && channel.read(head) >= 0) {
            // the first three bytes, or fewer in a tiny file
        }
        boolean bom = head.position() == 3 && head.get(0) == (byte) 0xEF && head.get(1) == (byte) 0xBB && head.get(2) == (byte) 0xBF;
        channel.position(bom ? 3 : 0);
    }

    private static Dataset tryRead(String fileName, JsonBytes in, Path file, SourceResolver sources,
                                   LoadListener listener, int expectedRelations) throws IOException {
        Problems problems = new Problems(fileName);
        DatasetValidator validator = new DatasetValidator(problems, sources, listener, expectedRelations);
        try (RelationPipeline<Checked> pipeline = new RelationPipeline<>(c -> c.keepAll(validator), 64)) {
            FastDatasetReader reader = new FastDatasetReader(in, file, problems, validator);
            try {
                Dataset d;
                try {
                    d = reader.top(pipeline);
                } finally {
                    LAST_SECOND_HALVES.set(reader.secondHalves);
                }
                return d != null && problems.isEmpty() ? d : null;
            } catch (GiveUp | Problems.CapReached | IllegalStateException e) {
                return null; // IllegalStateException: interrupted while handing relations over
            }
        }
    }

    private Dataset top(RelationPipeline<Checked> pipeline) throws IOException {
        in.expect('{');
        long seen = 0;
        int version = 0;
        String title = null;
        PartialDate asOf = null;
        List<SourceDraft> sources = null;
        List<EntityDraft> entities = null;
        if (!in.skip('}')) {
            do {
                int f = field(TOP_LEVEL, seen);
                seen |= 1L << f;
                switch (f) {
                    case 0 -> version = in.smallInt();
                    case 1 -> title = in.stringOrNull();
                    case 2 -> {
                        if (sources != null) throw JsonBytes.giveUp(); // after relations that took them as none
                        sources = sources();
                    }
                    case 3 -> entities = entities();
                    case 5 -> asOf = dateOrNull();
                    default -> {
                        // relations are checked as they stream by, which needs the sources and entities first; a
                        // file without sources has none (should they come after all, the reporting reader reads it)
                        if (entities == null) throw JsonBytes.giveUp();
                        if (sources == null) sources = List.of();
                        validator.addSources(sources);
                        if (!problems.isEmpty()) return null;
                        // the entities' own checks and records (and the listener's vertices) go to the checker
                        // thread, ahead of the relations it keeps; parsing relations needs only their ids
                        List<EntityDraft> all = entities;
                        pipeline.startWith(() -> validator.addEntities(all));
                        entityIds = new EntityIds(entities);
                        ends = entityIds.new Finder();
                        relations(pipeline);
                    }
                }
            } while (in.more('}'));
        }
        if (!in.atEnd() || version != DatasetReader.FORMAT_VERSION || (seen & 0b11001) != 0b11001) return null;
        pipeline.finish();
        return validator.finish(version, title, asOf, 0); // a wrong asOf is placed by the reporting reader
    }

    private List<SourceDraft> sources() throws IOException {
        List<SourceDraft> out = new ArrayList<>();
        in.expect('[');
        if (in.skip(']')) return out;
        do {
            source = new SourceDraft();
            source.index = out.size();
            object(SOURCES);
            out.add(source);
        } while (in.more(']'));
        return out;
    }

    private SourceDraft source;

    private void readSourceField(int f) throws IOException {
        SourceDraft s = source;
        switch (f) {
            case 0 -> s.id = id();
            case 1 -> s.title = text();
            case 2 -> s.publisher = text();
            case 3 -> { PartialDate d = dateOrNull(); s.date = d == null ? null : d.toString(); }
            case 4 -> s.url = url(true);
            case 5 -> s.kind = text();
            default -> s.file = in.stringOrNull();
        }
    }

    private List<EntityDraft> entities() throws IOException {
        List<EntityDraft> out = new ArrayList<>();
        array((FastDatasetReader reader, Consumer<EntityDraft> sink) -> sink.accept(reader.entity()), true, e -> {
            e.index = out.size(); // the second half's count from 0
            out.add(e);
        });
        return out;
    }

    private EntityDraft entity() throws IOException {
        entity = new EntityDraft();
        object(ENTITIES);
        return entity;
    }

    private EntityDraft entity;

    private void readEntityField(int f) throws IOException {
        EntityDraft e = entity;
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
    }

    /** Reads the relations array, checking each relation as it comes, in batches (see {@link #array}). */
    private void relations(RelationPipeline<Checked> pipeline) throws IOException {
        array(RELATION_ELEMENTS, false, pipeline::accept);
    }

    private static final SecondHalf.Element<Checked> RELATION_ELEMENTS = new SecondHalf.Element<>() {
        @Override
        public void read(FastDatasetReader reader, Consumer<Checked> sink) throws IOException {
            reader.relation(sink);
        }

        @Override
        public void flush(FastDatasetReader reader, Consumer<Checked> sink) {
            reader.checkBatch(sink);
        }
    };

    /**
     * Reads an array of objects, handing each element to {@code sink} in order. A large one is read by two
     * threads: a {@link SecondHalf} starts at the first object that begins a line past the array's middle, while
     * this thread reads from the start. The second half's elements are used only if this thread, reading on,
     * finds an element starting at exactly that byte; then the guess was right (a newline is never inside a JSON
     * string, and this thread knows where elements start), and it jumps past the array. Otherwise (objects
     * spread over several lines, say) it drops them and reads on alone. {@code findEnd}: the array is not the
     * file's last part, so the second thread first skips through it to find its middle.
     */
    private <T> void array(SecondHalf.Element<T> element, boolean findEnd, Consumer<T> sink) throws IOException {
        if (in.peek() != '[') throw JsonBytes.giveUp();
        long arrayStart = in.offset();
        in.expect('[');
        if (in.skip(']')) return;
        SecondHalf<T> half = file == null ? null : SecondHalf.start(this, arrayStart, findEnd, element);
        try {
            do {
                if (half != null && in.peek() >= 0 && in.offset() >= half.start()) {
                    if (in.offset() == half.start() && half.finished()) {
                        element.flush(this, sink);
                        for (T t : half.items) sink.accept(t);
                        in.seek(half.end);
                        secondHalves++;
                        return;
                    }
                    half.cancel();
                    half = null;
                }
                element.read(this, sink);
            } while (in.more(']'));
            element.flush(this, sink);
        } finally {
            if (half != null) half.cancel();
        }
    }

    /** The relations this thread has read and not yet checked. */
    private final RelationBatch batch = new RelationBatch();
    /** The draft {@link #relation} fills. */
    private RelationDraft draft;

    /** Reads one relation into the batch, and checks the batch when it is full. */
    private void relation(Consumer<Checked> sink) throws IOException {
        draft = batch.next();
        object(RELATIONS);
        if (batch.add()) checkBatch(sink);
    }

    /** Checks the relations in the batch and hands them to {@code sink}. */
    private void checkBatch(Consumer<Checked> sink) {
        Checked checked = batch.check(ends, validator);
        if (checked != null) sink.accept(checked);
    }

    private void readRelationField(int f) throws IOException {
        RelationDraft r = draft;
        switch (f) {
            case 0 -> { r.id = id(); r.id.hashCode(); } // hashed here, off the checker's thread
            case 1 -> end(batch.fromKey()); // no id string: the record takes the entity's own
            case 2 -> end(batch.toKey());
            case 3 -> r.type = word(TYPES);
            case 4 -> r.status = word(STATUSES);
            case 5 -> r.start = dateOrNull();
            case 6 -> r.end = dateOrNull();
            case 7 -> r.note = in.stringOrNull();
            case 8 -> r.unverified = Boolean.TRUE.equals(in.bool());
            case 9 -> passages(r.evidence);
            default -> references(r.evidence);
        }
    }

    /** The evidence whose passages or references are being read. */
    private EvidenceDraft evidence;

    private void passages(EvidenceDraft e) throws IOException {
        evidence = e;
        in.expect('[');
        if (in.skip(']')) return;
        int index = 0;
        do {
            passage = new PassageDraft();
            passage.index = index++;
            object(PASSAGES);
            evidence.add(passage);
        } while (in.more(']'));
    }

    private PassageDraft passage;
    private void readPassageField(int f) throws IOException {
        if (f == 0) passage.source = in.string();
        else passage.quote = text();
    }

    /**
     * Packs each thread's references into blocks of bytes (see {@link EncodedReferences}) straight from the
     * buffer: as strings, records and lists first, they made about 200 MB of garbage per million relations.
     */
    private final EncodedReferences.Packer packer = new EncodedReferences.Packer();
    /** False once a reference of the list being read could not be packed: the list is then records. */
    private boolean packing;
    private final StagedText referenceUrl = new StagedText(), referenceTitle = new StagedText();

    private void references(EvidenceDraft e) throws IOException {
        evidence = e;
        packing = true;
        packer.startList();
        in.expect('[');
        if (!in.skip(']')) {
            do reference();
            while (in.more(']'));
        }
        if (packing) e.references = packer.finishList();
    }

    private void reference() throws IOException {
        referenceUrl.clear();
        referenceTitle.clear();
        object(REFERENCES);
        StagedText url = referenceUrl, title = referenceTitle; // a missing or null title is ""
        if (!url.startsWith("https://") && !url.startsWith("http://") || url.contains(' ')) throw JsonBytes.giveUp();
        if (packing && url.ascii() && title.ascii()
                && packer.add(url.bytes, 0, url.length, title.bytes, 0, title.length)) {
            return;
        }
        if (packing) {
            evidence.references = packer.unpackList();
            packing = false;
        }
        evidence.add(new Reference(url.string(), title.isNull ? "" : title.string()));
    }

    private void readReferenceField(int f) throws IOException {
        if (f == 0) referenceUrl.read(in, false);
        else referenceTitle.read(in, true);
    }

    /**
     * Reads an object of a kind ({@link #RELATIONS} …), each field by its kind's reader; unknown, repeated or
     * missing required fields give up. (The readers are chosen by a switch: called through an interface, the
     * same call for all kinds, they were virtual calls that the JIT did not inline.)
     */
    private void object(int kind) throws IOException {
        long seen = 0;
        in.expect('{');
        if (!in.skip('}')) {
            do {
                int f = field(kind, seen);
                seen |= 1L << f;
                switch (kind) {
                    case RELATIONS -> readRelationField(f);
                    case REFERENCES -> readReferenceField(f);
                    case ENTITIES -> readEntityField(f);
                    case PASSAGES -> readPassageField(f);
                    default -> readSourceField(f);
                }
            } while (in.more('}'));
        }
        if ((seen & REQUIRED[kind]) != REQUIRED[kind]) throw JsonBytes.giveUp();
    }

    /** The field expected next in each kind of object: files list the fields in the same order every time. */
    private final int[] expected = new int[6];

    /**
     * Reads a field name and the colon; its index in the kind's field list. Unknown, escaped or repeated names
     * give up. The field that came after this one last time in this kind of object is tried first.
     */
    private int field(int kind, long seen) throws IOException {
        byte[][] names = FIELDS[kind];
        int hint = expected[kind];
        int f = -1;
        if (in.nextStringIs(names[hint])) {
            f = hint;
        } else {
            in.stringBytes();
            for (int i = 0; f < 0 && i < names.length; i++) if (in.stringIs(names[i])) f = i;
        }
        if (f < 0 || (seen & 1L << f) != 0) throw JsonBytes.giveUp();
        expected[kind] = f + 1 == names.length ? 0 : f + 1; // after the last field, the next object's first
        in.expect(':');
        return f;
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

    /** Finds relation ends by their bytes (this thread's, remembering the last two it found). */
    private EntityIds.Finder ends;

    /** Reads a relation end into its key; finds it at once when its id is longer than a key holds. */
    private void end(EntityIds.Key k) throws IOException {
        in.stringBytes();
        if (!in.plainAscii()) throw JsonBytes.giveUp(); // written with escapes: let the reporting reader judge
        if (EntityIds.key(in.buf, in.start, in.end, k)) return;
        k.entity = ends.find(in.buf, in.start, in.end);
        if (k.entity == null) throw JsonBytes.giveUp(); // unknown: let the reporting reader say where
    }

    private PartialDate dateOrNull() throws IOException {
        if (in.nullValue()) return null;
        in.stringBytes();
        PartialDate d = in.plainAscii() ? PartialDate.parseOrNull(in.buf, in.start, in.end) : null;
        if (d == null) { // what the reporting reader accepts: a date with no blanks around it
            String s = in.decode();
            d = PartialDate.parseOrNull(s);
            if (d == null || !s.equals(s.trim())) throw JsonBytes.giveUp();
        }
        return d;
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
}
