package org.spacecoop.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.interop.GraphFileExporter;
import org.spacecoop.core.interop.GraphFormat;
import org.spacecoop.core.interop.Positions;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutSettings;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.progress.Progress;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.ImageExporter;
import org.spacecoop.core.render.ImageOptions;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.synthetic.SyntheticDataset;

/** Correctness at size (not speed): a 50,000-entity generated dataset goes through loading, layout and export. */
class LargeDatasetTest {

    @Test
    void aFiftyThousandNodeDatasetLoadsLaysOutAndExports(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic-50k.json");
        SyntheticDataset.write(file, 50_000, 75_000, 42);

        CooperationGraph cg = CooperationGraphLoader.load(file); // built while the relations are checked
        assertThat(cg.graph().vertexSet()).hasSize(50_000);
        assertThat(cg.graph().edgeSet()).hasSize(75_000);
        // the same graph as built from the finished dataset, in the same order, with the same ends
        Dataset dataset = DatasetReader.load(file);
        CooperationGraph sequential = CooperationGraph.of(dataset);
        assertThat(cg.graph().vertexSet()).containsExactlyElementsOf(sequential.graph().vertexSet());
        assertThat(cg.graph().edgeSet()).containsExactlyElementsOf(sequential.graph().edgeSet());
        for (var r : cg.relations()) {
            assertThat(cg.from(r).id()).isEqualTo(r.from());
            assertThat(cg.to(r).id()).isEqualTo(r.to());
            assertThat(cg.graph().outgoingEdgesOf(cg.from(r))).contains(r);
        }
        assertThat(cg.relation(cg.relations().get(70_000).id())).contains(cg.relations().get(70_000));

        List<Entity> entities = cg.entities();
        Map<Entity, Integer> index = new HashMap<>(2 * entities.size());
        for (int i = 0; i < entities.size(); i++) index.put(entities.get(i), i);
        LayoutGraph g = LayoutGraph.of(cg.graph(), index::get);
        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults(), 42);
        double spreadBefore = spread(layout.x());
        layout.runToConvergence(5, 1, Progress.NONE);

        assertThat(layout.iteration()).isEqualTo(5);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(Double.isFinite(layout.x()[v]) && Double.isFinite(layout.y()[v])).as("node %d", v).isTrue();
        }
        // Springs pulled the random start together: the drawing shrank but did not collapse.
        assertThat(spread(layout.x())).isLessThan(spreadBefore).isGreaterThan(spreadBefore / 100);

        exportsPng(cg, index, layout, dir.resolve("synthetic-50k.png"));
        exportsGraphMl(dataset, cg, index, layout, dir.resolve("synthetic-50k.graphml"));
    }

    /** The whole graph through ImageExporter, every edge drawn (exports have no edge budget). */
    private static void exportsPng(CooperationGraph cg, Map<Entity, Integer> index, ForceLayout layout, Path png)
            throws Exception {
        GraphScene gs = GraphScene.of(cg);
        RenderScene scene = gs.scene();
        double[] x = new double[scene.nodeCount()], y = new double[scene.nodeCount()];
        for (int i = 0; i < x.length; i++) {
            int v = index.get(gs.entity(i));
            x[i] = layout.x()[v];
            y[i] = layout.y()[v];
        }
        scene.setPositions(x, y);
        // A quarter of the 1× width: the same painting and encoding code, a sixteenth of the pixels to keep the test short.
        ImageOptions options = ImageOptions.wholeGraph().withLegend(true).withScale(0.25);
        new ImageExporter().export(scene, options, ImageExporter.Format.PNG, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) ImageOptions.WHOLE_GRAPH_WIDTH / 4);
        int background = options.palette().background(), drawn = 0;
        for (int py = 0; py < image.getHeight(); py += 3) {
            for (int px = 0; px < image.getWidth(); px += 3) if (image.getRGB(px, py) != background) drawn++;
        }
        assertThat(drawn).as("sampled pixels that are not background").isGreaterThan(500);
    }

    /** GraphML through interop's exporter, with positions: one node and one edge element per entity and relation. */
    private static void exportsGraphMl(Dataset dataset, CooperationGraph cg, Map<Entity, Integer> index,
                                       ForceLayout layout, Path file) throws Exception {
        Positions positions = Positions.of(layout.x(), layout.y(), e -> index.getOrDefault(e, -1));
        GraphFileExporter.export(new GraphFileExporter.Request(dataset, cg.graph(), positions), GraphFormat.GRAPHML, file);
        int nodes = 0, edges = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String t = line.stripLeading();
                if (t.startsWith("<node ")) nodes++;
                else if (t.startsWith("<edge ")) edges++;
            }
        }
        assertThat(nodes).isEqualTo(50_000);
        assertThat(edges).isEqualTo(75_000);
    }

    private static double spread(double[] v) {
        double mean = 0, sq = 0;
        for (double d : v) mean += d;
        mean /= v.length;
        for (double d : v) sq += (d - mean) * (d - mean);
        return Math.sqrt(sq / v.length);
    }
}
