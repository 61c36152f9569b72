package org.spacecoop.bench;

import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutQuality;
import org.spacecoop.core.layout.LayoutSettings;
import org.spacecoop.core.progress.Progress;

/**
 * Layout quality against exact FR (JGraphT FRLayoutAlgorithm2D, 100 iterations, its defaults) on the benchmark
 * graphs: normalised stress, edge-length CV and overlapping discs (radius = {@value #RADIUS} × mean edge length,
 * so layouts drawn at different scales compare fairly). Lower is better for all three.
 * Args: nodes (default 2000), graphs (default 3).
 */
public final class LayoutQualityMain {

    static final double RADIUS = 0.1;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int graphs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("%-22s %5s %9s %9s %9s %9s%n", "layout", "graph", "stress", "edge CV", "overlaps", "seconds");
        double[] sum = new double[9];
        for (int gi = 0; gi < graphs; gi++) {
            long seed = BenchGraphs.SEED + gi;
            LayoutGraph lg = BenchGraphs.layoutGraph(n, seed);
            Graph<Integer, DefaultEdge> jg = BenchGraphs.jgraphtGraph(n, seed);
            LayoutQuality exact = jgrapht(lg, jg, new FRLayoutAlgorithm2D<>(100, 0.5, new Random(seed)), "JGraphT FR (exact)", gi);
            LayoutQuality indexed = jgrapht(lg, jg, new IndexedFRLayoutAlgorithm2D<>(100, 0.5, 0.5, new Random(seed)),
                    "JGraphT IndexedFR", gi);
            long t0 = System.nanoTime();
            ForceLayout ours = new ForceLayout(lg, LayoutSettings.defaults(), seed);
            ours.runToConvergence(10_000, Progress.NONE);
            LayoutQuality q = LayoutQuality.of(lg, ours.x(), ours.y(), RADIUS);
            print("ours (" + ours.iteration() + " it.)", gi, q, System.nanoTime() - t0);
            add(sum, 0, exact);
            add(sum, 3, indexed);
            add(sum, 6, q);
        }
        System.out.printf("%nmeans over %d graphs of %d nodes:%n", graphs, n);
        String[] names = {"JGraphT FR (exact)", "JGraphT IndexedFR", "ours"};
        for (int i = 0; i < 3; i++) {
            System.out.printf("%-22s stress %.4f (%.2f× exact)  edge CV %.4f (%.2f×)  overlaps %.1f (%.2f×)%n", names[i],
                    sum[3 * i] / graphs, sum[3 * i] / sum[0], sum[3 * i + 1] / graphs, sum[3 * i + 1] / sum[1],
                    sum[3 * i + 2] / graphs, sum[3 * i + 2] / Math.max(1e-9, sum[2]));
        }
    }

    private static LayoutQuality jgrapht(LayoutGraph lg, Graph<Integer, DefaultEdge> jg,
                                         LayoutAlgorithm2D<Integer, DefaultEdge> algorithm, String name, int gi) {
        long t0 = System.nanoTime();
        double side = 40 * Math.sqrt(lg.nodeCount());
        MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(new Box2D(side, side));
        algorithm.layout(jg, model);
        double[] x = new double[lg.nodeCount()], y = new double[lg.nodeCount()];
        for (int v = 0; v < x.length; v++) {
            Point2D p = model.get(v);
            x[v] = p.getX();
            y[v] = p.getY();
        }
        LayoutQuality q = LayoutQuality.of(lg, x, y, RADIUS);
        print(name, gi, q, System.nanoTime() - t0);
        return q;
    }

    private static void print(String name, int graph, LayoutQuality q, long nanos) {
        System.out.printf("%-22s %5d %9.4f %9.4f %9d %9.1f%n", name, graph, q.stress(), q.edgeLengthCv(), q.overlaps(), nanos / 1e9);
    }

    private static void add(double[] sum, int at, LayoutQuality q) {
        sum[at] += q.stress();
        sum[at + 1] += q.edgeLengthCv();
        sum[at + 2] += q.overlaps();
    }
}
