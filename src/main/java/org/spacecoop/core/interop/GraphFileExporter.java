package org.spacecoop.core.interop;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gml.GmlExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * Writes a (filtered) graph to GraphML, GEXF, GML, DOT, CSV or our own JSON. Every vertex carries label, kind,
 * country, status, dates and degree, every edge its type, status, dates, evidence counts and the evidence itself
 * ({@link Provenance}: quotes with their sources, references); layout positions go
 * where the format has a place for them (GraphML x/y keys, GEXF viz:position, GML graphics, DOT pos).
 */
public final class GraphFileExporter {

    /** What to write: the graph view (a filtered subgraph of the dataset's graph), its dataset and positions. */
    public record Request(Dataset dataset, Graph<Entity, Relation> graph, Positions positions) {
        public Request {
            positions = positions == null ? Positions.NONE : positions;
        }
    }

    private GraphFileExporter() {
    }

    /** Writes the file safely (temp file, then move); the previous file stays when anything fails. */
    public static void export(Request request, GraphFormat format, Path file) throws IOException {
        List<Path> sources = format == GraphFormat.JSON ? JsonExport.writeSources(request, file) : List.of();
        try {
            AtomicFileWriter.writeText(file, w -> export(request, format, w));
        } catch (IOException | RuntimeException e) {
            JsonExport.removeCreated(sources); // nothing half-written: no copies without their dataset
            throw e;
        }
    }

    public static void export(Request request, GraphFormat format, Writer out) throws IOException {
        Graph<Entity, Relation> g = request.graph();
        GraphAttributes attrs = new GraphAttributes(g, request.positions(), Provenance.of(request.dataset().sources()));
        try {
            switch (format) {
                case GRAPHML -> graphml(attrs).exportGraph(g, out);
                case GEXF -> gexf(request, attrs, out);
                case GML -> {
                    StringWriter buffer = new StringWriter();
                    gml(request, attrs).exportGraph(g, buffer);
                    out.write(Gml.completeHeader(buffer.toString(), request.dataset().title()));
                }
                case DOT -> dot(request, attrs).exportGraph(g, out);
                case CSV -> CsvEdgeList.write(g, Provenance.of(request.dataset().sources()), out);
                case JSON -> JsonExport.write(request, out);
            }
        } catch (ExportException | UncheckedIOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            throw new IOException("Could not write " + format.description() + ": " + e.getMessage(), e);
        }
        out.flush();
    }

    private static GraphExporter<Entity, Relation> graphml(GraphAttributes attrs) {
        var ex = new GraphMLExporter<Entity, Relation>(Entity::id);
        ex.setEdgeIdProvider(Relation::id);
        Set<String> vertexNames = new HashSet<>();
        for (var k : GraphAttributes.VERTEX_KEYS) vertexNames.add(k.name());
        for (var k : GraphAttributes.VERTEX_KEYS) {
            boolean shared = GraphAttributes.EDGE_KEYS.stream().anyMatch(e -> e.name().equals(k.name()));
            ex.registerAttribute(k.name(), shared ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE, k.type());
        }
        for (var k : GraphAttributes.EDGE_KEYS) {
            if (!vertexNames.contains(k.name())) ex.registerAttribute(k.name(), GraphMLExporter.AttributeCategory.EDGE, k.type());
        }
        // the importer does not report GraphML's own edge ids, so the relation id also travels as data
        ex.registerAttribute("id", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.setVertexAttributeProvider(attrs::vertex);
        ex.setEdgeAttributeProvider(r -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("id", DefaultAttribute.createAttribute(r.id()));
            m.putAll(attrs.edge(r));
            return m;
        });
        return ex;
    }

    /** jgrapht's GEXF exporter has no viz module: its output is passed through a filter that adds the positions. */
    private static void gexf(Request request, GraphAttributes attrs, Writer out) throws IOException {
        var ex = new GEXFExporter<Entity, Relation>(Entity::id, Relation::id);
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        ex.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        ex.setCreator("Space Cooperation Explorer");
        ex.setDescription(request.dataset().title());
        for (var k : GraphAttributes.VERTEX_KEYS) {
            if (k.name().equals("label") || k.name().equals("x") || k.name().equals("y")) continue;
            ex.registerAttribute(k.name(), GEXFExporter.AttributeCategory.NODE, gexfType(k));
        }
        for (var k : GraphAttributes.EDGE_KEYS) {
            String name = k.name().equals("type") ? "relation" : k.name(); // "type" is GEXF's own (directed/undirected)
            ex.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, gexfType(k));
        }
        ex.setVertexAttributeProvider(e -> {
            Map<String, Attribute> m = attrs.vertex(e);
            m.remove("x");
            m.remove("y");
            return m;
        });
        ex.setEdgeAttributeProvider(r -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            attrs.edge(r).forEach((k, v) -> m.put(k.equals("type") ? "relation" : k, v));
            m.put("label", DefaultAttribute.createAttribute(r.typeName()));
            return m;
        });
        StringWriter buffer = new StringWriter();
        ex.exportGraph(request.graph(), buffer);
        Positions p = request.positions();
        Map<String, double[]> byId = new HashMap<>();
        for (Entity e : request.graph().vertexSet()) if (p.has(e)) byId.put(e.id(), new double[] {p.x(e), p.y(e)});
        GexfViz.addPositions(buffer.toString(), byId, out);
    }

    private static GEXFAttributeType gexfType(GraphAttributes.Key k) {
        return switch (k.type()) {
            case INT -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            default -> GEXFAttributeType.STRING;
        };
    }

    /** GML: integer ids, the entity id in "key", ASCII text with non-ASCII as character entities (as networkx expects). */
    private static GraphExporter<Entity, Relation> gml(Request request, GraphAttributes attrs) {
        Graph<Entity, Relation> g = request.graph();
        Map<Entity, Integer> index = new HashMap<>();
        for (Entity e : g.vertexSet()) index.put(e, index.size());
        var ex = new GmlExporter<Entity, Relation>(e -> String.valueOf(index.get(e)));
        ex.setParameter(GmlExporter.Parameter.EXPORT_VERTEX_LABELS, true);
        ex.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_VERTEX_ATTRIBUTES, true);
        ex.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_EDGE_ATTRIBUTES, true);
        boolean positions = g.vertexSet().stream().anyMatch(request.positions()::has);
        ex.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_VERTEX_GRAPHICS_ATTRIBUTES, positions);
        // networkx keys GML nodes by label and refuses duplicates: a name shared by several vertices gets its id
        // appended, the plain name travelling in "name"
        Map<String, Integer> names = new HashMap<>();
        for (Entity e : g.vertexSet()) names.merge(e.name(), 1, Integer::sum);
        ex.setVertexAttributeProvider(e -> {
            Map<String, Attribute> m = Gml.asciiAttributes(attrs.vertex(e));
            m.remove("x");
            m.remove("y");
            if (names.get(e.name()) > 1) {
                m.put("label", DefaultAttribute.createAttribute(Gml.escape(e.name() + " (" + e.id() + ")")));
                m.put("name", DefaultAttribute.createAttribute(Gml.escape(e.name())));
            }
            m.put("key", DefaultAttribute.createAttribute(Gml.escape(e.id())));
            return m;
        });
        ex.setVertexGraphicsAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            Map<String, Attribute> v = attrs.vertex(e);
            if (v.containsKey("x")) {
                m.put("x", v.get("x"));
                m.put("y", v.get("y"));
            }
            return m;
        });
        ex.setEdgeAttributeProvider(r -> {
            Map<String, Attribute> m = Gml.asciiAttributes(attrs.edge(r));
            m.put("key", DefaultAttribute.createAttribute(Gml.escape(r.id())));
            return m;
        });
        return ex;
    }

    /** DOT: quoted ids; "pos" in points with y pointing up as Graphviz expects. */
    private static GraphExporter<Entity, Relation> dot(Request request, GraphAttributes attrs) {
        var ex = new DOTExporter<Entity, Relation>(e -> Dot.quote(e.id()));
        ex.setGraphIdProvider(() -> "space_cooperation");
        ex.setVertexAttributeProvider(e -> {
            Map<String, Attribute> m = attrs.vertex(e);
            Attribute x = m.remove("x");
            Attribute y = m.remove("y");
            if (x != null) {
                double px = Double.parseDouble(x.getValue());
                double py = -Double.parseDouble(y.getValue());
                m.put("pos", DefaultAttribute.createAttribute(Dot.number(px) + "," + Dot.number(py)));
            }
            return m;
        });
        ex.setEdgeAttributeProvider(r -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("id", DefaultAttribute.createAttribute(r.id()));
            m.putAll(attrs.edge(r));
            return m;
        });
        ex.setGraphAttributeProvider(() -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            if (request.dataset().title() != null) // jgrapht writes graph attribute values as they are: quote them ourselves
                m.put("label", DefaultAttribute.createAttribute(Dot.quote(request.dataset().title())));
            return m;
        });
        return ex;
    }
}
