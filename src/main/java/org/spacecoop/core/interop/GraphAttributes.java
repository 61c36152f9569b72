package org.spacecoop.core.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * The attributes every exported vertex and edge carries, under the same names in every format, so the
 * importer can read them back. Missing values (no country, no end date) are left out rather than written empty.
 * An edge also carries its evidence as text ({@link Provenance}), so another tool keeps the quotes and references.
 */
final class GraphAttributes {

    /** Vertex attribute names and types, in the order they are declared in files. */
    static final List<Key> VERTEX_KEYS = List.of(
            new Key("label", AttributeType.STRING), new Key("kind", AttributeType.STRING),
            new Key("country", AttributeType.STRING), new Key("status", AttributeType.STRING),
            new Key("start", AttributeType.STRING), new Key("end", AttributeType.STRING),
            new Key("degree", AttributeType.INT), new Key("x", AttributeType.DOUBLE), new Key("y", AttributeType.DOUBLE));

    static final List<Key> EDGE_KEYS = List.of(
            new Key("type", AttributeType.STRING), new Key("status", AttributeType.STRING),
            new Key("start", AttributeType.STRING), new Key("end", AttributeType.STRING),
            new Key("passages", AttributeType.INT), new Key("references", AttributeType.INT),
            new Key("note", AttributeType.STRING), new Key(Provenance.QUOTES, AttributeType.STRING),
            new Key(Provenance.QUOTE_SOURCES, AttributeType.STRING), new Key(Provenance.REFERENCE_URLS, AttributeType.STRING),
            new Key(Provenance.REFERENCE_TITLES, AttributeType.STRING));

    record Key(String name, AttributeType type) {
    }

    private final Graph<Entity, Relation> graph;
    private final Positions positions;
    private final Provenance provenance;

    GraphAttributes(Graph<Entity, Relation> graph, Positions positions, Provenance provenance) {
        this.graph = graph;
        this.positions = positions;
        this.provenance = provenance;
    }

    Map<String, Attribute> vertex(Entity e) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", DefaultAttribute.createAttribute(e.name()));
        m.put("kind", DefaultAttribute.createAttribute(e.kind().id()));
        putIfSet(m, "country", e.country());
        m.put("status", DefaultAttribute.createAttribute(e.status().id()));
        putIfSet(m, "start", e.start() == null ? null : e.start().toString());
        putIfSet(m, "end", e.end() == null ? null : e.end().toString());
        m.put("degree", DefaultAttribute.createAttribute(graph.degreeOf(e)));
        if (positions.has(e)) {
            m.put("x", DefaultAttribute.createAttribute(positions.x(e)));
            m.put("y", DefaultAttribute.createAttribute(positions.y(e)));
        }
        return m;
    }

    Map<String, Attribute> edge(Relation r) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("type", DefaultAttribute.createAttribute(r.typeName()));
        m.put("status", DefaultAttribute.createAttribute(r.status().id()));
        putIfSet(m, "start", r.start() == null ? null : r.start().toString());
        putIfSet(m, "end", r.end() == null ? null : r.end().toString());
        m.put("passages", DefaultAttribute.createAttribute(r.evidence().passages().size()));
        m.put("references", DefaultAttribute.createAttribute(r.evidence().references().size()));
        putIfSet(m, "note", r.note());
        provenance.write(r.evidence()).forEach((k, v) -> putIfSet(m, k, v));
        return m;
    }

    private static void putIfSet(Map<String, Attribute> m, String key, String value) {
        if (value != null && !value.isBlank()) m.put(key, DefaultAttribute.createAttribute(value));
    }
}
