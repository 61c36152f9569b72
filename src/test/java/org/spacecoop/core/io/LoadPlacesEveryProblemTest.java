package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spacecoop.core.io.HandWrittenDatasetTest.BASE;
import static org.spacecoop.core.io.HandWrittenDatasetTest.END;
import static org.spacecoop.core.io.HandWrittenDatasetTest.ENTITIES;
import static org.spacecoop.core.io.HandWrittenDatasetTest.RELATIONS;
import static org.spacecoop.core.io.HandWrittenDatasetTest.SOURCES;
import static org.spacecoop.core.io.HandWrittenDatasetTest.TOP;
import static org.spacecoop.core.io.Readings.DOC;
import static org.spacecoop.core.io.Readings.DOC_SOURCES;
import static org.spacecoop.core.io.Readings.Outcome;
import static org.spacecoop.core.io.Readings.assertSameDataset;
import static org.spacecoop.core.io.Readings.assertSameOutcome;
import static org.spacecoop.core.io.Readings.checkerThreads;
import static org.spacecoop.core.io.Readings.concat;
import static org.spacecoop.core.io.Readings.load;
import static org.spacecoop.core.io.Readings.placed;
import static org.spacecoop.core.io.Readings.placedDataset;
import static org.spacecoop.core.io.Readings.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DatasetReader#load} reads a file without places and, when it has problems, again with them: it must report
 * exactly what one read with places reports, for every kind of broken file (and give the dataset for the valid ones).
 */
class LoadPlacesEveryProblemTest {

    @TempDir
    Path dir;

    @BeforeEach
    void sourcesFolder() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/doc.txt"), DOC);
    }

    /** A file written from the hand-written one; {@code problem} is part of the expected message, null for a valid file. */
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
                // valid files: sections in other orders, escaped names and words
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
    void loadReportsWhatAReadWithPlacesReports(Broken b) throws IOException {
        Path file = dir.resolve(b.name() + ".json");
        Files.write(file, b.bytes());
        SourceResolver sources = SourceResolver.directory(dir.resolve("sources"));

        LoadResult expected = placed(file.getFileName().toString(), b.bytes(), sources);
        if (b.problem() == null) {
            assertThat(expected.problems()).as("a valid file").isEmpty();
        } else {
            assertThat(expected.problems()).as("the problems of a read with places").isNotEmpty()
                    .anySatisfy(p -> assertThat(p.message()).contains(b.problem()));
            assertThat(expected.problems()).as("every problem in the file has its place")
                    .allSatisfy(p -> assertThat(p.line() > 0 || !p.jsonPath().startsWith("$.") || p.message().contains("too many")).isTrue());
        }
        assertSameOutcome(load(file), Outcome.of(expected));
        if (expected.dataset() != null) assertSameDataset(expected.dataset(), placedDataset(utf8(BASE), DOC_SOURCES));
        assertThat(checkerThreads()).isZero();
    }

    /** Problems far into a file of several checker batches: the second read places them as a read with places does. */
    @Test
    void problemsLateInALargeFileArePlacedAsAReadWithPlacesPlacesThem() throws IOException {
        int relations = 5 * RelationPipeline.BATCH;
        List<String> lines = new ArrayList<>(List.of(Readings.synthetic(5_000, relations, 5).split("\n", -1)));
        int first = lines.indexOf("  \"relations\": [") + 1;
        int late = first + relations * 3 / 4;
        assertThat(lines.get(late)).contains("\"from\"");
        lines.set(late, lines.get(late).replaceFirst("\"to\": \"[^\"]+\"", "\"to\": \"nobody-at-all\""));
        int duplicate = first + relations - 2;
        lines.set(duplicate, lines.get(duplicate).replaceFirst("\"id\": \"[^\"]+\"",
                lines.get(first + 10).replaceFirst(".*(\"id\": \"[^\"]+\").*", "$1")));
        byte[] text = utf8(String.join("\n", lines));
        Path f = dir.resolve("broken.json");
        Files.write(f, text);

        List<Problem> expected = placed("broken.json", text, SourceResolver.of(java.util.Map.of())).problems();
        assertThat(expected).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("nobody-at-all"))
                .anySatisfy(m -> assertThat(m).startsWith("duplicate relation id"));
        assertThat(expected).allSatisfy(p -> assertThat(p.line()).isGreaterThan(first));
        assertSameOutcome(load(f), new Outcome(null, expected));
        assertThat(checkerThreads()).isZero();
    }
}
