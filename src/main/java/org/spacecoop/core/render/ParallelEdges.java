package org.spacecoop.core.render;

import java.util.HashMap;
import java.util.Map;

/** Numbers the edges that join the same unordered pair of nodes, so each can be drawn as its own curve. */
final class ParallelEdges {

    private ParallelEdges() {
    }

    static void number(int nodeCount, int[] from, int[] to, int[] index, int[] count) {
        Map<Long, int[]> counters = new HashMap<>();
        for (int e = 0; e < from.length; e++) {
            int[] c = counters.computeIfAbsent(key(from[e], to[e]), k -> new int[1]);
            index[e] = c[0]++;
        }
        for (int e = 0; e < from.length; e++) count[e] = counters.get(key(from[e], to[e]))[0];
    }

    private static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xFFFFFFFFL);
    }
}
