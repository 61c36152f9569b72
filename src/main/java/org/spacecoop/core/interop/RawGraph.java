package org.spacecoop.core.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph as read from a file, before it becomes a dataset: vertex ids with their attributes as text, and
 * edges between vertex ids with theirs. Vertex and edge order is the file's.
 */
public final class RawGraph {

    /** An edge as read; attributes are mutable while the importer fills them. */
    public record Edge(String source, String target, Map<String, String> attributes) {
    }

    private final Map<String, Map<String, String>> vertices = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, String> graphAttributes = new LinkedHashMap<>();
    private boolean directed = true;

    /** Adds the vertex if new and returns its attribute map. */
    public Map<String, String> vertex(String id) {
        return vertices.computeIfAbsent(id, k -> new LinkedHashMap<>());
    }

    public Edge addEdge(String source, String target) {
        vertex(source);
        vertex(target);
        Edge e = new Edge(source, target, new LinkedHashMap<>());
        edges.add(e);
        return e;
    }

    public Map<String, Map<String, String>> vertices() {
        return vertices;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Map<String, String> graphAttributes() {
        return graphAttributes;
    }

    /** False when the file declares its edges undirected (see {@link Directedness}). */
    public boolean directed() {
        return directed;
    }

    public void directed(boolean d) {
        directed = d;
    }
}
