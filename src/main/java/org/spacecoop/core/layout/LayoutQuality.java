package org.spacecoop.core.layout;

import java.util.Arrays;

/**
 * Scale-free measures of a drawing, used by the tests and the benchmarks to compare layouts.
 *
 * @param stress       normalised stress: mean over node pairs of {@code ((s·d - g) / g)²}, with d the drawn distance,
 *                     g the graph distance in hops and s the scale that minimises it (0 = distances match hops exactly)
 * @param edgeLengthCv coefficient of variation (standard deviation / mean) of the drawn edge lengths
 * @param overlaps     pairs of node discs that overlap
 */
public record LayoutQuality(double stress, double edgeLengthCv, int overlaps) {

    /** Sources sampled for the stress at most; all nodes when the graph is smaller. */
    public static final int STRESS_SOURCES = 500;

    /**
     * Measures a drawing. The discs are the graph's radii, or, when it has none, discs of {@code defaultRadiusFraction}
     * times the mean edge length (a scale-free stand-in for comparing layouts drawn at different scales).
     */
    public static LayoutQuality of(LayoutGraph g, double[] x, double[] y, double defaultRadiusFraction) {
        double[] radius = g.radius();
        if (radius == null) {
            radius = new double[g.nodeCount()];
            Arrays.fill(radius, defaultRadiusFraction * meanEdgeLength(g, x, y));
        }
        return new LayoutQuality(normalisedStress(g, x, y, STRESS_SOURCES), edgeLengthCv(g, x, y),
                overlappingPairs(x, y, radius));
    }

    /**
     * Normalised stress from breadth-first searches out of up to {@code maxSources} evenly spaced source nodes, over
     * the pairs they reach. Closed form: with A = Σ d/g and B = Σ d²/g² over P pairs, the best scale is A/B and the
     * stress per pair is 1 - A²/(B·P).
     */
    public static double normalisedStress(LayoutGraph g, double[] x, double[] y, int maxSources) {
        int n = g.nodeCount();
        if (n < 2) return 0;
        int[] start = g.adjacencyStart(), adj = g.adjacency();
        int[] dist = new int[n];
        int[] queue = new int[n];
        int sources = Math.min(n, maxSources);
        double a = 0, b = 0;
        long pairs = 0;
        for (int i = 0; i < sources; i++) {
            int src = (int) ((long) i * n / sources);
            Arrays.fill(dist, -1);
            dist[src] = 0;
            int head = 0, tail = 0;
            queue[tail++] = src;
            while (head < tail) {
                int v = queue[head++];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int u = adj[e];
                    if (dist[u] < 0) {
                        dist[u] = dist[v] + 1;
                        queue[tail++] = u;
                        double d = Math.hypot(x[u] - x[src], y[u] - y[src]);
                        double r = d / dist[u];
                        a += r;
                        b += r * r;
                        pairs++;
                    }
                }
            }
        }
        if (pairs == 0 || b == 0) return 0;
        return Math.max(0, 1 - a * a / (b * pairs));
    }

    public static double edgeLengthCv(LayoutGraph g, double[] x, double[] y) {
        int[] s = g.edgeSource(), t = g.edgeTarget();
        double sum = 0, sum2 = 0;
        int c = 0;
        for (int e = 0; e < s.length; e++) {
            if (s[e] == t[e]) continue;
            double d = Math.hypot(x[s[e]] - x[t[e]], y[s[e]] - y[t[e]]);
            sum += d;
            sum2 += d * d;
            c++;
        }
        if (c == 0 || sum == 0) return 0;
        double mean = sum / c;
        return Math.sqrt(Math.max(0, sum2 / c - mean * mean)) / mean;
    }

    public static double meanEdgeLength(LayoutGraph g, double[] x, double[] y) {
        int[] s = g.edgeSource(), t = g.edgeTarget();
        double sum = 0;
        int c = 0;
        for (int e = 0; e < s.length; e++) {
            if (s[e] == t[e]) continue;
            sum += Math.hypot(x[s[e]] - x[t[e]], y[s[e]] - y[t[e]]);
            c++;
        }
        return c == 0 ? 0 : sum / c;
    }

    /** Pairs of discs (centre x, y and radius per node) that overlap; touching discs do not count. */
    public static int overlappingPairs(double[] x, double[] y, double[] radius) {
        int n = x.length;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        return new OverlapRemoval().count(x, y, radius, all, n);
    }
}
