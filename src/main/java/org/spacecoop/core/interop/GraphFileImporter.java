package org.spacecoop.core.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.csv.CSVFormat;
import org.jgrapht.nio.csv.CSVImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.nio.gml.GmlImporter;
import org.spacecoop.core.io.NotUtf8Exception;

/**
 * Reads GraphML, GEXF, GML, DOT and CSV files through jgrapht-io's importers into a {@link RawGraph}, keeping
 * every vertex and edge attribute as text. XML is checked for document type declarations first (no XXE);
 * a file the importer cannot read raises a {@link GraphImportException} naming the line and column.
 */
public final class GraphFileImporter {

    private GraphFileImporter() {
    }

    /**
     * Reads a graph; {@code fileName} is used in messages only. The text is read whole first (files are size-limited
     * before this), so nesting can be checked and a failure located after the importer gave up.
     */
    public static RawGraph read(GraphFormat format, Reader reader, String fileName) throws IOException {
        String text;
        try {
            StringWriter all = new StringWriter();
            reader.transferTo(all);
            text = all.toString();
        } catch (NotUtf8Exception bad) {
            throw new GraphImportException(fileName, bad.line(), bad.column(), bad.reason(), bad);
        }
        if (format == GraphFormat.GML) Nesting.checkGml(text, fileName);
        if (format == GraphFormat.DOT) Nesting.checkDot(text, fileName);
        BufferedReader in = new BufferedReader(new StringReader(text), 1 << 16);
        RawGraph raw = new RawGraph();
        raw.directed(Directedness.of(format, in));
        try {
            switch (format) {
                case GRAPHML -> {
                    XmlGuard.checkProlog(in, fileName);
                    var im = new GraphMLImporter<String, Object>();
                    im.setSchemaValidation(false); // yEd and networkx files carry extensions the schema does not know
                    im.setVertexFactory(id -> id);
                    run(im, im, in, raw);
                }
                case GEXF -> {
                    XmlGuard.checkProlog(in, fileName);
                    var im = new SimpleGEXFImporter<String, Object>();
                    im.setSchemaValidation(false);
                    im.setVertexFactory(id -> id);
                    run(im, im, in, raw);
                }
                case GML -> {
                    var im = new GmlImporter<String, Object>();
                    im.setVertexFactory(String::valueOf);
                    run(im, im, in, raw);
                    unescapeGml(raw);
                }
                case DOT -> {
                    var im = new DOTImporter<String, Object>();
                    im.setVertexFactory(id -> id);
                    run(im, im, in, raw);
                }
                case CSV -> CsvReader.read(text, raw, fileName, () -> {
                    var im = new CSVImporter<String, Object>(CSVFormat.EDGE_LIST, ',');
                    im.setVertexFactory(id -> id);
                    return im;
                });
                case JSON -> throw new IllegalArgumentException("JSON datasets are read by DatasetReader");
            }
        } catch (RuntimeException | IOException e) {
            // the importers wrap a reading failure in their own exceptions, sometimes in a bare RuntimeException
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NotUtf8Exception bad) throw new GraphImportException(fileName, bad.line(), bad.column(), bad.reason(), e);
            }
            if (e instanceof GraphImportException g) throw g;
            GraphImportException located = GraphImportException.from(fileName, format.description(), e);
            if (located.line() > 0) throw located;
            if (format == GraphFormat.GEXF) GexfCheck.attributesDeclared(text, fileName);
            if (format == GraphFormat.DOT) {
                GraphImportException lexical = DotDiagnosis.firstLexerError(text, fileName);
                if (lexical != null) throw lexical;
            }
            throw GraphImportException.atEnd(fileName, format.description(), text, e);
        }
        return raw;
    }

    /** Imports into a throwaway graph, recording vertices, edges and attributes in file order. */
    static <I extends BaseEventDrivenImporter<String, Object> & GraphImporter<String, Object>> void run(
            I events, GraphImporter<String, Object> importer, Reader in, RawGraph raw) {
        Graph<String, Object> g = new DirectedPseudograph<>(null, Object::new, false);
        Map<Object, RawGraph.Edge> edges = new IdentityHashMap<>();
        events.addVertexConsumer(raw::vertex);
        events.addVertexAttributeConsumer((p, a) -> raw.vertex(p.getFirst()).put(p.getSecond(), text(a)));
        events.addEdgeConsumer(e -> edges.computeIfAbsent(e, k -> raw.addEdge(g.getEdgeSource(k), g.getEdgeTarget(k))));
        events.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(),
                k -> raw.addEdge(g.getEdgeSource(k), g.getEdgeTarget(k))).attributes().put(p.getSecond(), text(a)));
        events.addGraphAttributeConsumer((k, a) -> raw.graphAttributes().put(k, text(a)));
        importer.importGraph(g, in);
    }

    private static String text(Attribute a) {
        return a == null || a.getValue() == null ? "" : a.getValue();
    }

    private static void unescapeGml(RawGraph raw) {
        raw.vertices().values().forEach(m -> m.replaceAll((k, v) -> Gml.unescape(v)));
        raw.edges().forEach(e -> e.attributes().replaceAll((k, v) -> Gml.unescape(v)));
    }
}
