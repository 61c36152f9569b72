package org.spacecoop.bench;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutSettings;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.synthetic.SyntheticDataset;

/**
 * Inputs of the rendering, hit-testing and filter benchmarks: the synthetic dataset (n entities, 2n relations, the
 * kinds, types, statuses and dates of the real data) loaded through our reader, and its scene laid out by our force
 * layout the way the app does it. Datasets and positions are cached under {@code target/bench-cache} (property
 * {@code bench.cache}), so each JMH fork does not lay out 100,000 nodes again.
 */
final class ScaleData {

    static final long SEED = 42;
    /** Layout iterations before the positions are taken: enough for the picture to unfold. */
    static final int LAYOUT_ITERATIONS = 120;

    private ScaleData() {
    }

    static Path cache() throws IOException {
        Path dir = Path.of(System.getProperty("bench.cache", "target/bench-cache"));
        Files.createDirectories(dir);
        return dir;
    }

    /** The synthetic dataset of {@code nodes} entities and twice as many relations, as our graph. */
    static CooperationGraph graph(int nodes) {
        try {
            Path file = cache().resolve("synthetic-" + nodes + "-" + 2 * nodes + "-" + SEED + ".json");
            if (!Files.exists(file)) SyntheticDataset.write(file, nodes, 2 * nodes, SEED);
            return CooperationGraph.of(DatasetReader.load(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.spacecoop.core.io.DatasetException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The graph's scene with laid-out positions, as the canvas would show it. */
    static GraphScene laidOut(CooperationGraph g) {
        GraphScene gs = GraphScene.of(g);
        RenderScene s = gs.scene();
        int n = s.nodeCount();
        try {
            Path file = cache().resolve("positions-" + n + "-" + s.edgeCount() + "-" + SEED + "-" + LAYOUT_ITERATIONS + ".bin");
            double[] x = new double[n], y = new double[n];
            if (Files.exists(file)) {
                try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                    for (int i = 0; i < n; i++) {
                        x[i] = in.readDouble();
                        y[i] = in.readDouble();
                    }
                }
            } else {
                ForceLayout layout = layout(s);
                for (int i = 0; i < LAYOUT_ITERATIONS && layout.step(); i++) {
                    // the schedule
                }
                System.arraycopy(layout.x(), 0, x, 0, n);
                System.arraycopy(layout.y(), 0, y, 0, n);
                try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                    for (int i = 0; i < n; i++) {
                        out.writeDouble(x[i]);
                        out.writeDouble(y[i]);
                    }
                }
            }
            s.setPositions(x, y);
            return gs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout the app runs (LayoutController): scene edges, radius plus room for the selection ring. */
    static ForceLayout layout(RenderScene s) {
        int m = s.edgeCount();
        int[] from = new int[m], to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = s.from(e);
            to[e] = s.to(e);
        }
        double[] radius = new double[s.nodeCount()];
        for (int i = 0; i < radius.length; i++) radius[i] = s.baseRadius(i) + 4;
        return new ForceLayout(new LayoutGraph(s.nodeCount(), from, to, radius),
                LayoutSettings.defaults().withThreads(2), SEED);
    }
}
