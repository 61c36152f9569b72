package org.spacecoop.core.filter;

import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * How many entities of each kind and relations of each type and status a graph (or a filtered view of it) holds,
 * for the counts beside the check lists. Every enum constant has an entry, zero included.
 */
public record FilterCounts(int nodes, int edges, Map<EntityKind, Integer> kinds, Map<RelationType, Integer> types,
                           Map<Status, Integer> statuses) {

    public FilterCounts {
        kinds = Collections.unmodifiableMap(new EnumMap<>(kinds));
        types = Collections.unmodifiableMap(new EnumMap<>(types));
        statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
    }

    public int kind(EntityKind k) {
        return kinds.getOrDefault(k, 0);
    }

    public int type(RelationType t) {
        return types.getOrDefault(t, 0);
    }

    public int status(Status s) {
        return statuses.getOrDefault(s, 0);
    }

    /** Counts the vertices and edges set in the two masks (null: all of them). */
    static FilterCounts of(FilterIndex index, BitSet vertices, BitSet edges) {
        int[] k = new int[EntityKind.values().length];
        int[] t = new int[RelationType.values().length];
        int[] s = new int[Status.values().length];
        int nodes = 0, relations = 0;
        for (int v = 0; v < index.vertices.length; v++) {
            if (vertices != null && !vertices.get(v)) continue;
            nodes++;
            k[index.vKind[v]]++;
        }
        for (int e = 0; e < index.edges.length; e++) {
            if (edges != null && !edges.get(e)) continue;
            relations++;
            t[index.eType[e]]++;
            s[index.eStatus[e]]++;
        }
        return new FilterCounts(nodes, relations, toMap(EntityKind.class, k), toMap(RelationType.class, t),
                toMap(Status.class, s));
    }

    private static <E extends Enum<E>> Map<E, Integer> toMap(Class<E> type, int[] counts) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) map.put(e, counts[e.ordinal()]);
        return map;
    }
}
