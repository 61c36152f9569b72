package org.spacecoop.bench;

import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutQuality;
import org.spacecoop.core.layout.LayoutSettings;

/**
 * Time for a whole layout run to converge (default 100,000 nodes / 200,000 edges, 2 threads), with node discs sized
 * as the explorer sizes them, so the final overlap pass is included. Prints the time, the part of it spent in the
 * last iteration (which runs the overlap removal) and the quality reached. Args: nodes (default 100000).
 */
public final class ConvergenceMain {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        LayoutGraph plain = BenchGraphs.layoutGraph(n);
        double[] radius = new double[n];
        for (int v = 0; v < n; v++) radius[v] = 6 + 2.4 * Math.sqrt(plain.degree(v)) + 4; // GraphScene's rule + ring
        LayoutGraph g = plain.withRadius(radius);
        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults().withThreads(2), BenchGraphs.SEED);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime(), beforeLast = t0;
        while (true) {
            long t = System.nanoTime();
            if (!layout.step()) {
                beforeLast = t;
                break;
            }
        }
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        LayoutQuality q = new LayoutQuality(LayoutQuality.normalisedStress(g, layout.x(), layout.y(), 50),
                LayoutQuality.edgeLengthCv(g, layout.x(), layout.y()),
                LayoutQuality.overlappingPairs(layout.x(), layout.y(), radius));
        System.out.printf("%,d nodes, %,d edges: converged after %d iterations in %.1f s wall, %.1f s CPU "
                + "(last iteration with the overlap pass %.2f s wall)%n",
                n, g.edgeCount(), layout.iteration(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t1 - beforeLast) / 1e9);
        System.out.printf("stress %.4f (50 sources), edge CV %.4f, overlapping discs %d%n", q.stress(), q.edgeLengthCv(), q.overlaps());
    }
}
