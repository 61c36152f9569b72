package org.spacecoop.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

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
import org.spacecoop.ui.canvas.FxCanvasSurface;

/**
 * One 1920×1080 frame of the laid-out synthetic graph drawn by our {@link GraphPainter}, rasterised:
 * <ul>
 * <li>{@code surface=fx}: into a JavaFX {@link Canvas} through {@link FxCanvasSurface}, then {@code snapshot}, which
 *     renders the canvas's command buffer in the software pipeline (Monocle headless, {@code prism.order=sw}): the
 *     same pixels a pulse costs on a Linux desktop without GPU;</li>
 * <li>{@code surface=java2d}: into an ARGB {@link BufferedImage} through {@link Graphics2DSurface} (the PNG path);</li>
 * <li>{@code surface=none}: into a surface that draws nothing, the painter's own work (culling, budgets, style sort,
 *     label placement) without any pixels.</li>
 * </ul>
 * {@code frame}: nodes and view, {@code full} fits the whole graph, {@code zoomed} is 10× into the centre (1% of the
 * area). {@code lod=false} is the baseline: the painter with culling and level of detail off, drawing every element.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Djava.awt.headless=true", "-Dglass.platform=Monocle",
    "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k"})
public class FramePaintBenchmark {

    static final int W = 1920;
    static final int H = 1080;

    @Param({"fx", "java2d", "none"})
    public String surface;

    @Param({"10000-full", "100000-zoomed", "100000-full"})
    public String frame;

    @Param({"true", "false"})
    public boolean lod;

    private RenderScene scene;
    private Viewport view;
    private GraphPainter painter;
    private BufferedImage image;
    private Graphics2D g;
    private Graphics2DSurface java2d;
    private Canvas canvas;
    private FxCanvasSurface fx;
    private NullSurface none;
    private WritableImage snapshot;
    private SnapshotParameters params;

    @Setup
    public void setUp() throws Exception {
        String[] f = frame.split("-");
        scene = ScaleData.laidOut(ScaleData.graph(Integer.parseInt(f[0]))).scene();
        view = Viewport.fit(scene.visibleBounds(), W, H, 20);
        if (f[1].equals("zoomed")) view = view.zoomAround(10, W / 2.0, H / 2.0);
        painter = new GraphPainter().levelOfDetail(lod);
        if (surface.equals("fx")) {
            FxThread.start();
            FxThread.call(() -> {
                canvas = new Canvas(W, H);
                fx = new FxCanvasSurface(canvas.getGraphicsContext2D());
                snapshot = new WritableImage(W, H);
                params = new SnapshotParameters();
                return null;
            });
        } else if (surface.equals("none")) {
            none = new NullSurface();
        } else {
            image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
            g = image.createGraphics();
            java2d = new Graphics2DSurface(g);
        }
        FrameStats st = paint();
        System.out.println("\n" + frame + " lod=" + lod + ": " + st);
    }

    @TearDown
    public void tearDown() {
        if (g != null) g.dispose();
    }

    @Benchmark
    public FrameStats paint() {
        if (none != null) return painter.paint(none, scene, view, W, H);
        if (java2d != null) return painter.paint(java2d, scene, view, W, H);
        return FxThread.call(() -> {
            FrameStats st = painter.paint(fx, scene, view, W, H);
            canvas.snapshot(params, snapshot);
            return st;
        });
    }
}
