package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

/** The canonical layout: a file in it saves back byte for byte, and an edit touches only its own lines. */
class CanonicalLayoutTest {

    static final Path BUNDLED = Path.of("data/space-cooperation.json");

    @Test
    void theBundledDatasetSavesBackByteForByte() throws Exception {
        byte[] file = Files.readAllBytes(BUNDLED);

        byte[] saved = DatasetWriter.toBytes(DatasetReader.load(BUNDLED));

        assertThat(saved.length).isEqualTo(file.length);
        assertThat(Arrays.equals(saved, file)).as("byte-identical").isTrue();
    }

    @Test
    void editingOneRelationChangesOnlyThatRelationsLines() throws Exception {
        Dataset d = DatasetReader.load(BUNDLED);
        int k = d.relations().size() / 2;
        Relation r = d.relations().get(k);
        Relation edited = new Relation(r.id(), r.from(), r.to(), r.type(), null,
                r.status() == Status.ACTIVE ? Status.SUSPENDED : Status.ACTIVE, r.start(), r.end(),
                "A note written in an edit, with \"quotes\" and a line\nbreak.", r.unverified(), r.evidence());
        List<Relation> relations = new ArrayList<>(d.relations());
        relations.set(k, edited);
        Dataset after = new Dataset(d.formatVersion(), d.title(), d.sources(), d.entities(), relations, d.asOf());

        List<String> before = lines(DatasetWriter.toJson(d));
        List<String> now = lines(DatasetWriter.toJson(after));

        int[] changedBefore = changedRange(before, now);
        int[] changedNow = changedRange(now, before);
        assertThat(changedNow[1]).as("some lines changed").isGreaterThan(changedNow[0]);
        assertThat(changedBefore[0]).isGreaterThanOrEqualTo(block(before, r.id())[0]);
        assertThat(changedBefore[1]).isLessThanOrEqualTo(block(before, r.id())[1]);
        assertThat(changedNow[0]).isGreaterThanOrEqualTo(block(now, r.id())[0]);
        assertThat(changedNow[1]).isLessThanOrEqualTo(block(now, r.id())[1]);
        assertThat(String.join("\n", now.subList(changedNow[0], changedNow[1])))
                .contains("\"status\": \"" + edited.status().id() + "\"")
                .contains("\"note\": \"A note written in an edit, with \\\"quotes\\\" and a line\\nbreak.\"");
    }

    @Test
    void everyFieldTheReaderKeepsIsWrittenBackAndReadsTheSame() throws Exception {
        String text = "Intro.\nThe  agency\n\tsigned the \"accord\" in 2020.\u2028Then more.\n中文句子。";
        Source doc = new Source("doc", "A \"title\"", "Pub\\lisher", "2021-03-04", null, "news", "doc.txt", text);
        Source web = new Source("web", "Web", "Someone", "2020", "https://example.org/a?b=c&d", "agency page", null, null);
        int start = text.indexOf("The"), end = text.indexOf("2020.") + 5;
        Passage quote = new Passage("doc", start, end, text.substring(start, end), true);
        Entity a = new Entity("a", "Agency \u0001 A", List.of("AA", "欧洲空间局", "tab\there"), EntityKind.AGENCY, "Europe",
                "Desc \u2029 with separators.", PartialDate.of("1975-05-30"), PartialDate.of("2030"), Status.ACTIVE, true,
                Evidence.of(List.of(quote), List.of(new Reference("https://example.org/x", "X"),
                        new Reference("https://example.org/untitled", ""))));
        Entity b = new Entity("b", "B", List.of(), EntityKind.PROGRAM, null, "d", null, null, Status.PLANNED, false, null);
        Relation r = new Relation("a.develops.b", "a", "b", RelationType.DEVELOPS, null, Status.HISTORICAL,
                PartialDate.of("2019-01"), PartialDate.of("2020-12-31"), "", false,
                Evidence.of(List.of(quote), List.of()));
        Relation s = new Relation("b.part-of.a", "b", "a", RelationType.PART_OF, null, Status.PLANNED, null, null,
                null, true, Evidence.of(List.of(), List.of(new Reference("http://example.org/p", "P"))));
        Dataset d = new Dataset(1, "T \u00e9", List.of(doc, web), List.of(a, b), List.of(r, s), PartialDate.of("2024-06"));

        String json = DatasetWriter.toJson(d);
        LoadResult again = DatasetReader.read("x.json", new StringReader(json), SourceResolver.of(Map.of("doc.txt", text)));

        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset()).usingRecursiveComparison()
                .withEqualsForType(Evidence::equals, Evidence.class).isEqualTo(d);
        assertThat(DatasetWriter.toJson(again.dataset())).isEqualTo(json);
        assertThat(json).contains("\"aliases\": [\"AA\", \"欧洲空间局\", \"tab\\there\"],")
                .contains("\"quote\": \"The agency signed the \\\"accord\\\" in 2020.\"}")
                .contains("{\"url\": \"https://example.org/untitled\"}")
                .contains("\\u2029").contains("\\u0001").contains("\"url\": null,").contains("\"note\": \"\",");
    }

    @Test
    void aLoadedFileInAnotherLayoutIsRewrittenOnceThenStaysTheSame() throws Exception {
        Path fixture = DatasetReaderTest.fixture("valid/dataset.json");
        Dataset d = DatasetReader.load(fixture);
        String once = DatasetWriter.toJson(d);

        assertThat(once.getBytes(StandardCharsets.UTF_8)).isNotEqualTo(Files.readAllBytes(fixture));
        String text = d.sources().get(0).text();
        Dataset reread = DatasetReader.read("f.json", new StringReader(once), SourceResolver.of(Map.of("oped.txt", text))).orThrow();
        assertThat(DatasetWriter.toJson(reread)).isEqualTo(once);
        assertThat(once).startsWith("{\n  \"formatVersion\": 1,\n  \"title\": \"Fixture\",\n  \"sources\": [\n    {\n      \"id\": \"oped\",\n")
                .endsWith("    }\n  ]\n}\n");
    }

    @Test
    void emptySectionsAreWrittenOnTheirLine() {
        Dataset d = new Dataset(1, "", List.of(), List.of(), List.of());
        assertThat(DatasetWriter.toJson(d)).isEqualTo("""
                {
                  "formatVersion": 1,
                  "title": "",
                  "sources": [],
                  "entities": [],
                  "relations": []
                }
                """);
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    /** [first, end) of the lines of {@code a} that differ from {@code b}, once the common head and tail are set aside. */
    static int[] changedRange(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
        return new int[] {head, a.size() - tail};
    }

    /** [first, end) of the lines of the record whose id line is {@code "id": "<id>"}, from its "{" to its "}". */
    static int[] block(List<String> lines, String id) {
        int idLine = lines.indexOf("      \"id\": \"" + id + "\",");
        assertThat(idLine).as("record " + id).isPositive();
        int end = idLine;
        while (!lines.get(end).startsWith("    }")) end++;
        return new int[] {idLine - 1, end + 1};
    }
}
