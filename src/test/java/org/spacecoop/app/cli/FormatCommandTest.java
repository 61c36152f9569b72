package org.spacecoop.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Evidence;

class FormatCommandTest {

    @TempDir
    Path dir;

    /** A valid dataset written in another layout (all on few lines), with its source document. */
    private Path oneLineDataset() throws Exception {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/doc.txt"), "The agency signed\n the accord.");
        return Files.writeString(dir.resolve("d.json"), """
                {"formatVersion": 1, "title": "t", "asOf": "2024", "sources": [{"id": "doc", "title": "D", "publisher": "P",
                  "date": "2020", "kind": "news", "file": "doc.txt"}],
                 "entities": [{"id": "a", "name": "A", "aliases": ["AA"], "kind": "agency", "description": "d", "status": "active"},
                              {"id": "b", "name": "B", "kind": "program", "description": "d", "status": "active"}],
                 "relations": [{"id": "r", "from": "a", "to": "b", "type": "operates", "status": "active",
                                "passages": [{"source": "doc", "quote": "signed the   accord"}]}]}
                """);
    }

    @Test
    void rewritesAFileInTheCanonicalLayoutThatLoadsToTheSameDataset() throws Exception {
        Path f = oneLineDataset();
        Dataset before = DatasetReader.load(f);

        CliTest.Run r = CliTest.run("format", f.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("d.json: written in the canonical layout");
        assertThat(Files.readString(f)).contains("\n      \"aliases\": [\"AA\"],\n")
                .contains("{\"source\": \"doc\", \"quote\": \"signed the accord\"}");
        assertThat(DatasetReader.load(f)).usingRecursiveComparison()
                .withEqualsForType(Evidence::equals, Evidence.class).isEqualTo(before);
        assertThat(CliTest.run("format", "--check", f.toString()).code()).isZero();
        assertThat(CliTest.run("format", f.toString()).out()).contains("already in the canonical layout");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("d.json", "sources");
    }

    @Test
    void checkSaysWhenAFileIsNotCanonicalAndWritesNothing() throws Exception {
        Path f = oneLineDataset();
        String before = Files.readString(f);

        CliTest.Run r = CliTest.run("format", "--check", f.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("not in the canonical layout");
        assertThat(Files.readString(f)).isEqualTo(before);
    }

    @Test
    void writesToAnotherFileWhenAsked() throws Exception {
        Path f = oneLineDataset();
        String before = Files.readString(f);

        CliTest.Run r = CliTest.run("format", f.toString(), "-o", dir.resolve("out.json").toString());

        assertThat(r.code()).isZero();
        assertThat(Files.readString(f)).isEqualTo(before);
        assertThat(DatasetReader.load(dir.resolve("out.json")).relations()).hasSize(1);
    }

    @Test
    void aBrokenFileIsReportedAndLeftAlone() throws Exception {
        Path f = oneLineDataset();
        String broken = Files.readString(f).replace("\"to\": \"b\"", "\"to\": \"bb\"");
        Files.writeString(f, broken);

        CliTest.Run r = CliTest.run("format", f.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern("d\\.json:\\d+:\\d+ \\$\\.relations\\[0\\]\\.to: unknown entity \"bb\"");
        assertThat(Files.readString(f)).isEqualTo(broken);
    }

    @Test
    void theBundledDatasetIsInTheCanonicalLayout() {
        CliTest.Run r = CliTest.run("format", "--check", CliTest.DATA.toString());
        assertThat(r.out()).isEqualTo("space-cooperation.json: in the canonical layout\n");
        assertThat(r.code()).isZero();
    }
}
