package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.spacecoop.core.synthetic.SyntheticDataset;

import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * What the reading tests share: the reader run as {@link DatasetReader#load} runs it (no places, then places when
 * there are problems) and as {@link DatasetReader#read} does (places all along), datasets to read, and a deep
 * comparison of datasets (the model records' equals compare ids only).
 */
final class Readings {

    static final SourceResolver NO_SOURCES = SourceResolver.of(Map.of());
    static final SourceResolver BUNDLED = SourceResolver.classpath(DatasetReader.BUNDLED_SOURCES);

    private Readings() {
    }

    /** The document the hand-written dataset quotes. */
    static final String DOC = "Der Vertrag über die Zusammenarbeit wurde 2024 in Genf\n   unterzeichnet. "
            + "中国国家航天局与欧洲航天局合作。 The \"quoted\" words and a back\\slash.\n";
    static final SourceResolver DOC_SOURCES = SourceResolver.of(Map.of("doc.txt", DOC));

    // --- the two ways the reader runs ---

    /**
     * A read of a file as {@link DatasetReader#load} reads it: without places and, only when there are problems, again
     * with them.
     */
    static LoadResult unplacedFirst(byte[] json, SourceResolver sources, LoadListener listener) {
        try {
            Path file = Files.createTempFile("dataset", ".json");
            try {
                Files.write(file, json);
                return DatasetReader.readFile("test.json", file, sources, listener, json.length / 200);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A read that places every value as it goes ({@link DatasetReader#read}, for text held in memory). */
    static LoadResult placed(String name, byte[] json, SourceResolver sources) {
        return DatasetReader.read(name, DatasetReader.utf8(new ByteArrayInputStream(json)), sources);
    }

    static Dataset placedDataset(byte[] json, SourceResolver sources) {
        LoadResult r = placed("test.json", json, sources);
        assertThat(r.problems()).as("the problems of a read with places").isEmpty();
        return r.dataset();
    }

    /** What {@link DatasetReader#load(Path)} gives: the dataset or the problems. */
    record Outcome(Dataset dataset, List<Problem> problems) {
        static Outcome of(LoadResult r) {
            return new Outcome(r.dataset(), r.problems());
        }
    }

    static Outcome load(Path file) {
        try {
            return new Outcome(DatasetReader.load(file), List.of());
        } catch (DatasetException e) {
            return new Outcome(null, e.problems());
        }
    }

    // --- deep comparison (the model records' equals compare ids only) ---

    static String written(Dataset d) {
        StringWriter out = new StringWriter();
        try {
            DatasetWriter.write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The writer's output, plus what it leaves out: passage offsets and texts, source texts, type names. */
    static void assertSameDataset(Dataset actual, Dataset expected) {
        assertThat(actual).isNotNull();
        assertThat(written(actual)).isEqualTo(written(expected));
        assertThat(actual.formatVersion()).isEqualTo(expected.formatVersion());
        assertThat(actual.sources()).isEqualTo(expected.sources()); // plain records: every field, the text too
        assertThat(actual.entities()).hasSameSizeAs(expected.entities());
        for (int i = 0; i < expected.entities().size(); i++) {
            Entity a = actual.entities().get(i), e = expected.entities().get(i);
            assertThat(a.evidence()).as("evidence of %s", e).isEqualTo(e.evidence());
            assertThat(a.aliases()).isEqualTo(e.aliases());
        }
        assertThat(actual.relations()).hasSameSizeAs(expected.relations());
        for (int i = 0; i < expected.relations().size(); i++) {
            Relation a = actual.relations().get(i), e = expected.relations().get(i);
            assertThat(a.evidence()).as("evidence of %s", e).isEqualTo(e.evidence());
            assertThat(a.typeName()).isEqualTo(e.typeName());
        }
    }

    static void assertSameOutcome(Outcome actual, Outcome expected) {
        if (expected.dataset() != null) {
            assertThat(actual.problems()).isEmpty();
            assertSameDataset(actual.dataset(), expected.dataset());
        } else {
            assertThat(actual.dataset()).isNull();
            assertThat(actual.problems()).isEqualTo(expected.problems());
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Synthetic datasets several tests read, and the dataset of each: made once. */
    private static final Map<String, Object> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    static byte[] syntheticBytes(int nodes, int edges, long seed) {
        return (byte[]) MADE.computeIfAbsent(nodes + "/" + edges + "/" + seed, k -> utf8(synthetic(nodes, edges, seed)));
    }

    static Dataset syntheticDataset(int nodes, int edges, long seed) {
        return (Dataset) MADE.computeIfAbsent(nodes + "/" + edges + "/" + seed + " dataset",
                k -> placedDataset(syntheticBytes(nodes, edges, seed), NO_SOURCES));
    }

    static String synthetic(int nodes, int edges, long seed) {
        StringWriter out = new StringWriter();
        try {
            SyntheticDataset.write(out, nodes, edges, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] bundled() throws IOException {
        try (InputStream in = Readings.class.getResourceAsStream(DatasetReader.BUNDLED_JSON)) {
            assertThat(in).as("the bundled dataset on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    /** The dataset of a read with places; the read without places must give the same one. */
    static Dataset assertBothReadTheSame(byte[] json, SourceResolver sources) {
        Dataset expected = placedDataset(json, sources);
        LoadResult actual = unplacedFirst(json, sources, LoadListener.NONE);
        assertThat(actual.problems()).as("problems of a valid file").isEmpty();
        assertSameDataset(actual.dataset(), expected);
        return actual.dataset();
    }

    /** Relation checker threads still alive. */
    static long checkerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("dataset-relation-checker") && t.isAlive()).count();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
