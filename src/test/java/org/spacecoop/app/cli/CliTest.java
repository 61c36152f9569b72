package org.spacecoop.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.io.DatasetReader;

class CliTest {

    static final Path DATA = Path.of("data/space-cooperation.json");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(err.toString()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateTheBundledDataset() {
        Run r = run("validate", DATA.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("space-cooperation.json: valid").containsPattern("\\d+ entities, \\d+ relations")
                .containsPattern("facts as of \\d{4}-\\d{2}").endsWith("0 warnings\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateListsEveryProblemWithItsPlace() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), """
                {"formatVersion": 1, "title": "t", "sources": [],
                 "entities": [{"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                              {"id": "b", "name": "B", "kind": "spaceship", "description": "d", "status": "active"}],
                 "relations": [{"id": "r", "from": "a", "to": "c", "type": "operates", "status": "active",
                                "references": [{"url": "https://x.org", "title": "x"}]}]}
                """);
        Run r = run("validate", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("bad\\.json:3:\\d+ \\$\\.entities\\[1\\]\\.kind: .*spaceship")
                .containsPattern("bad\\.json:4:\\d+ \\$\\.relations\\[0\\]\\.to: .*\"c\"")
                .contains("2 problems");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path f = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1,\n  \"title\": \"x\"\n  \"sources\": []}");
        for (String cmd : new String[] {"validate", "stats"}) {
            Run r = run(cmd, f.toString());
            assertThat(r.code()).as(cmd).isEqualTo(1);
            assertThat(r.err()).as(cmd).containsPattern("broken\\.json:3:\\d+");
        }
    }

    @Test
    void missingFile() {
        Run r = run("stats", dir.resolve("nothing.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nothing.json: no such file");
        Run g = run("export", dir.resolve("nothing.graphml").toString(), "--format", "gml", "--out", dir.resolve("x.gml").toString());
        assertThat(g.code()).isEqualTo(1);
        assertThat(g.err()).contains("nothing.graphml: no such file");
    }

    @Test
    void unknownFormatAndMissingOptionsAreUsageErrors() {
        Run r = run("export", DATA.toString(), "--format", "xlsx", "--out", dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("xlsx").contains("--help");
        assertThat(run("export", DATA.toString()).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
        Run mixed = run("export", DATA.toString(), "--format", "csv", "--out", dir.resolve("x.csv").toString(), "--legend");
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("png and svg only");
        Run both = run("export", DATA.toString(), "--format", "png", "--out", "x.png", "--width", "100", "--scale", "2");
        assertThat(both.code()).isEqualTo(2);
    }

    @Test
    void badFilterIsBadInputNamingTheClause() {
        Run r = run("export", DATA.toString(), "--format", "graphml", "--out", dir.resolve("f.graphml").toString(),
                "--filter", "status=active;colour=red");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--filter").contains("colour");
        assertThat(dir.resolve("f.graphml")).doesNotExist();
    }

    @Test
    void unwritableOutputKeepsThePreviousFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("taken.graphml"));
        Run r = run("export", DATA.toString(), "--format", "graphml", "--out", folder.toString());
        assertThat(r.code()).as("a folder is a usage error").isEqualTo(2);
        assertThat(r.err()).contains("taken.graphml is a folder");

        Run missing = run("export", DATA.toString(), "--format", "dot", "--out", dir.resolve("no/such/dir/g.dot").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("does not exist");

        Path blocker = Files.writeString(dir.resolve("plain-file"), "keep me");
        Run underFile = run("export", DATA.toString(), "--format", "gexf", "--out", blocker.resolve("g.gexf").toString());
        assertThat(underFile.code()).isEqualTo(1);
        assertThat(Files.readString(blocker)).isEqualTo("keep me");

        Path previous = Files.writeString(dir.resolve("keep.gml"), "previous content");
        Run bad = run("export", DATA.toString(), "--format", "gml", "--out", previous.toString(), "--filter", "kind=nonsense");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(Files.readString(previous)).isEqualTo("previous content");
    }

    @Test
    void exportFilteredGraphFileThatLoadsBack() throws Exception {
        Path out = dir.resolve("active.graphml");
        Run r = run("export", DATA.toString(), "--format", "graphml", "--out", out.toString(), "--filter", "status=active", "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        var loaded = new GraphFileLoader(CooperationGraphLoader::load).load(out);
        assertThat(loaded.dataset().relations()).isNotEmpty()
                .allMatch(rel -> rel.status() == org.spacecoop.core.model.Status.ACTIVE);
        assertThat(loaded.positions()).hasSize(loaded.dataset().entities().size());
        // the same seed gives the same file
        Path again = dir.resolve("again.graphml");
        run("export", DATA.toString(), "--format", "graphml", "--out", again.toString(), "--filter", "status=active", "--seed", "3");
        assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
    }

    @Test
    void statsCountsAndRanks() {
        Run r = run("stats", DATA.toString(), "--top", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("by kind:").contains("by type:").contains("by status:")
                .containsPattern("Top 3 entities by degree")
                .containsPattern("\\n\\s+1\\.\\s+\\d+\\s+\\S");
    }

    @Test
    void validateWarnsAboutAHistoricalRelationWithAStartAndNoEnd() throws Exception {
        Path f = Files.writeString(dir.resolve("open.json"), """
                {"formatVersion": 1, "title": "t", "asOf": "2025-06", "sources": [],
                 "entities": [{"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                              {"id": "b", "name": "B", "kind": "mission", "description": "d", "status": "historical"}],
                 "relations": [{"id": "closed", "from": "a", "to": "b", "type": "operates", "status": "historical",
                                "start": "2019", "end": "2020", "references": [{"url": "https://x.org", "title": "x"}]},
                               {"id": "open", "from": "a", "to": "b", "type": "operates", "status": "historical",
                                "start": "2019", "references": [{"url": "https://x.org", "title": "x"}]}]}
                """);
        Run r = run("validate", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("open.json: valid").contains("facts as of 2025-06")
                .contains("warning: open.json $.relations[1]: historical relation open starts 2019 but has no end")
                .doesNotContain("relation closed").contains("\n1 warning\n");
    }

    @Test
    void statsListsTheReferenceHostsWithCounts() throws Exception {
        Path f = Files.writeString(dir.resolve("refs.json"), """
                {"formatVersion": 1, "title": "t", "sources": [],
                 "entities": [{"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                              {"id": "b", "name": "B", "kind": "mission", "description": "d", "status": "active"}],
                 "relations": [{"id": "r1", "from": "a", "to": "b", "type": "operates", "status": "active",
                                "references": [{"url": "https://www.esa.int/a", "title": "x"},
                                               {"url": "https://mirror.example/a", "title": "x"}]},
                               {"id": "r2", "from": "b", "to": "a", "type": "tracks", "status": "active",
                                "references": [{"url": "https://esa.int/b", "title": "x"}]}]}
                """);
        Run r = run("stats", f.toString(), "--references");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Reference hosts: 2")
                .containsPattern("\\n\\s+esa\\.int\\s+2\\s+1\\n\\s+mirror\\.example\\s+1\\s+0\\n");
        assertThat(run("stats", f.toString()).out()).doesNotContain("Reference hosts");
    }

    @Test
    void statsReadsGraphFilesToo() throws Exception {
        Path gml = Files.writeString(dir.resolve("g.gml"), "graph [ node [ id 1 label \"A\" ] node [ id 2 label \"B\" ] edge [ source 1 target 2 ] ]");
        Run r = run("stats", gml.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Entities: 2").contains("Relations: 1").contains("other");
    }

    @Test
    void imagesAreWrittenHeadlessAtTheRequestedSize() throws Exception {
        Path png = dir.resolve("g.png");
        Run r = run("export", DATA.toString(), "--format", "png", "--out", png.toString(), "--width", "640", "--legend", "--caption");
        assertThat(r.code()).as(r.err()).isZero();
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);

        Path svg = dir.resolve("g.svg");
        Run s = run("export", DATA.toString(), "--format", "svg", "--out", svg.toString(), "--filter", "kind=agency,country");
        assertThat(s.code()).as(s.err()).isZero();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(svg)).contains("id='esa'").doesNotContain("id='iss'");
    }

    @Test
    void generateWritesAValidDatasetAndRefusesNonsense() throws Exception {
        Path out = dir.resolve("synthetic.json");
        Run r = run("generate", "--nodes", "300", "--edges", "900", "--seed", "5", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Run v = run("validate", out.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("300 entities, 900 relations");
        assertThat(run("generate", "--nodes", "1", "--edges", "5", "--out", out.toString()).code()).isEqualTo(2);
        assertThat(run("generate", "--nodes", "x", "--edges", "5", "--out", out.toString()).code()).isEqualTo(2);
        Run unwritable = run("generate", "--nodes", "3", "--edges", "2", "--out", dir.resolve("none/x.json").toString());
        assertThat(unwritable.code()).isEqualTo(1);
        assertThat(unwritable.err()).contains("does not exist");
    }
}
