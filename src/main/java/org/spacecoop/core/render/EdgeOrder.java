package org.spacecoop.core.render;

import java.util.Arrays;

/** Orders edges for the painter's edge budget. */
final class EdgeOrder {

    private EdgeOrder() {
    }

    /**
     * Edge indices by descending priority of their lower-priority end, then by index: edges joining two hubs come
     * first, the many edges of leaves last, so a thinned whole view keeps the graph's backbone. O(m log m).
     */
    static int[] byLowerEndPriority(RenderScene s) {
        int m = s.edgeCount();
        long[] keys = new long[m];
        for (int e = 0; e < m; e++) {
            long p = Math.max(0, Math.min(s.priority(s.from(e)), s.priority(s.to(e))));
            keys[e] = ((Integer.MAX_VALUE - p) << 32) | e;
        }
        Arrays.sort(keys);
        int[] order = new int[m];
        for (int k = 0; k < m; k++) order[k] = (int) keys[k];
        return order;
    }
}
