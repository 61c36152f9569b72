package org.spacecoop.core.layout;

import java.util.Arrays;

/**
 * A hashed uniform grid over a set of points, used to find every pair closer than the cell size
 * (overlapping discs) in about linear time. Reusable: {@link #build} keeps its buffers.
 */
final class DiscGrid {

    /** Receives one candidate pair. */
    @FunctionalInterface
    interface PairVisitor {
        void visit(int a, int b);
    }

    private static final int[] STENCIL_X = {0, 1, -1, 0, 1};
    private static final int[] STENCIL_Y = {0, 0, 1, 1, 1};

    private int[] items = new int[0];
    private long[] itemCx = new long[0];
    private long[] itemCy = new long[0];
    private int[] bucketStart = new int[1];
    private long[] tmpCx = new long[0];
    private long[] tmpCy = new long[0];
    private int mask;
    private int count;

    /** Files {@code nodes[0..m)} into cells of side {@code cellSize}. */
    void build(double[] x, double[] y, int[] nodes, int m, double cellSize) {
        count = m;
        int table = Integer.highestOneBit(Math.max(2, 2 * m - 1)) << 1;
        mask = table - 1;
        if (items.length < m) {
            items = new int[m];
            itemCx = new long[m];
            itemCy = new long[m];
            tmpCx = new long[m];
            tmpCy = new long[m];
        }
        if (bucketStart.length < table + 1) bucketStart = new int[table + 1];
        Arrays.fill(bucketStart, 0, table + 1, 0);
        for (int s = 0; s < m; s++) {
            int v = nodes[s];
            tmpCx[s] = (long) Math.floor(x[v] / cellSize);
            tmpCy[s] = (long) Math.floor(y[v] / cellSize);
            bucketStart[hash(tmpCx[s], tmpCy[s]) + 1]++;
        }
        for (int b = 0; b < table; b++) bucketStart[b + 1] += bucketStart[b];
        int[] fill = new int[table];
        System.arraycopy(bucketStart, 0, fill, 0, table);
        for (int s = 0; s < m; s++) {
            int p = fill[hash(tmpCx[s], tmpCy[s])]++;
            items[p] = nodes[s];
            itemCx[p] = tmpCx[s];
            itemCy[p] = tmpCy[s];
        }
    }

    /** Visits every pair of points in the same or adjacent cells exactly once. */
    void forEachNearPair(PairVisitor visitor) {
        for (int p = 0; p < count; p++) {
            long a = itemCx[p], b = itemCy[p];
            for (int k = 0; k < STENCIL_X.length; k++) {
                long ca = a + STENCIL_X[k], cb = b + STENCIL_Y[k];
                int h = hash(ca, cb);
                for (int q = bucketStart[h], end = bucketStart[h + 1]; q < end; q++) {
                    if (itemCx[q] != ca || itemCy[q] != cb) continue;
                    if (k == 0 && q <= p) continue;
                    visitor.visit(items[p], items[q]);
                }
            }
        }
    }

    private int hash(long cx, long cy) {
        long h = cx * 0x9E3779B97F4A7C15L + cy * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        return (int) h & mask;
    }
}
