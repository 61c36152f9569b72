package org.spacecoop.core.synthetic;

import java.util.SplittableRandom;

/**
 * Seeded random graphs with a Barabási–Albert-like degree distribution, as plain edge arrays: node v (in order of
 * arrival) links to earlier nodes picked with probability proportional to their degree + 1, so a few early nodes
 * become hubs, as countries and agencies are in the real data. Used by the synthetic dataset writer, the layout
 * tests and the benchmarks. No self-loops; rare duplicate pairs are kept (the format allows parallel relations).
 */
public final class PreferentialAttachment {

    private PreferentialAttachment() {
    }

    /** The edges as {@code {source[], target[]}}, {@code edges} of them over {@code nodes} nodes. */
    public static int[][] edges(int nodes, int edges, long seed) {
        if (nodes < 2 && edges > 0) throw new IllegalArgumentException("edges need at least 2 nodes");
        if (nodes < 0 || edges < 0) throw new IllegalArgumentException("negative size");
        int[] source = new int[edges];
        int[] target = new int[edges];
        int[] pool = new int[2 * edges]; // every edge end so far: picking one uniformly picks a node by degree
        int poolSize = 0;
        SplittableRandom random = new SplittableRandom(seed);
        int e = 0;
        for (int v = 1; v < nodes && e < edges; v++) {
            // Spread the edges evenly over the arriving nodes (the last ones get the remainder).
            long quota = (long) edges * v / (nodes - 1) - (long) edges * (v - 1) / (nodes - 1);
            for (int q = 0; q < quota && e < edges; q++) {
                int u;
                int r = random.nextInt(poolSize + v);
                u = r < poolSize ? pool[r] : r - poolSize;
                if (u == v) u = random.nextInt(v);
                boolean forward = random.nextInt(4) != 0;
                source[e] = forward ? v : u;
                target[e] = forward ? u : v;
                pool[poolSize++] = u;
                pool[poolSize++] = v;
                e++;
            }
        }
        return new int[][] {source, target};
    }
}
