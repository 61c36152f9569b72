package org.spacecoop.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import org.spacecoop.core.io.Drafts.EntityDraft;
import org.spacecoop.core.io.Drafts.RelationDraft;
import org.spacecoop.core.io.Drafts.SourceDraft;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.PartialDate;

/**
 * Reads a dataset (docs/dataset-format.md) with Gson's streaming {@link JsonReader} into the immutable model
 * records and validates it, reporting every problem at once (up to {@value Problems#CAP}) with file,
 * line:column and JSON path. Malformed JSON stops the read at the parser's line and column; all other
 * problems let it go on. No exception other than {@link DatasetException} leaves {@link #load}.
 */
public final class DatasetReader {

    /** The bundled dataset on the classpath. */
    public static final String BUNDLED_JSON = "/data/space-cooperation.json";
    public static final String BUNDLED_SOURCES = "/data/sources/";
    public static final int FORMAT_VERSION = 1;

    /**
     * A guess at how many relations a file of this size holds, to size tables up front: a relation takes at least
     * 200 bytes of our format, so this errs high (1.67 million for the 318 MB file of a million).
     */
    public static int expectedRelations(long fileBytes) {
        return (int) Math.min(1 << 28, Math.max(0, fileBytes) / 200);
    }

    static final List<String> TOP_FIELDS = List.of("formatVersion", "title", "sources", "entities", "relations", "asOf");

    private DatasetReader() {
    }

    /** Loads a dataset file; source documents are resolved in {@code <json dir>/sources/}. */
    public static Dataset load(Path json) throws DatasetException {
        return load(json, LoadListener.NONE);
    }

    /** Loads a dataset file, handing each checked record to {@code listener} as it goes (see {@link LoadListener}). */
    public static Dataset load(Path json, LoadListener listener) throws DatasetException {
        return load(json, listener, ImportLimits.datasetBytes());
    }

    /**
     * Loads a dataset file of at most {@code maxBytes} (each source document too); a larger file, a folder, a pipe
     * or a device is refused before reading.
     */
    static Dataset load(Path json, LoadListener listener, long maxBytes) throws DatasetException {
        String name = json.getFileName() == null ? json.toString() : json.getFileName().toString();
        Path dir = json.toAbsolutePath().getParent();
        SourceResolver sources = SourceResolver.directory(dir.resolve("sources"), maxBytes);
        try {
            if (!Files.exists(json)) throw new NoSuchFileException(json.toString());
            String irregular = ImportLimits.notRegular(json);
            if (irregular != null) throw single(name, irregular);
            long size = Files.size(json);
            if (size > maxBytes) {
                throw single(name, ImportLimits.overLimit("the file is", size, maxBytes,
                        "a dataset needs about 2.5 times its size in memory, so give the JVM enough with -Xmx"));
            }
            return readFile(name, json, sources, listener, expectedRelations(size)).orThrow();
        } catch (NoSuchFileException e) {
            throw single(name, "file not found: " + json);
        } catch (IOException e) {
            throw single(name, "cannot read " + json + ": " + e.getMessage());
        }
    }

    /**
     * Reads a file without places and, only when it has problems, a second time with them (see {@link Places}): a
     * valid file is read once, and a broken one still gets every problem with its line and column. The listener
     * hears the first read only.
     */
    static LoadResult readFile(String name, Path json, SourceResolver sources, LoadListener listener,
                               int expectedRelations) throws IOException {
        LoadResult unplaced;
        try (Reader reader = utf8(Files.newInputStream(json))) {
            unplaced = read(name, reader, sources, listener, expectedRelations, false);
        }
        if (unplaced.ok() || Thread.currentThread().isInterrupted()) return unplaced;
        try (Reader reader = utf8(Files.newInputStream(json))) {
            return read(name, reader, sources, LoadListener.NONE, expectedRelations, true);
        }
    }

    /** Loads the dataset bundled with the application; it is tested to load without problems. */
    public static Dataset loadBundled() {
        InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_JSON);
        if (in == null) throw new IllegalStateException("the bundled dataset " + BUNDLED_JSON + " is missing");
        try (Reader reader = utf8(in)) {
            return read("space-cooperation.json", reader, SourceResolver.classpath(BUNDLED_SOURCES)).orThrow();
        } catch (DatasetException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled dataset: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a dataset held in memory or on the classpath. {@code fileName} names the file in problems;
     * {@code sources} finds the documents that passages quote. Never throws for bad content: problems are returned.
     * Every value's place is worked out as it is read, as the reader cannot be read twice (see {@link Places}).
     */
    public static LoadResult read(String fileName, Reader json, SourceResolver sources) {
        return read(fileName, json, sources, LoadListener.NONE);
    }

    /** {@link #read(String, Reader, SourceResolver)}, handing each checked record to {@code listener}. */
    public static LoadResult read(String fileName, Reader json, SourceResolver sources, LoadListener listener) {
        return read(fileName, json, sources, listener, 0, true);
    }

    /** One read; {@code locating} says whether problems get their line and column (see {@link Places}). */
    private static LoadResult read(String fileName, Reader json, SourceResolver sources, LoadListener listener,
                                   int expectedRelations, boolean locating) {
        Problems problems = new Problems(fileName);
        JsonReader in = new JsonReader(json);
        in.setStrictness(Strictness.STRICT);
        ValueReader values = new ValueReader(new Places(in, locating), problems);
        DatasetValidator validator = new DatasetValidator(problems, sources, listener, expectedRelations);
        boolean capped = false;
        try (RelationPipeline<RelationDraft> pipeline = new RelationPipeline<>(validator::addRelation)) {
            Top top = new Top(validator, pipeline);
            try {
                boolean complete = readTop(values, new SectionParser(values), top);
                pipeline.finish();
                if (complete) {
                    top.checkBeforeRelations();
                    for (RelationDraft r : top.pending) validator.addRelation(r);
                    Dataset d = validator.finish(top.version, top.title, top.asOf, top.asOfAt);
                    if (d != null && problems.isEmpty()) return new LoadResult(d, List.of());
                }
            } catch (Problems.CapReached e) {
                capped = true;
            } catch (IOException | IllegalStateException | NumberFormatException e) {
                try {
                    pipeline.finishAfterError(); // the relations read before the error still get checked
                    problems.add(SyntaxErrors.toProblem(fileName, e, top.started));
                } catch (Problems.CapReached c) {
                    capped = true;
                }
            }
        }
        return new LoadResult(null, problems.sorted(capped));
    }

    /**
     * What the top-level object held. Relations are checked as they are read when the sources and entities
     * came before them (the usual order); otherwise they wait in {@code pending} until the end.
     */
    private static final class Top {
        final DatasetValidator validator;
        final RelationPipeline<RelationDraft> pipeline;
        final List<RelationDraft> pending = new ArrayList<>();
        boolean started, sourcesSeen, entitiesSeen, sourcesAdded, entitiesAdded;
        int version;
        String title;
        PartialDate asOf;
        long asOfAt;
        List<SourceDraft> sources = List.of();
        List<EntityDraft> entities = List.of();

        Top(DatasetValidator validator, RelationPipeline<RelationDraft> pipeline) {
            this.validator = validator;
            this.pipeline = pipeline;
        }

        /** Hands sources and entities to the validator, once, in that order. */
        void checkBeforeRelations() {
            if (!sourcesAdded) validator.addSources(sources);
            sourcesAdded = true;
            if (!entitiesAdded) validator.addEntities(entities);
            entitiesAdded = true;
        }

        void relation(RelationDraft r) {
            if (sourcesAdded && entitiesAdded) {
                validator.resolve(r);
                pipeline.accept(r);
            }
            else pending.add(r);
        }
    }

    /** Reads the top-level object; false when the rest cannot be checked (wrong shape or version). */
    private static boolean readTop(ValueReader values, SectionParser parser, Top top) throws IOException {
        JsonReader in = values.in;
        JsonToken first = in.peek();
        top.started = true;
        if (first != JsonToken.BEGIN_OBJECT) {
            long at = values.places.skipValue();
            values.problems.add(at, "$", "expected a JSON object {…} at the top level, found " + Places.describe(first));
            return false;
        }
        long objectAt = values.places.next();
        long seen = 0;
        in.beginObject();
        while (in.hasNext()) {
            long nameAt = values.places.next();
            String name = in.nextName();
            int f = TOP_FIELDS.indexOf(name);
            if (f < 0) {
                values.unknownField(nameAt, name, TOP_FIELDS);
                continue;
            }
            if ((seen & 1L << f) != 0) {
                values.duplicateField(nameAt, name);
                values.places.skipValue();
                continue;
            }
            seen |= 1L << f;
            switch (f) {
                case 0 -> {
                    if (!version(values, top)) return false;
                }
                case 1 -> top.title = values.string(true);
                case 2 -> {
                    top.sources = parser.sources();
                    top.sourcesSeen = true;
                }
                case 3 -> {
                    top.entities = parser.entities();
                    top.entitiesSeen = true;
                }
                case 4 -> {
                    if (top.sourcesSeen && top.entitiesSeen) top.checkBeforeRelations();
                    parser.relations(top::relation);
                }
                default -> {
                    top.asOf = values.date();
                    top.asOfAt = values.at;
                }
            }
        }
        in.endObject();
        try {
            if (in.peek() != JsonToken.END_DOCUMENT) throw new MalformedJsonException("more content");
        } catch (MalformedJsonException e) {
            long at = values.places.here();
            values.problems.add(at - 1, "$", "unexpected content after the dataset's closing }");
            return false;
        }
        for (int f : new int[] {0, 3, 4}) {
            if ((seen & 1L << f) == 0) {
                values.problems.add(objectAt, "$", "missing required field " + Suggestions.quote(TOP_FIELDS.get(f)));
            }
        }
        return (seen & 1L) != 0;
    }

    /** Reads formatVersion; false when it is one this reader cannot read. */
    private static boolean version(ValueReader values, Top top) throws IOException {
        JsonToken t = values.in.peek();
        long at = values.places.skipValue();
        String text = values.places.lastText;
        if (t == JsonToken.NUMBER && text.equals(String.valueOf(FORMAT_VERSION))) {
            top.version = FORMAT_VERSION;
            return true;
        }
        if (t == JsonToken.NUMBER) {
            values.problems.add(at, "$.formatVersion", "unsupported formatVersion " + text
                    + ": this version of the explorer reads formatVersion " + FORMAT_VERSION);
        } else {
            values.problems.add(at, "$.formatVersion", "formatVersion must be the number " + FORMAT_VERSION
                    + ", found " + Places.describe(t));
        }
        return false;
    }

    /** Strict UTF-8, a byte-order mark dropped; a bad byte is reported with its place ({@link Utf8Reader}). */
    static Reader utf8(InputStream in) {
        return new BufferedReader(new Utf8Reader(in), 1 << 16);
    }

    private static DatasetException single(String file, String message) {
        return new DatasetException(List.of(new Problem(file, 0, 0, "", message)));
    }
}
