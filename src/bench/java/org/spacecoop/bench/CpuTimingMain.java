package org.spacecoop.bench;

import java.lang.management.ManagementFactory;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutSettings;

/**
 * Per-iteration cost as CPU time of the whole process (all threads, GC included) next to wall time, for ours and
 * JGraphT's two layouts on the same graphs. On a machine shared with other busy processes the wall time mostly
 * measures waiting; the CPU time is the work done. Args: sizes (default 2000 10000 50000).
 */
public final class CpuTimingMain {

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"2000", "10000", "50000"} : args;
        System.out.printf("%-20s %9s %14s %14s%n", "layout", "nodes", "wall ms/it.", "CPU ms/it.");
        for (String size : sizes) {
            int n = Integer.parseInt(size);
            ForceLayout ours = new ForceLayout(BenchGraphs.layoutGraph(n),
                    LayoutSettings.defaults().withIterations(1_000_000_000).withThreads(2), BenchGraphs.SEED);
            int reps = Math.max(3, Math.min(100, 1_000_000 / n));
            for (int i = 0; i < reps; i++) ours.step();
            measure("ours (2 threads)", n, reps, () -> ours.step());
            if (n > 50_000) continue; // JGraphT IndexedFR 1.5.3 threw IllegalArgumentException at 100,000 here
            Graph<Integer, DefaultEdge> g = BenchGraphs.jgraphtGraph(n);
            double side = 40 * Math.sqrt(n);
            MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(new Box2D(side, side));
            int its = n <= 10_000 ? 10 : 3;
            new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(its, 0.5, 0.5, new Random(1)).layout(g, model);
            measure("JGraphT IndexedFR", n, its, () ->
                    new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(its, 0.5, 0.5, new Random(1)).layout(g, model));
            if (n <= 10_000) {
                measure("JGraphT FR (exact)", n, 1, () -> new FRLayoutAlgorithm2D<Integer, DefaultEdge>(1, 0.5, new Random(1)).layout(g, model));
            }
        }
    }

    private static void measure(String name, int n, int iterations, Runnable run) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        if (name.startsWith("ours")) for (int i = 0; i < iterations; i++) run.run();
        else run.run();
        long c1 = os.getProcessCpuTime(), t1 = System.nanoTime();
        System.out.printf("%-20s %9d %14.2f %14.2f%n", name, n, (t1 - t0) / 1e6 / iterations, (c1 - c0) / 1e6 / iterations);
    }
}
