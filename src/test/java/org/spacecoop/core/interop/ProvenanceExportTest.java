package org.spacecoop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Relations keep their quotes and references in every graph file we write, for other tools and for us. */
class ProvenanceExportTest {

    static final Dataset BUNDLED = DatasetReader.loadBundled();
    static final CooperationGraph GRAPH = CooperationGraph.of(BUNDLED);

    @TempDir
    Path dir;

    static String export(GraphFormat f) throws Exception {
        StringWriter out = new StringWriter();
        GraphFileExporter.export(new GraphFileExporter.Request(BUNDLED, GRAPH.graph(), Positions.NONE), f, out);
        return out.toString();
    }

    static List<String> quotes(Relation r) {
        return r.evidence().passages().stream().filter(Passage::curated).map(p -> p.text().trim().replaceAll("\\s+", " ")).toList();
    }

    static Relation quoted() {
        return BUNDLED.relations().stream().filter(r -> quotes(r).size() >= 1 && !r.evidence().references().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void graphmlIsWellFormedDeclaresStringKeysAndCarriesTheQuoteOnItsEdge() throws Exception {
        String xml = export(GraphFormat.GRAPHML);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml))); // well-formed

        Map<String, Element> keys = new HashMap<>();
        NodeList keyNodes = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keyNodes.getLength(); i++) {
            Element k = (Element) keyNodes.item(i);
            keys.put(k.getAttribute("id"), k);
        }
        Map<String, String> provenanceTypes = new HashMap<>();
        for (Element k : keys.values()) {
            if (List.of(Provenance.QUOTES, Provenance.QUOTE_SOURCES, Provenance.REFERENCE_URLS, Provenance.REFERENCE_TITLES)
                    .contains(k.getAttribute("attr.name"))) {
                provenanceTypes.put(k.getAttribute("attr.name"), k.getAttribute("attr.type") + "/" + k.getAttribute("for"));
            }
        }
        assertThat(provenanceTypes).containsOnly(Map.entry("quotes", "string/edge"), Map.entry("quote_sources", "string/edge"),
                Map.entry("reference_urls", "string/edge"), Map.entry("reference_titles", "string/edge"));

        // every <data> refers to a declared key (networkx refuses undeclared ones)
        NodeList data = doc.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) assertThat(keys).containsKey(((Element) data.item(i)).getAttribute("key"));

        Relation r = quoted();
        Element edge = null;
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edges.getLength(); i++) if (((Element) edges.item(i)).getAttribute("id").equals(r.id())) edge = (Element) edges.item(i);
        assertThat(edge).as("edge " + r.id()).isNotNull();
        Map<String, String> byName = new HashMap<>();
        NodeList own = edge.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < own.getLength(); i++) {
            Element d = (Element) own.item(i);
            byName.put(keys.get(d.getAttribute("key")).getAttribute("attr.name"), d.getTextContent());
        }
        assertThat(byName.get("quotes")).contains(quotes(r).get(0));
        Passage first = r.evidence().passages().stream().filter(Passage::curated).findFirst().orElseThrow();
        var source = BUNDLED.sources().stream().filter(s -> s.id().equals(first.sourceId())).findFirst().orElseThrow();
        assertThat(byName.get("quote_sources")).startsWith(source.id() + ": " + source.title());
        assertThat(byName.get("reference_urls")).contains(r.evidence().references().get(0).url());
    }

    @ParameterizedTest
    @EnumSource(value = GraphFormat.class, names = {"GRAPHML", "GEXF", "GML", "DOT", "CSV"})
    void quotesAndReferencesComeBackWhenTheFileIsReadAgain(GraphFormat f) throws Exception {
        String text = export(f);
        RawGraph raw = GraphFileImporter.read(f, new BufferedReader(new StringReader(text)), "bundled." + f.id());
        Dataset back = ImportedDataset.build(raw, f, "bundled").dataset();

        Map<String, Relation> byId = new HashMap<>();
        for (Relation r : back.relations()) byId.put(r.id(), r);
        int quoted = 0;
        for (Relation r : BUNDLED.relations()) {
            Relation got = byId.get(r.id());
            assertThat(got).as(r.id()).isNotNull();
            assertThat(got.evidence().passages()).extracting(Passage::text).as(r.id()).containsExactlyElementsOf(quotes(r));
            assertThat(got.evidence().references()).as(r.id()).isEqualTo(r.evidence().references());
            for (Passage p : got.evidence().passages()) {
                var source = back.sources().stream().filter(s -> s.id().equals(p.sourceId())).findFirst().orElseThrow();
                assertThat(source.text().substring(p.start(), p.end())).isEqualTo(p.text());
            }
            if (!quotes(r).isEmpty()) quoted++;
        }
        assertThat(quoted).as("relations with quotes in the bundled data").isGreaterThan(10);
        Passage any = quoted().evidence().passages().stream().filter(Passage::curated).findFirst().orElseThrow();
        var original = BUNDLED.sources().stream().filter(s -> s.id().equals(any.sourceId())).findFirst().orElseThrow();
        assertThat(back.sources()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(original.id());
            assertThat(s.title()).startsWith(original.title());
        });
    }

    @Test
    void ourJsonKeepsEveryQuoteAndReference() throws Exception {
        Path out = dir.resolve("copy.json");
        GraphFileExporter.export(new GraphFileExporter.Request(BUNDLED, GRAPH.graph(), Positions.NONE), GraphFormat.JSON, out);
        Dataset back = DatasetReader.load(out);
        Map<String, Relation> byId = new HashMap<>();
        for (Relation r : back.relations()) byId.put(r.id(), r);
        for (Relation r : BUNDLED.relations()) {
            Relation got = byId.get(r.id());
            assertThat(got.evidence().references()).as(r.id()).isEqualTo(r.evidence().references());
            assertThat(got.evidence().passages().stream().filter(Passage::curated).toList()).as(r.id())
                    .isEqualTo(r.evidence().passages().stream().filter(Passage::curated).toList());
        }
    }

    /** networkx itself, where the machine has it (Debian's python3-networkx): the quote arrives on the edge. */
    @ParameterizedTest
    @EnumSource(value = GraphFormat.class, names = {"GRAPHML", "GEXF"})
    void networkxReadsTheQuoteOnTheEdge(GraphFormat f) throws Exception {
        assumeTrue(networkxAvailable(), "python3 with networkx is not installed");
        Path file = dir.resolve("bundled." + f.id());
        Files.writeString(file, export(f), StandardCharsets.UTF_8);
        Relation r = quoted();
        String script = String.join("\n",
                "import sys, networkx as nx",
                "g = {'graphml': nx.read_graphml, 'gexf': nx.read_gexf, 'gml': nx.read_gml}[sys.argv[2]](sys.argv[1])",
                "e = [d for u, v, k, d in g.edges(keys=True, data=True) if sys.argv[3] in (d.get('id'), d.get('key'), k)][0]",
                "print(g.number_of_nodes(), g.number_of_edges())",
                "sys.stdout.buffer.write(e['quotes'].encode('utf-8'))");
        Process p = new ProcessBuilder("python3", "-c", script, file.toString(), f.id(), r.id()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).startsWith(BUNDLED.entities().size() + " " + BUNDLED.relations().size()).contains(quotes(r).get(0));
    }

    private static boolean networkxAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
