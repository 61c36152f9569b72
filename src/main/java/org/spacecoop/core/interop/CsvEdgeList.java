package org.spacecoop.core.interop;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * The CSV edge list (RFC 4180, with a header row): one row per relation with its attributes and the attributes
 * of both ends, so a spreadsheet or Gephi's import wizard gets everything. jgrapht's CSV exporter writes ids
 * only, hence this small writer; headerless edge lists from other tools are read with jgrapht's importer.
 */
final class CsvEdgeList {

    static final List<String> EDGE_COLUMNS = List.of("type", "status", "start", "end", "passages", "references", "note",
            Provenance.QUOTES, Provenance.QUOTE_SOURCES, Provenance.REFERENCE_URLS, Provenance.REFERENCE_TITLES);
    static final List<String> END_COLUMNS = List.of("label", "kind", "country");

    private CsvEdgeList() {
    }

    static void write(Graph<Entity, Relation> g, Provenance provenance, Writer out) throws IOException {
        GraphAttributes attrs = new GraphAttributes(g, Positions.NONE, provenance);
        List<String> header = new ArrayList<>(List.of("id", "source", "target"));
        header.addAll(EDGE_COLUMNS);
        for (String end : List.of("source", "target")) for (String c : END_COLUMNS) header.add(end + "_" + c);
        row(out, header);
        for (Relation r : g.edgeSet()) {
            Entity s = g.getEdgeSource(r);
            Entity t = g.getEdgeTarget(r);
            List<String> cells = new ArrayList<>(List.of(r.id(), s.id(), t.id()));
            Map<String, Attribute> edge = attrs.edge(r);
            for (String c : EDGE_COLUMNS) cells.add(value(edge, c));
            Map<String, Attribute> sa = attrs.vertex(s);
            Map<String, Attribute> ta = attrs.vertex(t);
            for (String c : END_COLUMNS) cells.add(value(sa, c));
            for (String c : END_COLUMNS) cells.add(value(ta, c));
            row(out, cells);
        }
    }

    private static String value(Map<String, Attribute> m, String key) {
        Attribute a = m.get(key);
        return a == null ? "" : a.getValue();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String escape(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
