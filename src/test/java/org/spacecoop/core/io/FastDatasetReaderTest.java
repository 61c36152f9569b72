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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.synthetic.SyntheticDataset;

/**
 * The fast path ({@link FastDatasetReader}, {@link JsonBytes}) must give exactly the dataset the reporting reader
 * gives for a valid file, however the JSON is written, and give up (null) on anything else, so that
 * {@link DatasetReader#load} then reports exactly what the reporting reader reports.
 */
class FastDatasetReaderTest {

    private static final int MIB = 1 << 20;
    private static final SourceResolver NO_SOURCES = SourceResolver.of(Map.of());
    private static final SourceResolver BUNDLED = SourceResolver.classpath(DatasetReader.BUNDLED_SOURCES);

    /** The document the hand-written dataset quotes. */
    static final String DOC = "Der Vertrag über die Zusammenarbeit wurde 2024 in Genf\n   unterzeichnet. "
            + "中国国家航天局与欧洲航天局合作。 The \"quoted\" words and a back\\slash.\n";
    private static final SourceResolver DOC_SOURCES = SourceResolver.of(Map.of("doc.txt", DOC));

    @TempDir
    Path dir;

    @BeforeEach
    void sourcesFolder() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/doc.txt"), DOC);
    }

    // --- the readers ---

    static Dataset fast(byte[] json, SourceResolver sources) {
        return fast(json, sources, LoadListener.NONE);
    }

    static Dataset fast(byte[] json, SourceResolver sources, LoadListener listener) {
        try {
            return FastDatasetReader.tryRead("test.json", new ByteArrayInputStream(json), sources, listener, json.length / 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadResult reporting(String name, byte[] json, SourceResolver sources) {
        return DatasetReader.read(name, DatasetReader.utf8(new ByteArrayInputStream(json)), sources);
    }

    static Dataset reportingDataset(byte[] json, SourceResolver sources) {
        LoadResult r = reporting("test.json", json, sources);
        assertThat(r.problems()).as("the reporting reader's problems").isEmpty();
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

    /** Synthetic datasets several tests read, and the reporting reader's dataset of each: made once. */
    private static final Map<String, Object> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    static byte[] syntheticBytes(int nodes, int edges, long seed) {
        return (byte[]) MADE.computeIfAbsent(nodes + "/" + edges + "/" + seed, k -> utf8(synthetic(nodes, edges, seed)));
    }

    static Dataset syntheticDataset(int nodes, int edges, long seed) {
        return (Dataset) MADE.computeIfAbsent(nodes + "/" + edges + "/" + seed + " dataset",
                k -> reportingDataset(syntheticBytes(nodes, edges, seed), NO_SOURCES));
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
        try (InputStream in = FastDatasetReaderTest.class.getResourceAsStream(DatasetReader.BUNDLED_JSON)) {
            assertThat(in).as("the bundled dataset on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    /** The reporting reader's dataset; tryRead must give the same one, and not give up. */
    static Dataset assertFastReadsTheSame(byte[] json, SourceResolver sources) {
        Dataset expected = reportingDataset(json, sources);
        Dataset actual = fast(json, sources);
        assertThat(actual).as("the fast path gave up on a valid file").isNotNull();
        assertSameDataset(actual, expected);
        return actual;
    }

    // ================================================================================================
    // Valid files: the same dataset
    // ================================================================================================

    @Test
    void theBundledDatasetReadsTheSame() throws IOException {
        assertThat(DatasetReader.fastPath()).as("the fast path is on in this test run").isTrue();
        Dataset d = assertFastReadsTheSame(bundled(), BUNDLED);
        assertThat(d.relations()).hasSizeGreaterThan(100);
        assertThat(d.relations()).anyMatch(r -> !r.evidence().passages().isEmpty());
        assertThat(d.sources()).allMatch(s -> s.file() == null || s.hasText());
    }

    @ParameterizedTest(name = "{0} entities, {1} relations, seed {2}")
    @CsvSource({
        "1, 0, 1",
        "2, 1, 2",
        "40, 150, 3",
        "600, 3000, 4",
        "2500, 7000, 5", // more than 1 MiB: strings straddle the buffer's refills
    })
    void syntheticDatasetsReadTheSame(int nodes, int edges, long seed) {
        byte[] json = utf8(synthetic(nodes, edges, seed));
        if (edges == 7000) assertThat(json.length).isGreaterThan(MIB + MIB / 4);
        Dataset d = assertFastReadsTheSame(json, NO_SOURCES);
        assertThat(d.entities()).hasSize(nodes);
        assertThat(d.relations()).hasSize(edges);
    }

    /** "sources" is optional: a file without it is read on the fast path, as having none. */
    @Test
    void aFileWithoutSourcesReadsTheSame() {
        JsonObject o = JsonParser.parseString(synthetic(300, 1200, 12)).getAsJsonObject();
        assertThat(o.remove("sources")).isNotNull();
        Dataset d = assertFastReadsTheSame(utf8(o.toString()), NO_SOURCES);
        assertThat(d.sources()).isEmpty();
        assertThat(d.relations()).hasSize(1200);
    }

    /** Sources after the relations that quote them: the fast path took them as none, so it must give up. */
    @Test
    void sourcesAfterTheRelationsThatQuoteThemAreLeftToTheReportingReader() throws IOException {
        JsonObject bundled = JsonParser.parseString(new String(bundled(), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject moved = new JsonObject();
        for (String f : List.of("formatVersion", "title", "entities", "relations", "sources")) moved.add(f, bundled.get(f));
        byte[] json = utf8(moved.toString());
        assertThat(fast(json, BUNDLED)).isNull();
        Dataset expected = reportingDataset(json, BUNDLED);
        assertThat(expected.relations()).anyMatch(r -> !r.evidence().passages().isEmpty());
    }

    /** Strings longer than the 1 MiB buffer: it must grow, also when such a string starts near its beginning. */
    @Test
    void stringsLongerThanTheBufferReadTheSame() {
        List<String> lines = new ArrayList<>(List.of(synthetic(30, 200, 6).split("\n", -1)));
        StringBuilder title = new StringBuilder();
        while (title.length() < MIB + MIB / 2) title.append("A long title, plain ASCII. ");
        int titleLine = indexOfPrefix(lines, "  \"title\": ");
        lines.set(titleLine, "  \"title\": \"" + title + "\",");

        String piece = "Long note é 中 🚀 \"quoted\" back\\slash\ttab/ ";
        String note = piece.repeat((2 * MIB + MIB / 2) / utf8(piece).length + 1); // 2.5 MiB, escaped more than that
        int line = relationLineWithout(lines, 100, "\"note\"");
        String l = lines.get(line);
        int brace = l.indexOf('{') + 1;
        lines.set(line, l.substring(0, brace) + "\"note\": " + quoteJson(note) + ", " + l.substring(brace));
        byte[] json = utf8(String.join("\n", lines));

        Dataset d = assertFastReadsTheSame(json, NO_SOURCES);
        assertThat(d.title()).isEqualTo(title.toString());
        assertThat(d.relations()).filteredOn(r -> note.equals(r.note())).hasSize(1);
    }

    /**
     * Tokens placed so that they straddle the end of the first 1 MiB the reader takes in: escapes, multi-byte
     * characters, literals, a string's opening quote, each starting 0 to 6 bytes before the refill.
     */
    @Test
    void tokensStraddlingTheFirstRefillReadTheSame() {
        String text = synthetic(100, 600, 9);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        // a long title moves the relations' middle to the first refill: fewer relations to read for each placement
        int titleLine = indexOfPrefix(lines, "  \"title\": ");
        lines.set(titleLine, "  \"title\": \"" + "t".repeat(MIB - utf8(text).length / 2) + "\",");
        String escaped = "\"note\": \"ab\\\"c\\\\d\\/e\\u00e9f\\ud83d\\ude80g é中🚀 h\\ni\", \"unverified\": true, ";
        String nulls = "\"note\": null, \"unverified\": null, \"passages\": [], ";
        String[][] groups = {
            {escaped, "\"note\"", "\"ab", "\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d", "\\ude80", "é", "中", "🚀", "true"},
            {nulls, "null", "[]", "\"unverified\"", "\"passages\""}, // field names in the expected order: nextStringIs
        };
        // a relation line well before the first refill, without the fields inserted
        int offset = 0, line = -1, lineOffset = 0;
        int first = lines.indexOf("  \"relations\": [") + 1;
        for (int i = 0; i < lines.size(); i++) {
            if (i >= first && offset < MIB - 1024 && !lines.get(i).contains("\"note\"") && !lines.get(i).contains("\"unverified\"")) {
                line = i;
                lineOffset = offset;
            }
            offset += utf8(lines.get(i)).length + 1;
        }
        assertThat(line).isPositive();
        assertThat(offset).isGreaterThan(MIB + 16 * 1024);
        String original = lines.get(line);
        int brace = original.indexOf('{') + 1;
        byte[] before = utf8(String.join("\n", lines.subList(0, line)) + "\n");
        byte[] after = utf8("\n" + String.join("\n", lines.subList(line + 1, lines.size())));
        assertThat(before.length).isEqualTo(lineOffset);

        for (String[] group : groups) {
            String inserted = group[0];
            String changed = original.substring(0, brace) + inserted + original.substring(brace);
            Dataset expected = reportingDataset(concat(before, utf8(changed), after), NO_SOURCES);
            String expectedText = written(untitled(expected)); // the long title compared on its own: faster
            for (int t = 1; t < group.length; t++) {
                int at = lineOffset + utf8(changed.substring(0, brace)).length
                        + utf8(inserted.substring(0, inserted.indexOf(group[t]))).length;
                for (int d = 0; d <= 6; d++) {
                    int pad = MIB - d - at;
                    byte[] json = concat(before, utf8(" ".repeat(pad) + changed), after);
                    assertThat(json[MIB - d]).as("%s at %d", group[t], MIB - d).isEqualTo(utf8(group[t])[0]);
                    Dataset actual = fast(json, NO_SOURCES);
                    assertThat(actual).as("gave up with %s starting %d bytes before the refill", group[t], d).isNotNull();
                    assertThat(actual.title()).isEqualTo(expected.title());
                    assertThat(written(untitled(actual))).as("%s starting %d bytes before the refill", group[t], d)
                            .isEqualTo(expectedText);
                }
            }
        }
    }

    private static Dataset untitled(Dataset d) {
        return new Dataset(d.formatVersion(), "", d.sources(), d.entities(), d.relations());
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

    // ================================================================================================
    // Valid JSON written in other ways: still exactly the same dataset
    // ================================================================================================

    /** JSON written with ` for each backslash (Java would read the \ u escapes of the JSON itself). */
    static String json(String s) {
        return s.replace('`', '\\');
    }

    static final String TOP = json("""
            {
              "title": "Handgeschrieben: `u00e9t`u00E9 — 手写 `ud83d`ude80",
            """);
    /** Sources in their own order of fields; a date, a URL and a file left null. */
    static final String SOURCES = json("""
              "sources": [
                {
                  "file": "doc.txt", "kind": "news",
                  "url": "https:`/`/example.org`/a?b=1&c=2",
                  "date": "2024-06", "publisher": "Agence France-Presse",
                  "title": "Coop`u00e9ration spatiale — 合作 `"Genf`"",
                  "id": "doc"
                },
                {"id": "web", "title": "A page", "publisher": "P", "date": "2023", "url": null, "kind": "agency page"},
                {"url": null, "file": null, "kind": "reference", "date": null, "publisher": "Nobody", "title": "Undated", "id": "undated"}
              ],
            """);
    static final String ENTITIES = json("""
              "entities": [
                {
                  "status": "active",
                  "description": "Europe`u2019s agency: `"quoted`", back``slash, tab`tthere, newline`nhere, `b`f`r and `/.",
                  "kind": "agency",
                  "aliases": ["ESA", "欧洲空间局", "Agence spatiale européenne", "`u0045SA`u00e9"],
                  "name": "European Space Agency",
                  "id": "esa",
                  "country": "Europe",
                  "start": "1975-05-30",
                  "unverified": null,
                  "passages": [],
                  "references": []
                },
                {"id": "cnsa", "name": "中国国家航天局", "aliases": [], "kind": "agency", "country": null,
                 "description": "China’s agency 🚀 raw, `ud83d`ude80 escaped and `uD83D`uDE80 in capitals.", "start": "1993", "end": null,
                 "status": "active", "unverified": false,
                 "passages": [{"quote": "中国国家航天局与欧洲航天局合作", "source": "doc"}]},
                {
                  "references": [{"title": null, "url": "http://example.org/x"}, {"url": "https://example.org/y", "title": "Y `/ z"}],
                  "unverified": true, "status": "historical", "end": "2024-06-25", "start": "2024-05",
                  "description": "A mission.", "country": "CN", "kind": "mission", "name": "Chang’e-6", "id": "m.1_x-y"
                }
              ],
            """);
    static final String RELATIONS = json("""
              "relations": [
                {
                  "to": "cnsa", "from": "esa", "id": "esa.cooperates-on.cnsa", "type": "cooperates-on", "status": "active",
                  "note": null, "start": null, "end": null, "unverified": null,
                  "passages": [{"source": "doc", "quote": "The `"quoted`" words and a back``slash."}],
                  "references": []
                },
                {"id": "r2", "from": "cnsa", "to": "cnsa", "type": "operates", "status": "planned",
                 "note": "Self `u0041 loop: `"q`" `` `/ `n `t `u00e9 `ud83d`ude80 raw é 中 🚀 end", "references": [{"url": "https://example.org/r2"}], "passages": []},
                {"id": "r3", "from": "m.1_x-y", "to": "esa", "type": "provides-launch", "status": "historical",
                 "start": "`u0032024-05-03", "end": "2024-06", "unverified": true,
                 "passages": [{"source": "doc", "quote": "Genf`nunterzeichnet"}, {"source": "doc", "quote": "  Der  Vertrag "}],
                 "references": [{"url": "https://example.org/r3", "title": "R3"}]},
                {"id": "r4", "from": "esa", "to": "cnsa", "type": "cooperates-on", "status": "active", "references": [{"url": "https://example.org/r4"}]},
                {"id": "r5", "from":"m.1_x-y", "to":"esa", "type": "trains-with", "status": "active", "references": [
                  {"title": "Title first", "url": "https://example.org/r5/a"}, {"url": "https://example.org/r5/b", "title": null},
                  {"url": "https://example.org/r5/c", "title": "Zweite `u2014 gr`u00fc`u00dfe"}, {"url": "https:`/`/example.org/r5/d", "title": "Z"}]}
              ],
            """);
    static final String END = """
              "formatVersion": 1
            }
            """;
    /** A hand-written valid dataset: formatVersion last, fields in odd orders, escapes, raw UTF-8, nulls, empty arrays. */
    static final String BASE = TOP + SOURCES + ENTITIES + RELATIONS + END;

    /** What the hand-written dataset says, decoded by hand. */
    static void assertHandWrittenValues(Dataset d) {
        assertThat(d.title()).isEqualTo("Handgeschrieben: été — 手写 🚀");
        assertThat(d.sources()).extracting(s -> s.id()).containsExactly("doc", "web", "undated");
        assertThat(d.sources().get(0).url()).isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(d.sources().get(0).title()).isEqualTo("Coopération spatiale — 合作 \"Genf\"");
        assertThat(d.sources().get(0).text()).isEqualTo(DOC);
        assertThat(d.sources().get(1).url()).isNull();
        assertThat(d.sources().get(2).date()).isNull();
        assertThat(d.sources().get(2).file()).isNull();
        Entity esa = d.entities().get(0), cnsa = d.entities().get(1), mission = d.entities().get(2);
        assertThat(esa.description()).isEqualTo("Europe’s agency: \"quoted\", back\\slash, tab\tthere, newline\nhere, \b\f\r and /.");
        assertThat(esa.aliases()).containsExactly("ESA", "欧洲空间局", "Agence spatiale européenne", "ESAé");
        assertThat(esa.unverified()).isFalse();
        assertThat(esa.start()).isEqualTo(PartialDate.of(1975, 5, 30));
        assertThat(esa.evidence()).isEqualTo(Evidence.NONE);
        assertThat(cnsa.name()).isEqualTo("中国国家航天局");
        assertThat(cnsa.country()).isNull();
        assertThat(cnsa.end()).isNull();
        assertThat(cnsa.description()).isEqualTo("China’s agency 🚀 raw, 🚀 escaped and 🚀 in capitals.");
        assertThat(cnsa.evidence().passages()).extracting(Passage::text).containsExactly("中国国家航天局与欧洲航天局合作");
        assertThat(mission.id()).isEqualTo("m.1_x-y");
        assertThat(mission.unverified()).isTrue();
        assertThat(mission.evidence().references()).containsExactly(
                new Reference("http://example.org/x", ""), new Reference("https://example.org/y", "Y / z"));
        Relation r1 = d.relations().get(0), r2 = d.relations().get(1), r3 = d.relations().get(2);
        assertThat(r1.note()).isNull();
        assertThat(r1.start()).isNull();
        assertThat(r1.unverified()).isFalse();
        assertThat(r1.evidence().passages()).extracting(Passage::text).containsExactly("The \"quoted\" words and a back\\slash.");
        assertThat(r2.note()).isEqualTo("Self A loop: \"q\" \\ / \n \t é 🚀 raw é 中 🚀 end");
        assertThat(r2.from()).isEqualTo("cnsa").isEqualTo(r2.to());
        assertThat(r3.start()).isEqualTo(PartialDate.of(2024, 5, 3));
        assertThat(r3.end()).isEqualTo(PartialDate.of(2024, 6, 0));
        assertThat(r3.unverified()).isTrue();
        assertThat(r3.evidence().passages()).extracting(Passage::text).containsExactly("Genf\n   unterzeichnet", "Der Vertrag");
        // a list packed from bytes until its third reference (not ASCII), then records: the first two kept
        assertThat(d.relations().get(4).evidence().references()).containsExactly(
                new Reference("https://example.org/r5/a", "Title first"), new Reference("https://example.org/r5/b", ""),
                new Reference("https://example.org/r5/c", "Zweite — grüße"), new Reference("https://example.org/r5/d", "Z"));
        assertThat(d.relations()).hasSize(5);
    }

    /** Ways of writing the same JSON. */
    enum Writing {
        AS_IS(s -> s),
        /** No white space at all; Gson's default escapes for &lt;, &gt;, &amp;, = and ' (backslash, u003c …). */
        COMPACT(s -> new GsonBuilder().serializeNulls().create().toJson(JsonParser.parseString(s))),
        /** Every non-ASCII character as a backslash-u escape (surrogate pairs for the rocket), every / as \/. */
        ESCAPED(s -> escapeAll(new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(JsonParser.parseString(s)))),
        /** Pretty-printed, every line ending in \r\n, indented with tabs. */
        CRLF_TABS(s -> crlfTabs(new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(JsonParser.parseString(s)))),
        /** The fields of every object shuffled (relations still after sources and entities), pretty-printed. */
        SHUFFLED(s -> new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(shuffled(JsonParser.parseString(s), new Random(7), true)));

        final UnaryOperator<String> rewrite;

        Writing(UnaryOperator<String> rewrite) {
            this.rewrite = rewrite;
        }
    }

    static String escapeAll(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '/') sb.append("\\/"); // in JSON text, / and non-ASCII occur only inside strings
            else if (c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String crlfTabs(String json) {
        StringBuilder sb = new StringBuilder();
        for (String line : json.split("\n")) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            sb.append("\t".repeat(indent / 2)).append(line.substring(indent)).append("\r\n");
        }
        return sb.toString();
    }

    static JsonElement shuffled(JsonElement e, Random random, boolean top) {
        if (e.isJsonArray()) {
            JsonArray out = new JsonArray();
            for (JsonElement x : e.getAsJsonArray()) out.add(shuffled(x, random, false));
            return out;
        }
        if (!e.isJsonObject()) return e;
        List<String> names = new ArrayList<>(e.getAsJsonObject().keySet());
        Collections.shuffle(names, random);
        if (top && names.remove("relations")) { // the fast path needs the sources and entities first
            int after = Math.max(names.indexOf("sources"), names.indexOf("entities")) + 1;
            names.add(after + random.nextInt(names.size() - after + 1), "relations");
        }
        JsonObject out = new JsonObject();
        for (String n : names) out.add(n, shuffled(e.getAsJsonObject().get(n), random, false));
        return out;
    }

    static Stream<Arguments> writings() {
        return Arrays.stream(Writing.values()).flatMap(w -> Stream.of(Arguments.of("hand-written", w), Arguments.of("bundled", w)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("writings")
    void validJsonWrittenInOtherWaysReadsTheSame(String dataset, Writing writing) throws IOException {
        boolean hand = dataset.equals("hand-written");
        String original = hand ? BASE : new String(bundled(), StandardCharsets.UTF_8);
        SourceResolver sources = hand ? DOC_SOURCES : BUNDLED;
        String text = writing.rewrite.apply(original);
        if (writing != Writing.AS_IS) assertThat(text).isNotEqualTo(original);
        if (writing == Writing.COMPACT) {
            assertThat(text).doesNotContain("\n").containsAnyOf("\\u0026", "\\u0027", "\\u003d").hasSizeLessThan(original.length());
        }
        if (writing == Writing.ESCAPED) {
            assertThat(text).contains("\\/").matches("\\p{ASCII}*");
            if (hand) assertThat(text).contains("\\ud83d\\ude80");
        }

        Dataset d = assertFastReadsTheSame(utf8(text), sources);
        // and it is the dataset the original text gives
        assertSameDataset(d, reportingDataset(utf8(original), sources));
        if (hand) assertHandWrittenValues(d);
    }

    @Test
    void theHandWrittenDatasetIsReadAsWrittenAndSectionsMayComeInOtherOrders() {
        Dataset d = assertFastReadsTheSame(utf8(BASE), DOC_SOURCES);
        assertHandWrittenValues(d);
        // entities before sources, formatVersion first: still on the fast path
        String reordered = "{\"formatVersion\": 1, " + ENTITIES + SOURCES + RELATIONS
                + TOP.substring(TOP.indexOf('{') + 1).replaceFirst(",\\s*$", "") + "}";
        assertSameDataset(assertFastReadsTheSame(utf8(reordered), DOC_SOURCES), d);
        // no whitespace at all, no title, no sources and no passages
        String bare = "{\"formatVersion\":1,\"sources\":[],\"entities\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"agency\","
                + "\"description\":\"d\",\"status\":\"active\",\"aliases\":[],\"passages\":[],\"references\":[]},{\"id\":\"b\","
                + "\"name\":\"B\",\"kind\":\"company\",\"description\":\"e\",\"status\":\"proposed\"}],\"relations\":[{\"id\":\"x\","
                + "\"from\":\"a\",\"to\":\"b\",\"type\":\"contracts\",\"status\":\"active\",\"references\":[{\"url\":\"https://x.org\"}]}]}";
        Dataset b = assertFastReadsTheSame(utf8(bare), NO_SOURCES);
        assertThat(b.title()).isEmpty();
        assertThat(b.relations()).hasSize(1);
        // no relations at all
        assertThat(assertFastReadsTheSame(utf8(bare.replaceFirst("\"relations\":\\[.*\\]\\}$", "\"relations\":[]}")), NO_SOURCES)
                .relations()).isEmpty();
    }

    // ================================================================================================
    // Anything else: the fast path gives up, and load(path) reports what the reporting reader reports
    // ================================================================================================

    /** A file the fast path must give up on; {@code problem} is part of the expected message, null for a valid file. */
    record Broken(String name, byte[] bytes, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code text} with the one occurrence of {@code from} replaced. */
    static String once(String text, String from, String to) {
        int i = text.indexOf(from);
        if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new IllegalArgumentException("not exactly once: " + from);
        return text.substring(0, i) + to + text.substring(i + from.length());
    }

    static Broken broken(String name, String from, String to, String problem) {
        return new Broken(name, utf8(once(BASE, from, to)), problem);
    }

    /** The base's bytes with those of {@code marker} (once in the base) replaced by raw bytes. */
    static Broken rawBytes(String name, String marker, int... replacement) {
        byte[] base = utf8(BASE), m = utf8(marker);
        int at = -1;
        for (int i = 0; i + m.length <= base.length && at < 0; i++) {
            if (Arrays.equals(base, i, i + m.length, m, 0, m.length)) at = i;
        }
        if (at < 0) throw new IllegalArgumentException(marker);
        byte[] r = new byte[replacement.length];
        for (int i = 0; i < r.length; i++) r[i] = (byte) replacement[i];
        return new Broken(name, concat(Arrays.copyOf(base, at), r, Arrays.copyOfRange(base, at + m.length, base.length)), "not UTF-8");
    }

    /** Objects of the base written on one line, and their required fields. */
    private static final String WEB = "{\"id\": \"web\", \"title\": \"A page\", \"publisher\": \"P\", \"date\": \"2023\", "
            + "\"url\": null, \"kind\": \"agency page\"}";
    private static final String R4 = "{\"id\": \"r4\", \"from\": \"esa\", \"to\": \"cnsa\", \"type\": \"cooperates-on\", "
            + "\"status\": \"active\", \"references\": [{\"url\": \"https://example.org/r4\"}]}";
    private static final String CNSA = "{\"id\": \"cnsa\", \"name\": \"中国国家航天局\", \"aliases\": [], \"kind\": \"agency\", "
            + "\"country\": null,";
    private static final String PASSAGE = "{\"source\": \"doc\", \"quote\": \"  Der  Vertrag \"}";
    private static final String REFERENCE = "{\"url\": \"https://example.org/r3\", \"title\": \"R3\"}";

    /** One case for each required field of each kind of object: the field left out. */
    static Stream<Broken> missingRequiredFields() {
        List<Broken> out = new ArrayList<>();
        for (String[] c : new String[][] {
            {WEB, "\"id\": \"web\"", "id"}, {WEB, "\"title\": \"A page\"", "title"}, {WEB, "\"publisher\": \"P\"", "publisher"},
            {WEB, "\"date\": \"2023\"", "date"}, {WEB, "\"kind\": \"agency page\"", "kind"},
            {R4, "\"id\": \"r4\"", "id"}, {R4, "\"from\": \"esa\"", "from"}, {R4, "\"to\": \"cnsa\"", "to"},
            {R4, "\"type\": \"cooperates-on\"", "type"}, {R4, "\"status\": \"active\"", "status"},
            {CNSA, "\"id\": \"cnsa\"", "id"}, {CNSA, "\"name\": \"中国国家航天局\"", "name"}, {CNSA, "\"kind\": \"agency\"", "kind"},
            {PASSAGE, "\"source\": \"doc\"", "source"}, {PASSAGE, "\"quote\": \"  Der  Vertrag \"", "quote"},
            {REFERENCE, "\"url\": \"https://example.org/r3\"", "url"},
        }) {
            String object = c[0], member = c[1];
            String without = object.contains(member + ", ") ? once(object, member + ", ", "") : once(object, ", " + member, "");
            out.add(broken("missing-" + c[2] + "-in-" + object.substring(0, 20).replaceAll("[^a-z0-9]+", "-"), object, without,
                    "missing required field \"" + c[2] + "\""));
        }
        for (String field : List.of("description", "status")) { // of the mission, written over several lines
            String member = field.equals("status") ? "\"status\": \"historical\", " : "\"description\": \"A mission.\", ";
            out.add(broken("missing-" + field + "-in-an-entity", member, "", "missing required field \"" + field + "\""));
        }
        return out.stream();
    }

    static Stream<Broken> brokenFiles() {
        String notJson = "malformed JSON";
        String eof = "unexpected end of file";
        return Stream.concat(missingRequiredFields(), Stream.of(
                // malformed JSON
                broken("missing-comma", "\"name\": \"European Space Agency\",", "\"name\": \"European Space Agency\"", notJson),
                broken("trailing-comma-object", "\"kind\": \"agency page\"}", "\"kind\": \"agency page\",}", notJson),
                broken("trailing-comma-array", "\"Agence spatiale européenne\", \"`u0045SA`u00e9\"]".replace('`', '\\'),
                        "\"Agence spatiale européenne\", \"\\u0045SA\\u00e9\",]", notJson),
                broken("unterminated-string", "\"publisher\": \"Nobody\",", "\"publisher\": \"Nobody,", notJson),
                broken("comment", "\"kind\": \"mission\",", "\"kind\": \"mission\", // a comment\n", notJson),
                broken("single-quotes", "\"title\": \"A page\"", "'title': 'A page'", notJson),
                broken("bad-escape", "tab\\tthere", "tab\\xthere", notJson),
                broken("short-unicode-escape", "\\u2019s agency", "\\u201 agency", notJson),
                broken("literal-in-capitals", "\"unverified\": false,", "\"unverified\": FALSE,", notJson),
                broken("number-then-letters", "\"formatVersion\": 1", "\"formatVersion\": 1x", notJson),
                new Broken("truncated", Arrays.copyOf(utf8(BASE), utf8(BASE).length / 2), eof),
                new Broken("truncated-after-brace", utf8(BASE.substring(0, BASE.lastIndexOf('}'))), eof),
                new Broken("truncated-in-string", utf8(BASE.substring(0, BASE.indexOf("A mission.") + 3)), eof),
                new Broken("empty", new byte[0], "empty file"),
                new Broken("blank", utf8("  \n\t\n"), "empty file"),
                new Broken("top-level-array", utf8("[" + BASE + "]"), "expected a JSON object"),
                new Broken("content-after-the-closing-brace", utf8(BASE + "{}"), "unexpected content after"),
                new Broken("word-after-the-closing-brace", utf8(BASE + "x\n"), "unexpected content after"),
                // not UTF-8, or odd bytes
                new Broken("byte-order-mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(BASE)), null),
                rawBytes("invalid-utf8-ff", "Presse", 0xFF, 'r', 'e', 's', 's', 'e'),
                rawBytes("invalid-utf8-lone-continuation", "A page", 'A', 0x80, 'p', 'a', 'g', 'e'),
                rawBytes("invalid-utf8-cut-sequence", "手写", 0xE6, 0x89),
                rawBytes("invalid-utf8-overlong-slash", "Y \\/ z", 'Y', ' ', 0xC0, 0xAF, ' ', 'z'),
                rawBytes("invalid-utf8-in-a-field-name", "\"publisher\": \"Nobody\"", '"', 'p', 0xFF, '"', ':', '"', 'x', '"'),
                rawBytes("invalid-utf8-outside-strings", "\"formatVersion\": 1", '"', 'f', 'o', 'r', 'm', 'a', 't',
                        'V', 'e', 'r', 's', 'i', 'o', 'n', '"', ':', 0xA0, '1'),
                broken("no-break-space-outside-strings", "\"formatVersion\": 1", "\"formatVersion\":\u00a01", notJson),
                broken("raw-tab-in-a-string", "\"description\": \"A mission.\"", "\"description\": \"A\tmission.\"", "control character"),
                broken("raw-newline-in-a-string", "\"description\": \"A mission.\"", "\"description\": \"A\nmission.\"", "control character"),
                broken("raw-nul-in-a-string", "\"description\": \"A mission.\"", "\"description\": \"A\u0000mission.\"", "control character"),
                // the shape of the format
                broken("unknown-field", "\"id\": \"r2\",", "\"id\": \"r2\", \"notes\": \"x\",", "unknown field \"notes\""),
                broken("unknown-top-level-field", "\"formatVersion\": 1", "\"formatVersion\": 1, \"extra\": []", "unknown field \"extra\""),
                broken("duplicate-field", "\"id\": \"r2\",", "\"id\": \"r2\", \"id\": \"r2b\",", "appears twice"),
                broken("duplicate-top-level-field", "\"formatVersion\": 1", "\"formatVersion\": 1, \"formatVersion\": 1", "appears twice"),
                broken("missing-required-field", "\"name\": \"European Space Agency\",", "", "missing required field \"name\""),
                broken("missing-format-version", ",\n  \"formatVersion\": 1", "", "missing required field \"formatVersion\""),
                broken("missing-relations", RELATIONS, "", "missing required field \"relations\""),
                broken("empty-object", "{\"id\": \"r4\", \"from\": \"esa\", \"to\": \"cnsa\", \"type\": \"cooperates-on\", "
                        + "\"status\": \"active\", \"references\": [{\"url\": \"https://example.org/r4\"}]}", "{}", "missing required field"),
                broken("number-for-a-string", "\"start\": \"1975-05-30\"", "\"start\": 1975", "expected a string, found"),
                broken("string-for-a-boolean", "\"unverified\": true, \"status\": \"historical\"",
                        "\"unverified\": \"yes\", \"status\": \"historical\"", "expected true or false"),
                broken("string-for-an-array", "\"aliases\": [],", "\"aliases\": \"none\",", "expected an array of strings"),
                broken("number-in-an-array", "\"aliases\": [],", "\"aliases\": [5],", "expected a string"),
                broken("object-for-an-array", "\"passages\": [],\n", "\"passages\": {},\n", "expected an array of passages"),
                broken("null-for-a-required-string", "\"publisher\": \"P\",", "\"publisher\": null,", "must not be null"),
                broken("blank-required-string", "\"title\": \"A page\"", "\"title\": \"  \"", "must not be empty"),
                broken("null-url-of-a-reference", "{\"url\": \"https://example.org/r2\"}", "{\"url\": null}", "must not be null"),
                // values
                broken("unknown-relation-type", "\"type\": \"operates\"", "\"type\": \"operate\"", "unknown relation type \"operate\""),
                broken("unknown-status", "\"status\": \"planned\"", "\"status\": \"finished\"", "unknown status \"finished\""),
                broken("unknown-entity-kind", "\"kind\": \"mission\"", "\"kind\": \"misison\"", "unknown entity kind \"misison\""),
                broken("malformed-date", "\"end\": \"2024-06-25\"", "\"end\": \"2024-06-31\"", "malformed date \"2024-06-31\""),
                broken("date-with-blanks", "\"date\": \"2023\"", "\"date\": \" 2023\"", "malformed date"),
                broken("date-of-other-digits", "\"start\": \"1993\"", "\"start\": \"١٩٩٣\"", "malformed date"),
                broken("end-before-start", "\"end\": \"2024-06\",", "\"end\": \"2024-04\",", "is before start"),
                broken("malformed-url", "\"url\": \"https://example.org/r2\"", "\"url\": \"ftp://example.org/r2\"", "malformed URL"),
                broken("url-with-a-space", "\"url\": \"http://example.org/x\"", "\"url\": \"http://example.org/x y\"", "malformed URL"),
                broken("invalid-id", "\"id\": \"esa\",", "\"id\": \"ESA\",", "invalid id \"ESA\""),
                broken("invalid-relation-id", "\"id\": \"r4\"", "\"id\": \"r 4\"", "invalid id \"r 4\""),
                broken("duplicate-entity-id", "\"id\": \"m.1_x-y\"", "\"id\": \"cnsa\"", "duplicate entity id \"cnsa\""),
                broken("duplicate-relation-id", "\"id\": \"r4\"", "\"id\": \"r2\"", "duplicate relation id \"r2\""),
                broken("duplicate-source-id", "\"id\": \"web\"", "\"id\": \"doc\"", "duplicate source id \"doc\""),
                broken("unknown-entity-in-from", "\"from\": \"cnsa\"", "\"from\": \"cnssa\"", "unknown entity \"cnssa\""),
                broken("unknown-entity-in-to", "\"id\": \"r4\", \"from\": \"esa\", \"to\": \"cnsa\"",
                        "\"id\": \"r4\", \"from\": \"esa\", \"to\": \"nasa\"", "unknown entity \"nasa\""),
                broken("relation-without-evidence", "\"references\": [{\"url\": \"https://example.org/r4\"}]",
                        "\"references\": []", "has no evidence"),
                broken("quote-not-found", "\"quote\": \"Genf\\nunterzeichnet\"", "\"quote\": \"Genf hat unterzeichnet\"",
                        "quote not found in doc.txt"),
                broken("unknown-source", "{\"source\": \"doc\", \"quote\": \"  Der  Vertrag \"}",
                        "{\"source\": \"dok\", \"quote\": \"  Der  Vertrag \"}", "unknown source \"dok\""),
                broken("source-file-missing", "\"file\": \"doc.txt\"", "\"file\": \"nope.txt\"", "source file not found"),
                broken("source-file-outside", "\"file\": \"doc.txt\"", "\"file\": \"../doc.txt\"", "lies outside the sources folder"),
                broken("format-version-2", "\"formatVersion\": 1", "\"formatVersion\": 2", "unsupported formatVersion 2"),
                broken("format-version-1.0", "\"formatVersion\": 1", "\"formatVersion\": 1.0", "unsupported formatVersion 1.0"),
                broken("format-version-10", "\"formatVersion\": 1", "\"formatVersion\": 10", "unsupported formatVersion 10"),
                broken("format-version-as-a-string", "\"formatVersion\": 1", "\"formatVersion\": \"1\"", "must be the number 1"),
                // valid files the fast path leaves to the reporting reader
                new Broken("relations-before-entities", utf8(TOP + RELATIONS + SOURCES + ENTITIES + END), null),
                new Broken("relations-before-sources", utf8(TOP + ENTITIES + RELATIONS + SOURCES + END), null),
                new Broken("relations-first", utf8("{" + RELATIONS + TOP.substring(TOP.indexOf('{') + 1) + SOURCES + ENTITIES + END), null),
                broken("escaped-field-name", "{\"id\": \"r4\",", "{\"\\u0069d\": \"r4\",", null),
                broken("escaped-top-level-field-name", "\"formatVersion\": 1", "\"formatVersio\\u006e\": 1", null),
                broken("escaped-relation-type", "\"type\": \"operates\"", "\"type\": \"operat\\u0065s\"", null),
                broken("escaped-status", "\"status\": \"planned\"", "\"status\": \"pl\\u0061nned\"", null),
                broken("escaped-entity-kind", "\"kind\": \"mission\"", "\"kind\": \"missio\\u006e\"", null),
                broken("escaped-entity-in-from", "\"from\": \"cnsa\"", "\"from\": \"\\u0063nsa\"", null),
                broken("escaped-entity-in-to", "\"to\": \"esa\"", "\"to\": \"\\u0065sa\"", null),
                broken("formatVersion-with-an-exponent", "\"formatVersion\": 1", "\"formatVersion\": 1e0", "unsupported formatVersion"),
                broken("no-sources-field", SOURCES, "", "unknown source \"doc\""),
                broken("too-many-problems", "{\"id\": \"r4\",", ghosts(Problems.CAP + 50) + "{\"id\": \"r4\",", "too many problems")));
    }

    /** Relations to an entity that does not exist. */
    private static String ghosts(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\": \"g").append(i).append("\", \"from\": \"esa\", \"to\": \"ghost\", \"type\": \"bans\", ")
                    .append("\"status\": \"active\", \"references\": [{\"url\": \"https://example.org\"}]},\n");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void theFastPathGivesUpAndLoadReportsWhatTheReportingReaderReports(Broken b) throws IOException {
        Path file = dir.resolve(b.name() + ".json");
        Files.write(file, b.bytes());
        SourceResolver sources = SourceResolver.directory(dir.resolve("sources"));

        assertThat(FastDatasetReader.tryRead(file.getFileName().toString(), new ByteArrayInputStream(b.bytes()), sources,
                LoadListener.NONE, 10)).as("the fast path's answer").isNull();

        LoadResult expected = reporting(file.getFileName().toString(), b.bytes(), sources);
        if (b.problem() == null) {
            assertThat(expected.problems()).as("a valid file").isEmpty();
        } else {
            assertThat(expected.problems()).as("the reporting reader's problems").isNotEmpty()
                    .anySatisfy(p -> assertThat(p.message()).contains(b.problem()));
        }
        assertSameOutcome(load(file), Outcome.of(expected));
        if (expected.dataset() != null) assertSameDataset(expected.dataset(), reportingDataset(utf8(BASE), DOC_SOURCES));
        assertThat(checkerThreads()).isZero();
    }

    // ================================================================================================
    // Giving up midway, and cancelling
    // ================================================================================================

    /** Keeps what a {@link LoadListener} is told; a second {@code entities} call starts over, as documented. */
    static final class RecordingListener implements LoadListener {
        int entityCalls, relationCalls;
        List<Entity> entities = List.of();
        final List<Relation> relations = new ArrayList<>();
        final List<int[]> ends = new ArrayList<>();

        @Override
        public synchronized void entities(List<Entity> list) {
            entityCalls++;
            doneAfter = -1;
            entities = List.copyOf(list);
            relations.clear();
            ends.clear();
        }

        /** Microseconds each relation call takes (a listener that builds something), 0 for none. */
        volatile int workMicros;

        @Override
        public void relation(Relation relation, int from, int to) {
            if (workMicros > 0) spinMicros(workMicros);
            record(relation, from, to);
        }

        /** Relations heard when {@link #relationsDone} came, -1 before. */
        int doneAfter = -1;

        @Override
        public synchronized void relationsDone() {
            doneAfter = relations.size();
        }

        private synchronized void record(Relation relation, int from, int to) {
            relationCalls++;
            relations.add(relation);
            ends.add(new int[] {from, to});
        }

        synchronized void assertHeard(Dataset d) {
            assertThat(doneAfter).as("relationsDone after the last relation").isEqualTo(d.relations().size());
            assertThat(entities).containsExactlyElementsOf(d.entities());
            assertThat(relations).containsExactlyElementsOf(d.relations());
            for (int i = 0; i < relations.size(); i++) {
                assertThat(entities.get(ends.get(i)[0]).id()).isEqualTo(relations.get(i).from());
                assertThat(entities.get(ends.get(i)[1]).id()).isEqualTo(relations.get(i).to());
            }
        }
    }

    /**
     * A valid file of more than 10,000 relations, one of which writes the field name "id" with an escape (its i as
     * backslash-u0069): when the fast path gives up there it has handed batches of relations to its checker thread,
     * and maybe some to the listener, and the reporting reader starts over. The graph must be exactly the dataset's.
     */
    @ParameterizedTest(name = "the fast path gives up at relation {0}")
    @CsvSource({"10499", "8193"})
    void aGraphLoadedWhileTheFastPathGivesUpMidwayIsExactlyTheDatasetsGraph(int at) throws Exception {
        int count = 10_500;
        byte[] valid = syntheticBytes(500, count, 12);
        List<String> lines = new ArrayList<>(List.of(new String(valid, StandardCharsets.UTF_8).split("\n", -1)));
        int line = lines.indexOf("  \"relations\": [") + 1 + at;
        lines.set(line, once(lines.get(line), "{\"id\":", "{\"\\u0069d\":"));
        byte[] json = utf8(String.join("\n", lines));
        Path file = dir.resolve("big.json");
        Files.write(file, json);

        RecordingListener fastOnly = new RecordingListener();
        assertThat(fast(json, NO_SOURCES, fastOnly)).as("the fast path gives up").isNull();
        assertThat(fastOnly.entityCalls).isEqualTo(1);
        Dataset expected = syntheticDataset(500, count, 12); // the escaped name changes nothing in the dataset
        assertThat(expected.relations()).hasSize(count);

        // the listener is told the entities twice (fast path, then reporting reader) and ends with the dataset
        RecordingListener listener = new RecordingListener();
        Dataset loaded = DatasetReader.load(file, listener);
        assertSameDataset(loaded, expected);
        assertThat(listener.entityCalls).isEqualTo(2);
        listener.assertHeard(expected);

        CooperationGraph graph = CooperationGraphLoader.load(file);
        CooperationGraph reference = CooperationGraph.of(expected);
        assertSameDataset(graph.dataset(), expected);
        assertThat(graph.graph().vertexSet()).hasSize(expected.entities().size())
                .containsExactlyElementsOf(reference.graph().vertexSet());
        assertThat(graph.graph().edgeSet()).hasSize(count).containsExactlyElementsOf(reference.graph().edgeSet());
        for (Relation r : expected.relations()) {
            assertThat(graph.from(r).id()).isEqualTo(r.from());
            assertThat(graph.to(r).id()).isEqualTo(r.to());
        }
        for (Entity e : expected.entities()) {
            assertThat(graph.graph().outgoingEdgesOf(e)).containsExactlyElementsOf(reference.graph().outgoingEdgesOf(e));
            assertThat(graph.graph().incomingEdgesOf(e)).containsExactlyElementsOf(reference.graph().incomingEdgesOf(e));
        }
        assertThat(checkerThreads()).isZero();
    }

    /** Reads in chunks of 64 KiB, interrupting the reading thread once {@code stopAt} bytes have been read. */
    static final class InterruptingStream extends java.io.FilterInputStream {
        private final long stopAt;
        private long read;

        InterruptingStream(byte[] bytes, long stopAt) {
            super(new ByteArrayInputStream(bytes));
            this.stopAt = stopAt;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= stopAt) Thread.currentThread().interrupt();
            int n = super.read(b, off, Math.min(len, 1 << 16));
            read += Math.max(0, n);
            return n;
        }
    }

    /**
     * The thread calling tryRead is interrupted (a cancelled load) before the read or part way through it. The read
     * returns null or the whole dataset, and when it returns no checker thread is left, nor any call to the listener
     * to come. The listener takes a little time over each relation, so that the checker is busy when the read stops.
     */
    @ParameterizedTest(name = "interrupted after {0}/8 of the file")
    @CsvSource({"0", "1", "3", "5", "8"})
    void aCancelledReadReturnsAndLeavesNoCheckerThreadBehind(int eighths) throws Exception {
        int count = 5 * RelationPipeline.BATCH + 100;
        byte[] json = syntheticBytes(2_000, count, 13);
        Dataset expected = syntheticDataset(2_000, count, 13);
        RecordingListener listener = new RecordingListener();
        listener.workMicros = 10;
        Dataset[] result = new Dataset[1];
        Throwable[] failure = new Throwable[1];
        long[] aliveAfter = new long[1];
        int[] heardBefore = new int[1];
        Thread reader = new Thread(() -> {
            try {
                result[0] = FastDatasetReader.tryRead("big.json", new InterruptingStream(json, (long) json.length * eighths / 8),
                        NO_SOURCES, listener, count);
                synchronized (listener) {
                    heardBefore[0] = listener.relationCalls;
                }
                aliveAfter[0] = checkerThreads();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "cancelled-reader");
        reader.start();
        reader.join(20_000);
        assertThat(reader.isAlive()).as("the read returned").isFalse();
        assertThat(failure[0]).isNull();
        if (result[0] != null) assertSameDataset(result[0], expected);
        assertThat(aliveAfter[0]).as("checker threads alive when the read returned").isZero();
        Thread.sleep(50);
        assertThat(listener.relationCalls).as("listener calls after the read returned").isEqualTo(heardBefore[0]);
        assertThat(checkerThreads()).isZero();
    }

    /**
     * The reading thread is interrupted while it waits for the checker to finish the last batch (the listener, on
     * the checker's thread, does it): the read may fail, but a dataset it returns must have every relation, and
     * the checker must be done when it returns.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"fast path", "reporting reader"})
    void anInterruptWhileWaitingForTheCheckerGivesNoIncompleteDataset(String which) throws Exception {
        int count = 3 * RelationPipeline.BATCH + 500;
        byte[] json = syntheticBytes(1_000, count, 14);
        Dataset expected = syntheticDataset(1_000, count, 14);
        Thread[] reader = new Thread[1];
        AtomicInteger lateCalls = new AtomicInteger();
        boolean[] returned = new boolean[1];
        LoadListener listener = new LoadListener() {
            int heard;

            @Override
            public void entities(List<Entity> entities) {
                heard = 0;
            }

            @Override
            public void relation(Relation relation, int from, int to) {
                if (returned[0]) lateCalls.incrementAndGet();
                if (++heard == count - 100) { // in the last batch, handed over by finish(): the reader is waiting
                    spin(50);
                    reader[0].interrupt();
                    spin(150);
                }
            }
        };
        Dataset[] result = new Dataset[1];
        List<Problem> problems = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        long[] checkersRightAfter = new long[1];
        reader[0] = new Thread(() -> {
            try {
                if (which.equals("fast path")) {
                    result[0] = FastDatasetReader.tryRead("big.json", new ByteArrayInputStream(json), NO_SOURCES, listener, count);
                } else {
                    LoadResult r = DatasetReader.read("big.json", DatasetReader.utf8(new ByteArrayInputStream(json)), NO_SOURCES, listener);
                    result[0] = r.dataset();
                    problems.addAll(r.problems());
                }
                returned[0] = true;
                checkersRightAfter[0] = checkerThreads();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "interrupted-reader");
        reader[0].start();
        reader[0].join(20_000);
        assertThat(reader[0].isAlive()).isFalse();
        assertThat(failure[0]).isNull();
        if (result[0] != null) {
            assertThat(result[0].relations()).as("relations of the dataset returned").hasSize(count);
            assertSameDataset(result[0], expected);
        } else if (which.equals("reporting reader")) {
            assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("interrupted"));
        }
        assertThat(checkersRightAfter[0]).as("checker threads alive when the read returned").isZero();
        spin(50);
        assertThat(lateCalls.get()).as("listener calls after the read returned").isZero();
    }

    private static void spin(long millis) {
        spinMicros(millis * 1000);
    }

    /** Busy for a while (not sleeping: an interrupt must not cut it short). */
    static void spinMicros(long micros) {
        long end = System.nanoTime() + micros * 1000;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("no line starts with " + prefix);
    }

    /** The line of the first relation from number {@code from} on whose line does not contain {@code absent}. */
    private static int relationLineWithout(List<String> lines, int from, String absent) {
        int first = lines.indexOf("  \"relations\": [") + 1;
        for (int i = first + from; i < lines.size(); i++) {
            if (lines.get(i).contains("\"from\"") && !lines.get(i).contains(absent)) return i;
        }
        throw new AssertionError("no relation line without " + absent);
    }

    static String quoteJson(String s) {
        return new GsonBuilder().disableHtmlEscaping().create().toJson(s);
    }
}
