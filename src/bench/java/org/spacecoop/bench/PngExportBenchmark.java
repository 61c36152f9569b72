package org.spacecoop.bench;

import java.io.ByteArrayOutputStream;
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

/** PNG export of a 10,000-node graph at 3840 px wide (whole graph, legend on): render, encode, into memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true", "-Xmx4g"})
public class PngExportBenchmark {

    private RenderScene scene;
    private final ImageExporter exporter = new ImageExporter();

    @Setup
    public void setUp() {
        scene = RenderScenes.laidOut(10_000, 150);
    }

    @Benchmark
    public int png3840() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        exporter.exportPng(scene, ImageOptions.wholeGraph().withLegend(true).withPixelWidth(3840), out);
        return out.size();
    }
}
