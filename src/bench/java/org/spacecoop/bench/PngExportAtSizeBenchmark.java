package org.spacecoop.bench;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spacecoop.core.render.ImageExporter;
import org.spacecoop.core.render.ImageOptions;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;

/**
 * PNG export through {@link ImageExporter} of the laid-out 10,000-entity synthetic graph at 3840×2160 (the whole
 * graph fitted into a 1920×1080 view at 2×, legend on): {@code renderOnly} draws the image, {@code png} also encodes
 * it into memory. The difference is ImageIO's PNG encoder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Djava.awt.headless=true"})
public class PngExportAtSizeBenchmark {

    private RenderScene scene;
    private ImageOptions options;
    private final ImageExporter exporter = new ImageExporter();

    @Setup
    public void setUp() {
        scene = ScaleData.laidOut(ScaleData.graph(10_000)).scene();
        Viewport fit = Viewport.fit(scene.visibleBounds(), 1920, 1080, 40);
        options = ImageOptions.currentView(fit, 1920, 1080).withLegend(true).withScale(2);
        BufferedImage img = exporter.renderImage(scene, options);
        if (img.getWidth() != 3840 || img.getHeight() != 2160)
            throw new IllegalStateException("expected 3840×2160, got " + img.getWidth() + "×" + img.getHeight());
    }

    @Benchmark
    public BufferedImage renderOnly() {
        return exporter.renderImage(scene, options);
    }

    @Benchmark
    public int png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        exporter.exportPng(scene, options, out);
        return out.size();
    }
}
