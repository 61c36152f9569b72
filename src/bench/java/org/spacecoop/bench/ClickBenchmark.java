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
 * A click on the laid-out synthetic graph: the node under the pointer (3 px slop), else the edge within 5 px, as the
 * canvas resolves it. Through {@link SpatialIndex} vs the baseline, a linear scan of every node then every edge (as
 * straight segments, like the canvas's first hit tester; the index also follows curved parallel edges). Clicks: half on node centres, half anywhere in a 1920×1080 view zoomed 4× into the graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ClickBenchmark {

    static final int CLICKS = 1024;
    static final double NODE_SLOP_PX = 3;
    static final double EDGE_SLOP_PX = 5;

    @Param({"100000"})
    public int nodes;

    private RenderScene scene;
    private SpatialIndex index;
    private Viewport view;
    private final double[] cx = new double[CLICKS];
    private final double[] cy = new double[CLICKS];

    @Setup
    public void setUp() {
        scene = ScaleData.laidOut(ScaleData.graph(nodes)).scene();
        index = SpatialIndex.build(scene);
        view = Viewport.fit(scene.visibleBounds(), 1920, 1080, 20).zoomAround(4, 960, 540);
        SplittableRandom r = new SplittableRandom(3);
        for (int q = 0; q < CLICKS; ) {
            if (q % 2 == 0) {
                int i = r.nextInt(nodes);
                double sx = view.toScreenX(scene.x(i)), sy = view.toScreenY(scene.y(i));
                if (sx < 0 || sx > 1920 || sy < 0 || sy > 1080) continue;
                cx[q] = sx;
                cy[q] = sy;
            } else {
                cx[q] = r.nextDouble() * 1920;
                cy[q] = r.nextDouble() * 1080;
            }
            q++;
        }
        for (int q = 0; q < 64; q++) {
            int a = clickIndexed(q), b = clickScan(q);
            if ((a >= 0 || b >= 0) && a != b) throw new IllegalStateException("index and scan disagree on click " + q);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CLICKS)
    public int spatialIndex() {
        int sum = 0;
        for (int q = 0; q < CLICKS; q++) sum += clickIndexed(q);
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(CLICKS / 16)
    public int linearScan() {
        int sum = 0;
        for (int q = 0; q < CLICKS / 16; q++) sum += clickScan(q);
        return sum;
    }

    /** Building the index (once per layout snapshot), in microseconds like the rest. */
    @Benchmark
    public SpatialIndex buildIndex() {
        return SpatialIndex.build(scene);
    }

    /** Node hits as non-negative ids, edge hits as -2 - e, nothing as -1. */
    private int clickIndexed(int q) {
        int i = index.nodeAtScreen(view, cx[q], cy[q], NODE_SLOP_PX);
        if (i >= 0) return i;
        int e = index.edgeAtScreen(view, cx[q], cy[q], EDGE_SLOP_PX);
        return e >= 0 ? -2 - e : -1;
    }

    private int clickScan(int q) {
        double wx = view.toWorldX(cx[q]), wy = view.toWorldY(cy[q]);
        double slop = view.toWorldLength(NODE_SLOP_PX);
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0, n = scene.nodeCount(); i < n; i++) {
            if (!scene.isNodeVisible(i)) continue;
            double dx = wx - scene.x(i), dy = wy - scene.y(i), d2 = dx * dx + dy * dy;
            double rr = scene.radius(i) + slop;
            if (d2 <= rr * rr && d2 < bestD) {
                bestD = d2;
                best = i;
            }
        }
        if (best >= 0) return best;
        double tol = view.toWorldLength(EDGE_SLOP_PX);
        int edge = -1;
        double bestE = tol;
        for (int e = 0, m = scene.edgeCount(); e < m; e++) {
            if (!scene.isEdgeVisible(e)) continue;
            double d = segmentDistance(wx, wy, scene.x(scene.from(e)), scene.y(scene.from(e)), scene.x(scene.to(e)),
                    scene.y(scene.to(e)));
            if (d <= bestE) {
                bestE = d;
                edge = e;
            }
        }
        return edge >= 0 ? -2 - edge : -1;
    }

    private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1, l2 = dx * dx + dy * dy;
        double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / l2));
        return Math.hypot(x1 + t * dx - px, y1 + t * dy - py);
    }
}
