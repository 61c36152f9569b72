package org.spacecoop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/** Files as other tools write them (networkx, Gephi, yEd, Graphviz, spreadsheets). */
class ForeignFilesTest {

    @TempDir
    Path dir;

    private Dataset load(String name, String text) throws Exception {
        Path f = Files.writeString(dir.resolve(name), text);
        return new GraphFileLoader(p -> null).load(f).dataset();
    }

    @Test
    void networkxGml() throws Exception {
        Dataset d = load("nx.gml", """
                graph [
                  directed 1
                  node [ id 0 label "Alpha Lab" kind "institute" ]
                  node [ id 1 label "B&#246;rse" ]
                  edge [ source 0 target 1 type "funds" ]
                  edge [ source 0 target 1 type "develops" status "planned" ]
                ]
                """);
        assertThat(d.entities()).extracting(Entity::id, Entity::name, Entity::kind)
                .containsExactly(tuple("alpha_lab", "Alpha Lab", EntityKind.INSTITUTE), tuple("b_rse", "Börse", EntityKind.OTHER));
        assertThat(d.relations()).extracting(Relation::type, Relation::typeName, Relation::status)
                .containsExactly(tuple(RelationType.OTHER, "funds", Status.ACTIVE), tuple(RelationType.DEVELOPS, "develops", Status.PLANNED));
        assertThat(d.relations()).extracting(Relation::id).doesNotHaveDuplicates();
    }

    @Test
    void undirectedDotWithPlainIds() throws Exception {
        Dataset d = load("g.gv", "graph G {\n  a [label=\"Node A\"];\n  a -- b [label=\"member of\"];\n  b -- c;\n}\n");
        assertThat(d.entities()).extracting(Entity::id).containsExactly("a", "b", "c");
        assertThat(d.relations()).extracting(Relation::type).containsExactly(RelationType.MEMBER_OF, RelationType.OTHER);
    }

    @Test
    void yedGraphmlWithNestedGraphicsAndUndirectedEdges() throws Exception {
        Dataset d = load("y.graphml", """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <key attr.name="description" attr.type="string" for="node" id="d5"/>
                  <graph edgedefault="undirected" id="G">
                    <node id="n0"><data key="d5">first</data><data key="d6"><y:ShapeNode><y:NodeLabel>N0</y:NodeLabel></y:ShapeNode></data></node>
                    <node id="n1"/>
                    <edge id="e0" source="n0" target="n1"/>
                  </graph>
                </graphml>
                """);
        assertThat(d.entities()).extracting(Entity::id, Entity::description).containsExactly(tuple("n0", "first"), tuple("n1", ""));
        assertThat(d.relations()).hasSize(1);
    }

    @Test
    void gephiStyleCsvAndHeaderlessCsv() throws Exception {
        Dataset withHeader = load("edges.csv", "Source,Target,Type,Id,Label,Weight\nx,y,Directed,0,operates,1.0\n");
        assertThat(withHeader.relations()).extracting(Relation::from, Relation::to, Relation::type, Relation::id)
                .containsExactly(tuple("x", "y", RelationType.OPERATES, "0"));
        Dataset plain = load("plain.csv", "p,q\nq,r\n");
        assertThat(plain.entities()).extracting(Entity::id).containsExactly("p", "q", "r");
        assertThat(plain.relations()).hasSize(2);
    }

    @Test
    void gephiGexfWithSpellsAndViz() throws Exception {
        Dataset d = load("g.gexf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
                  <graph mode="static" defaultedgetype="directed">
                    <nodes>
                      <node id="1" label="東京"><viz:position x="1" y="2" z="0"/></node>
                      <node id="2" label="Paris"/>
                    </nodes>
                    <edges><edge id="0" source="1" target="2" label="trains with"/></edges>
                  </graph>
                </gexf>
                """);
        assertThat(d.entities()).extracting(Entity::name).containsExactly("東京", "Paris");
        assertThat(d.relations()).extracting(Relation::type).containsExactly(RelationType.TRAINS_WITH);
    }

    @Test
    void undirectedDeclarationsAreKeptAndWeightsBecomeEdgeNumbers() throws Exception {
        Dataset graphml = load("u.graphml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                  <graph id="G" edgedefault="undirected">
                    <node id="a"/><node id="b"/><node id="c"/>
                    <edge source="a" target="b"><data key="w">2.5</data></edge>
                    <edge source="b" target="c"><data key="w">7</data></edge>
                  </graph>
                </graphml>
                """);
        assertThat(graphml.directed()).isFalse();
        assertThat(graphml.edgeNumbers()).containsOnlyKeys("weight");
        assertThat(graphml.edgeNumbers().get("weight").values()).containsExactlyInAnyOrder(2.5, 7.0);

        Dataset gml = load("u.gml", "graph [\n  node [ id 0 ]\n  node [ id 1 ]\n  edge [ source 0 target 1 weight 3 ]\n]\n");
        assertThat(gml.directed()).isFalse();
        assertThat(gml.edgeNumbers().get("weight").values()).containsExactly(3.0);

        Dataset dot = load("u.dot", "// a comment\ngraph G {\n  a -- b [weight=4];\n}\n");
        assertThat(dot.directed()).isFalse();
        assertThat(dot.edgeNumbers().get("weight").values()).containsExactly(4.0);

        Dataset gexf = load("u.gexf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
                  <graph defaultedgetype="undirected"><nodes><node id="1"/><node id="2"/></nodes>
                    <edges><edge id="0" source="1" target="2" weight="1.5"/></edges></graph>
                </gexf>
                """);
        assertThat(gexf.directed()).isFalse();
        assertThat(gexf.edgeNumbers().get("weight").values()).containsExactly(1.5);
    }

    @Test
    void directedDeclarationsStayDirected() throws Exception {
        assertThat(load("d.gml", "graph [\n  directed 1\n  node [ id 0 ]\n  node [ id 1 ]\n  edge [ source 0 target 1 ]\n]\n")
                .directed()).isTrue();
        assertThat(load("d.dot", "strict digraph { a -> b; }\n").directed()).isTrue();
        assertThat(load("d.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
                <node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>
                """).directed()).isTrue();
        assertThat(load("d.csv", "a,b\nb,c\n").directed()).isTrue();
    }
}
