package org.spacecoop.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Baseline: JGraphT 1.5.3's Barnes-Hut FR (default theta 0.5), {@value #ITERATIONS} iterations per call. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JGraphTIndexedFRBenchmark {

    static final int ITERATIONS = 5;

    @Param({"2000", "10000", "50000"})
    public int nodes;

    private Graph<Integer, DefaultEdge> graph;
    private MapLayoutModel2D<Integer> model;

    @Setup
    public void setUp() {
        graph = BenchGraphs.jgraphtGraph(nodes);
        double side = 40 * Math.sqrt(nodes);
        model = new MapLayoutModel2D<>(new Box2D(side, side));
    }

    /** Includes one random initial placement (O(n), small next to {@value #ITERATIONS} iterations). */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public Object iteration() {
        new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(ITERATIONS, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(BenchGraphs.SEED)).layout(graph, model);
        return model.get(0);
    }
}
