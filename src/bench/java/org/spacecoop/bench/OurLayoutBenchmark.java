package org.spacecoop.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutSettings;

/**
 * One iteration of our layout (tree build, forces, move) on 2 threads. The pattern to copy for other benchmarks:
 * a {@code @State} class whose {@code @Setup} builds the input once per fork, a {@code @Param} for the size,
 * and a {@code @Benchmark} method doing exactly the measured operation and returning something JMH can consume.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OurLayoutBenchmark {

    @Param({"2000", "10000", "50000", "100000", "1000000"})
    public int nodes;

    private ForceLayout layout;

    @Setup
    public void setUp() {
        // A schedule so long that the temperature stays high: every measured iteration does full work.
        LayoutSettings settings = LayoutSettings.defaults().withIterations(1_000_000_000).withThreads(2);
        layout = new ForceLayout(BenchGraphs.layoutGraph(nodes), settings, BenchGraphs.SEED);
        for (int i = 0; i < 5; i++) layout.step();
    }

    @Benchmark
    public double iteration() {
        layout.step();
        return layout.x()[0];
    }
}
