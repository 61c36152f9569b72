package org.spacecoop.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Baseline: JGraphT 1.5.3's exact O(n²) FR, one iteration per call (plus its O(n) random placement). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JGraphTExactFRBenchmark {

    @Param({"2000", "10000"})
    public int nodes;

    private Graph<Integer, DefaultEdge> graph;
    private MapLayoutModel2D<Integer> model;

    @Setup
    public void setUp() {
        graph = BenchGraphs.jgraphtGraph(nodes);
        double side = 40 * Math.sqrt(nodes);
        model = new MapLayoutModel2D<>(new Box2D(side, side));
    }

    @Benchmark
    public Object iteration() {
        new FRLayoutAlgorithm2D<Integer, DefaultEdge>(1, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(BenchGraphs.SEED)).layout(graph, model);
        return model.get(0);
    }
}
