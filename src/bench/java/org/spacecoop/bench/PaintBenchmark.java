package org.spacecoop.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spacecoop.core.render.FrameStats;
import org.spacecoop.core.render.GraphPainter;
import org.spacecoop.core.render.Graphics2DSurface;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;

/**
 * One frame at 1920×1080 of a laid-out graph (n nodes, 2n edges): the whole graph in view, and zoomed in 10×
 * around the centre (a hundredth of the area), each into a Java2D image (antialiased, the PNG path) and into a
 * surface that draws nothing (the painter's own cost: culling, style sort, label placement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true", "-Xmx4g"})
public class PaintBenchmark {

    static final int W = 1920;
    static final int H = 1080;

    @Param({"10000", "100000"})
    public int nodes;

    private RenderScene scene;
    private Viewport full;
    private Viewport zoomed;
    private final GraphPainter painter = new GraphPainter();
    private final NullSurface nothing = new NullSurface();
    private BufferedImage image;
    private Graphics2D g;
    private Graphics2DSurface java2d;

    @Setup
    public void setUp() {
        scene = RenderScenes.laidOut(nodes, 150);
        full = Viewport.fit(scene.visibleBounds(), W, H, 20);
        zoomed = full.zoomAround(10, W / 2.0, H / 2.0);
        image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        java2d = new Graphics2DSurface(g);
    }

    @TearDown
    public void tearDown() {
        g.dispose();
    }

    @Benchmark
    public FrameStats fullJava2D() {
        return painter.paint(java2d, scene, full, W, H);
    }

    @Benchmark
    public FrameStats zoomedJava2D() {
        return painter.paint(java2d, scene, zoomed, W, H);
    }

    @Benchmark
    public FrameStats fullPainterOnly() {
        return painter.paint(nothing, scene, full, W, H);
    }

    @Benchmark
    public FrameStats zoomedPainterOnly() {
        return painter.paint(nothing, scene, zoomed, W, H);
    }
}
