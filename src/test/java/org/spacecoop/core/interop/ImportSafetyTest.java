package org.spacecoop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.synthetic.SyntheticDataset;

class ImportSafetyTest {

    @TempDir
    Path dir;

    private GraphFileLoader loader(long max) {
        return new GraphFileLoader(f -> {
            throw new AssertionError("no JSON here");
        }, max);
    }

    @Test
    void graphmlWithExternalEntityIsRefusedAndDoesNotLeakTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- a harmless comment first -->
                <!DOCTYPE graphml [ <!ENTITY leak SYSTEM "%s"> ]>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="directed"><node id="a"><data key="d0">&leak;</data></node></graph>
                </graphml>
                """.formatted(secret.toUri());
        Path file = Files.writeString(dir.resolve("evil.graphml"), xxe);
        assertThatThrownBy(() -> loader(1 << 20).load(file))
                .isInstanceOf(GraphImportException.class)
                .hasMessageStartingWith("evil.graphml:3:1: refused")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void gexfWithDtdIsRefused() {
        String gexf = "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf SYSTEM \"http://example.org/x.dtd\">\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\"/>";
        assertThatThrownBy(() -> GraphFileImporter.read(GraphFormat.GEXF, new BufferedReader(new StringReader(gexf)), "g.gexf"))
                .isInstanceOf(GraphImportException.class).hasMessageContaining("g.gexf:2:1: refused");
    }

    @Test
    void doctypeInsideTheDocumentIsNotProcessed() {
        // after the root element a DOCTYPE is a syntax error for the parser itself, never a declaration
        String xml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<graph edgedefault=\"directed\"/></graphml>";
        assertThatThrownBy(() -> GraphFileImporter.read(GraphFormat.GRAPHML, new BufferedReader(new StringReader(xml)), "x.graphml"))
                .isInstanceOf(GraphImportException.class).hasMessageStartingWith("x.graphml").hasMessageNotContaining("root:");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path big = Files.writeString(dir.resolve("big.gml"), "graph [ " + "node [ id 1 ] ".repeat(200) + "]");
        assertThatThrownBy(() -> loader(1000).load(big))
                .isInstanceOf(GraphImportException.class).hasMessageContaining("big.gml: refused").hasMessageContaining("over the limit");
        assertThat(loader(1 << 20).load(big).dataset().entities()).hasSize(1);
    }

    @Test
    void ourJsonHasItsOwnLimitAboveTheImportLimit() throws Exception {
        Path json = dir.resolve("big.json");
        SyntheticDataset.write(json, 200, 400, 1); // about 120 KB
        Path gml = Files.writeString(dir.resolve("big.gml"), "graph [ " + "node [ id 1 ] ".repeat(20_000) + "]");
        var loader = new GraphFileLoader(CooperationGraphLoader::load, 50_000, 10_000_000);
        assertThat(loader.load(json).graph().relations()).hasSize(400);
        assertThatThrownBy(() -> loader.load(gml)).isInstanceOf(GraphImportException.class).hasMessageContaining("over the limit");
        var small = new GraphFileLoader(CooperationGraphLoader::load, 50_000, 50_000);
        assertThatThrownBy(() -> small.load(json)).isInstanceOf(GraphImportException.class)
                .hasMessageContaining("big.json: refused").hasMessageContaining("-Xmx");
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.graphml"), """
                <?xml version="1.0"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="directed">
                    <node id="a"></nod>
                  </graph>
                </graphml>
                """);
        assertThatThrownBy(() -> loader(1 << 20).load(f)).isInstanceOf(GraphImportException.class)
                .hasMessageStartingWith("broken.graphml:4:").hasMessageContaining("nod");
    }

    @Test
    void malformedDotNamesLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.dot"), "digraph g {\n  a -> b;\n  c -> ;\n}\n");
        var e = (GraphImportException) org.assertj.core.api.Assertions.catchThrowable(() -> loader(1 << 20).load(f));
        assertThat(e.getMessage()).startsWith("broken.dot:3:");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isGreaterThan(1);
    }

    @Test
    void malformedGmlNamesLine() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.gml"), "graph [\n  node [ id 1 ]\n  node [ id \n");
        assertThatThrownBy(() -> loader(1 << 20).load(f)).isInstanceOf(GraphImportException.class)
                .hasMessageMatching("broken\\.gml:\\d+:\\d+: not valid GML: .*");
    }

    @Test
    void csvRowWithoutTargetNamesTheLine() throws IOException {
        Path f = Files.writeString(dir.resolve("e.csv"), "Source,Target,Type\na,b,x\nc,,y\n");
        assertThatThrownBy(() -> loader(1 << 20).load(f)).isInstanceOf(GraphImportException.class)
                .hasMessage("e.csv:3:1: not a valid edge row: the Target column is empty");
    }

    @Test
    void unknownExtensionMissingFileAndNotUtf8() throws IOException {
        assertThatThrownBy(() -> loader(100).load(dir.resolve("x.xlsx"))).hasMessageContaining("unknown file type");
        assertThatThrownBy(() -> loader(100).load(dir.resolve("gone.graphml"))).hasMessageContaining("no such file");
        Path latin1 = Files.write(dir.resolve("l.csv"), new byte[] {'a', ',', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> loader(100).load(latin1)).hasMessageContaining("not UTF-8");
    }
}
