package org.spacecoop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;

/** Graph files from other tools and strangers: each loads correctly or fails with a located message. */
class HostileGraphFilesTest {

    @TempDir
    Path dir;

    static GraphFileLoader loader() {
        return new GraphFileLoader(CooperationGraphLoader::load, 200L << 20);
    }

    Dataset load(String name, String text) throws Exception {
        return loader().load(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8)).dataset();
    }

    @Test
    void parallelEdgesAndCollidingNamesGetDistinctIdsInFileOrder() throws Exception {
        StringBuilder csv = new StringBuilder("source,target,type\n");
        for (int i = 0; i < 5; i++) csv.append("a,b,x\n");
        csv.append("A,b,x\n"); // sanitises to "a" too
        Dataset d = load("p.csv", csv.toString());
        assertThat(d.relations()).extracting(Relation::id).containsExactly(
                "a.related.b", "a.related.b.2", "a.related.b.3", "a.related.b.4", "a.related.b.5", "a-2.related.b");
        assertThat(d.entities()).extracting(Entity::id).containsExactly("a", "b", "a-2");
        // a generated name that an earlier one already took is skipped over
        Dataset taken = load("t.csv", "source,target,id\na,b,r\na,b,r-2\na,b,r\nc,d,r.2\n");
        assertThat(taken.relations()).extracting(Relation::id).doesNotHaveDuplicates().hasSize(4);
        assertThat(taken.relations()).extracting(Relation::id).containsExactly("r", "r-2", "r.2", "r.2.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "dot", "gml", "graphml"})
    void aByteOrderMarkIsDroppedNotReadAsText(String ext) throws Exception {
        String body = switch (ext) {
            case "csv" -> "source,target,type,source_kind,target_kind\nesa,nasa,cooperates-on,agency,agency\n";
            case "dot" -> "digraph g {\n  esa [kind=agency];\n  nasa [kind=agency];\n  esa -> nasa [type=\"cooperates-on\"];\n}\n";
            case "gml" -> "graph [\n directed 1\n node [ id 0 label \"esa\" kind \"agency\" ]\n node [ id 1 label \"nasa\" kind \"agency\" ]\n"
                    + " edge [ source 0 target 1 type \"cooperates-on\" ]\n]\n";
            default -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                    + "<key id=\"k\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"
                    + "<key id=\"t\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>"
                    + "<graph edgedefault=\"directed\"><node id=\"esa\"><data key=\"k\">agency</data></node>"
                    + "<node id=\"nasa\"><data key=\"k\">agency</data></node>"
                    + "<edge source=\"esa\" target=\"nasa\"><data key=\"t\">cooperates-on</data></edge></graph></graphml>\n";
        };
        Dataset d = load("bom." + ext, "\uFEFF" + body);
        assertThat(d.entities()).extracting(Entity::id, Entity::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("esa", EntityKind.AGENCY), org.assertj.core.groups.Tuple.tuple("nasa", EntityKind.AGENCY));
        assertThat(d.relations()).hasSize(1);
        assertThat(d.relations().get(0).typeName()).isEqualTo("cooperates-on");
    }

    @Test
    void deeplyNestedGmlAndDotAreRefusedWithThePlace() {
        String gml = "graph [\n" + "x [ ".repeat(10_000) + "]".repeat(10_000) + "\n]\n";
        String dot = "digraph g {\n" + "{ ".repeat(2_000) + "}".repeat(2_000) + "\n}\n";
        String deeperDot = "digraph g {\n" + "subgraph { ".repeat(100_000) + "}".repeat(100_000) + "\n}\n";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> load("deep.gml", gml)).isInstanceOf(GraphImportException.class)
                    .hasMessage("deep.gml:2:399: refused: lists are nested more than 100 deep");
            assertThatThrownBy(() -> load("deep.dot", dot)).isInstanceOf(GraphImportException.class)
                    .hasMessage("deep.dot:2:199: refused: braces are nested more than 100 deep");
            assertThatThrownBy(() -> load("deeper.dot", deeperDot)).isInstanceOf(GraphImportException.class)
                    .hasMessageStartingWith("deeper.dot:2:");
        });
    }

    @Test
    void brokenFilesGiveTheProjectsOwnLocatedException() {
        assertThatThrownBy(() -> load("q.csv", "source,target,note\na,b,\"never closed\nc,d,x\n"))
                .isInstanceOf(GraphImportException.class).hasMessage("q.csv:2:1: a quoted cell is not closed");
        assertThatThrownBy(() -> load("t.dot", "digraph g {\n  a -> b [label=\"x\"]\n  c -> "))
                .isInstanceOf(GraphImportException.class).hasMessageStartingWith("t.dot:3:").hasMessageNotContaining("-1");
        String bigProlog = "<?xml version=\"1.0\"?>\n<!--" + "x".repeat(1_100_000) + "-->\n<graphml/>";
        assertThatThrownBy(() -> load("p.graphml", bigProlog)).isInstanceOf(GraphImportException.class)
                .hasMessageStartingWith("p.graphml:2:");
        String undeclared = "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\"><graph>"
                + "<nodes><node id=\"a\" label=\"A\"><attvalues><attvalue for=\"nope\" value=\"1\"/></attvalues></node></nodes>"
                + "<edges/></graph></gexf>\n";
        assertThatThrownBy(() -> load("u.gexf", undeclared)).isInstanceOf(GraphImportException.class)
                .hasMessageNotContaining("NullPointerException").hasMessageContaining("u.gexf:2:").hasMessageContaining("nope");
    }

    @Test
    void aHeaderLineOver64KilobytesIsRead() throws Exception {
        String longName = "c".repeat(70_000);
        Dataset d = load("wide.csv", "source,target," + longName + "\na,b,x\n");
        assertThat(d.relations()).hasSize(1);
    }

    @Test
    void aFifoIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.graphml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> loader().load(fifo)).isInstanceOf(GraphImportException.class)
                        .hasMessage("pipe.graphml: refused: not a regular file (a pipe, device or socket)"));
    }
}
