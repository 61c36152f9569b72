package org.spacecoop.core.layout;

/**
 * Pushes overlapping node discs apart (Gauss-Seidel sweeps over the pairs a {@link DiscGrid} finds) until no two
 * discs, each grown by half the gap, overlap. Pinned nodes stay; a pair with one pinned node moves only the other.
 * Deterministic: pairs are visited in a fixed order. The work is bounded (see {@link #apply}).
 */
final class OverlapRemoval {

    private final DiscGrid grid = new DiscGrid();
    private static final long MIN_WORK = 20_000_000L;
    private static final long WORK_PER_NODE = 400;

    private int overlaps;
    private long visited;

    /**
     * @param fixed which nodes must not move (null: none)
     * @return the number of overlapping pairs left after at most {@code maxSweeps} sweeps or about
     *         max(2·10⁷, 400·m) pair visits, whichever comes first (0 when done)
     */
    int apply(double[] x, double[] y, double[] radius, int[] nodes, int m, boolean[] fixed, double gap, int maxSweeps) {
        double maxR = 0;
        for (int s = 0; s < m; s++) maxR = Math.max(maxR, radius[nodes[s]]);
        double cellSize = 2 * maxR + gap;
        if (!(cellSize > 0)) return 0;
        // Bounded work: on large, dense graphs whose discs cannot all fit at the layout's edge length, the sweeps
        // would go on for minutes; they stop after visiting about WORK_PER_NODE pairs per node.
        long budget = Math.max(MIN_WORK, WORK_PER_NODE * (long) m);
        visited = 0;
        for (int sweep = 0; sweep < maxSweeps && visited < budget; sweep++) {
            grid.build(x, y, nodes, m, cellSize);
            overlaps = 0;
            grid.forEachNearPair((a, b) -> {
                visited++;
                separate(a, b, x, y, radius, fixed, gap);
            });
            if (overlaps == 0) return 0;
        }
        return count(x, y, radius, nodes, m);
    }

    /** Pairs of discs that overlap (touching does not count). */
    int count(double[] x, double[] y, double[] radius, int[] nodes, int m) {
        double maxR = 0;
        for (int s = 0; s < m; s++) maxR = Math.max(maxR, radius[nodes[s]]);
        if (!(maxR > 0)) return 0;
        grid.build(x, y, nodes, m, 2 * maxR);
        int[] found = {0};
        grid.forEachNearPair((a, b) -> {
            double dx = x[b] - x[a], dy = y[b] - y[a], r = radius[a] + radius[b];
            if (dx * dx + dy * dy < r * r * (1 - 1e-9)) found[0]++;
        });
        return found[0];
    }

    private void separate(int a, int b, double[] x, double[] y, double[] radius, boolean[] fixed, double gap) {
        double dx = x[b] - x[a], dy = y[b] - y[a];
        double want = radius[a] + radius[b] + gap;
        double d2 = dx * dx + dy * dy;
        if (d2 >= want * want) return;
        boolean ma = fixed == null || !fixed[a], mb = fixed == null || !fixed[b];
        if (!ma && !mb) return;
        overlaps++;
        double d = Math.sqrt(d2);
        if (d < 1e-9 * Math.max(1, want)) {
            // Same place: split along a direction fixed by the pair.
            double angle = ((Math.min(a, b) * 0x9E3779B9L + Math.max(a, b)) & 0xFFFF) * (Math.PI * 2 / 65536);
            dx = Math.cos(angle);
            dy = Math.sin(angle);
            d = 1;
        } else {
            dx /= d;
            dy /= d;
        }
        // A hair more than needed, so float rounding cannot leave the pair touching-but-overlapping.
        double push = (want - (d < 1e-9 * Math.max(1, want) ? 0 : d)) * 1.001;
        double pa = ma && mb ? push / 2 : ma ? push : 0;
        double pb = push - pa;
        x[a] -= dx * pa;
        y[a] -= dy * pa;
        x[b] += dx * pb;
        y[b] += dy * pb;
    }
}
