package org.spacecoop.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.SpatialIndex;
import org.spacecoop.core.render.Viewport;

/**
 * A click's hit test on a laid-out graph (n nodes, 2n edges): node under the point, and edge within 5 px at the
 * zoom that fits the graph into 1920 px (and at 10× that zoom). Half the points are node centres, half anywhere. Also the index build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class HitTestBenchmark {

    static final int QUERIES = 4096;

    @Param({"100000"})
    public int nodes;

    private RenderScene scene;
    private SpatialIndex index;
    private final double[] qx = new double[QUERIES];
    private final double[] qy = new double[QUERIES];
    private double tolerance;
    private double zoomedTolerance;

    @Setup
    public void setUp() {
        scene = RenderScenes.laidOut(nodes, 150);
        index = SpatialIndex.build(scene);
        Viewport.Bounds b = scene.visibleBounds();
        tolerance = Viewport.fit(b, 1920, 1080, 20).toWorldLength(5);
        zoomedTolerance = tolerance / 10;
        SplittableRandom r = new SplittableRandom(3);
        for (int q = 0; q < QUERIES; q++) {
            if (q % 2 == 0) {
                int i = r.nextInt(nodes);
                qx[q] = scene.x(i);
                qy[q] = scene.y(i);
            } else {
                qx[q] = b.minX() + r.nextDouble() * b.width();
                qy[q] = b.minY() + r.nextDouble() * b.height();
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public int nodeAt() {
        int sum = 0;
        for (int q = 0; q < QUERIES; q++) sum += index.nodeAt(qx[q], qy[q]);
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public int edgeAt() {
        int sum = 0;
        for (int q = 0; q < QUERIES; q++) sum += index.edgeAt(qx[q], qy[q], tolerance);
        return sum;
    }

    /** 5 px when zoomed in 10× from the fitted view, where one picks an edge among its neighbours. */
    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public int edgeAtZoomedIn() {
        int sum = 0;
        for (int q = 0; q < QUERIES; q++) sum += index.edgeAt(qx[q], qy[q], zoomedTolerance);
        return sum;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SpatialIndex build() {
        return SpatialIndex.build(scene);
    }
}
