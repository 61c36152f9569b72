package org.spacecoop.bench;

import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutSettings;

/** Quick look without JMH: ms per iteration of our layout. Args: nodes... (default 10000 50000). */
public final class LayoutTiming {

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"10000", "50000"} : args;
        for (String size : sizes) {
            int n = Integer.parseInt(size);
            LayoutGraph g = BenchGraphs.layoutGraph(n);
            int threads = Integer.getInteger("threads", 2);
            double theta = Double.parseDouble(System.getProperty("theta", "" + LayoutSettings.defaults().theta()));
            ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults().withIterations(1_000_000_000)
                    .withThreads(threads).withTheta(theta), BenchGraphs.SEED);
            int reps = Math.max(3, Math.min(200, 2_000_000 / n));
            for (int i = 0; i < reps; i++) layout.step();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) layout.step();
            double ms = (System.nanoTime() - t0) / 1e6 / reps;
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / reps;
            System.out.printf("ours %,9d nodes, %d threads, theta %.2f: %8.2f ms/iteration wall, %8.2f ms CPU of the calling thread (%d reps)%n",
                    n, threads, theta, ms, cpu, reps);
        }
    }
}
