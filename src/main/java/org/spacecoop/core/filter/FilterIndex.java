package org.spacecoop.core.filter;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * What the filters look at, computed once per graph into arrays indexed by vertex and edge number,
 * so that applying a filter is a few linear passes over primitives.
 */
final class FilterIndex {

    static final long OPEN_START = Long.MIN_VALUE;
    static final long OPEN_END = Long.MAX_VALUE;

    final CooperationGraph cg;
    final Entity[] vertices;
    final Relation[] edges;
    final Map<Entity, Integer> vertexIndex;
    final Map<Relation, Integer> edgeIndex;

    final int[] vKind;
    /** First and last epoch day of each entity's own dates; open ends (and undated entities) are OPEN_START / OPEN_END. */
    final long[] vStart, vEnd;
    /** Lower-case name and aliases, one per line, for the text filter. */
    final String[] vNames;

    final int[] eFrom, eTo, eType, eStatus, eEvidence;
    /** First and last epoch day of each relation; open ends are OPEN_START / OPEN_END. */
    final long[] eStart, eEnd;
    final boolean[] eUndated;
    /** Source keys (document ids and web hosts) evidencing each relation, as numbers into {@link #sourceKeys}. */
    final int[][] eSources;
    final Map<String, Integer> sourceKeys = new HashMap<>();

    /** Incident edges of vertex v (both directions; a self-loop once): adjEdge[adjStart[v] .. adjStart[v+1]). */
    final int[] adjStart, adjEdge;

    FilterIndex(CooperationGraph cg) {
        this.cg = cg;
        Graph<Entity, Relation> g = cg.graph();
        vertices = g.vertexSet().toArray(new Entity[0]);
        edges = g.edgeSet().toArray(new Relation[0]);
        int n = vertices.length, m = edges.length;
        vertexIndex = new HashMap<>(n * 2);
        edgeIndex = new HashMap<>(m * 2);
        vKind = new int[n];
        vNames = new String[n];
        vStart = new long[n];
        vEnd = new long[n];
        for (int i = 0; i < n; i++) {
            Entity e = vertices[i];
            vertexIndex.put(e, i);
            vKind[i] = e.kind().ordinal();
            vStart[i] = firstDay(e.start());
            vEnd[i] = lastDay(e.end());
            vNames[i] = String.join("\n", e.names()).toLowerCase(Locale.ROOT);
        }
        Map<String, Source> sourcesById = new HashMap<>();
        for (Source s : cg.dataset().sources()) sourcesById.put(s.id(), s);

        eFrom = new int[m];
        eTo = new int[m];
        eType = new int[m];
        eStatus = new int[m];
        eEvidence = new int[m];
        eStart = new long[m];
        eEnd = new long[m];
        eUndated = new boolean[m];
        eSources = new int[m][];
        int[] degree = new int[n];
        for (int i = 0; i < m; i++) {
            Relation r = edges[i];
            edgeIndex.put(r, i);
            eFrom[i] = vertexIndex.get(g.getEdgeSource(r));
            eTo[i] = vertexIndex.get(g.getEdgeTarget(r));
            eType[i] = r.type().ordinal();
            eStatus[i] = r.status().ordinal();
            eEvidence[i] = r.evidence().passages().size() + r.evidence().references().size();
            eStart[i] = r.start() == null ? OPEN_START : r.start().first().toEpochDay();
            eEnd[i] = r.end() == null ? OPEN_END : r.end().last().toEpochDay();
            eUndated[i] = r.start() == null && r.end() == null;
            eSources[i] = sourceKeysOf(r, sourcesById);
            degree[eFrom[i]]++;
            if (eTo[i] != eFrom[i]) degree[eTo[i]]++;
        }
        adjStart = new int[n + 1];
        for (int v = 0; v < n; v++) adjStart[v + 1] = adjStart[v] + degree[v];
        adjEdge = new int[adjStart[n]];
        int[] fill = adjStart.clone();
        for (int i = 0; i < m; i++) {
            adjEdge[fill[eFrom[i]]++] = i;
            if (eTo[i] != eFrom[i]) adjEdge[fill[eTo[i]]++] = i;
        }
    }

    int vertex(Entity e) {
        Integer i = vertexIndex.get(e);
        return i == null ? -1 : i;
    }

    int edge(Relation r) {
        Integer i = edgeIndex.get(r);
        return i == null ? -1 : i;
    }

    int other(int edge, int vertex) {
        return eFrom[edge] == vertex ? eTo[edge] : eFrom[edge];
    }

    static long firstDay(PartialDate d) {
        return d == null ? OPEN_START : d.first().toEpochDay();
    }

    static long lastDay(PartialDate d) {
        return d == null ? OPEN_END : d.last().toEpochDay();
    }

    private int[] sourceKeysOf(Relation r, Map<String, Source> sourcesById) {
        Set<String> keys = new LinkedHashSet<>();
        for (Passage p : r.evidence().passages()) {
            keys.add(p.sourceId());
            Source s = sourcesById.get(p.sourceId());
            if (s != null) keys.addAll(hostKeys(s.url()));
        }
        for (Reference ref : r.evidence().references()) keys.addAll(hostKeys(ref.url()));
        int[] ids = new int[keys.size()];
        int k = 0;
        for (String key : keys) ids[k++] = sourceKeys.computeIfAbsent(key, x -> sourceKeys.size());
        return ids;
    }

    /** "www.nasa.gov" gives "www.nasa.gov" and "nasa.gov", so either chooses the host. */
    static List<String> hostKeys(String url) {
        String host = host(url);
        List<String> keys = new ArrayList<>();
        if (host == null) return keys;
        keys.add(host);
        for (int dot = host.indexOf('.'); dot >= 0 && host.indexOf('.', dot + 1) >= 0; dot = host.indexOf('.', dot + 1)) {
            keys.add(host.substring(dot + 1));
        }
        return keys;
    }

    /** The lower-case host of a URL, or null. */
    static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            return h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
