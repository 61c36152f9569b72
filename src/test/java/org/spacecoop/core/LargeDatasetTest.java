package org.spacecoop.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.SyntheticDataset;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.IterationListener;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutSettings;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;

/** Correctness at size (not speed): a 50,000-entity generated dataset goes through loading and layout. */
class LargeDatasetTest {

    @Test
    void aFiftyThousandNodeDatasetLoadsAndLaysOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic-50k.json");
        SyntheticDataset.write(file, 50_000, 75_000, 42);

        Dataset dataset = DatasetReader.load(file);
        CooperationGraph cg = CooperationGraph.of(dataset);
        assertThat(cg.graph().vertexSet()).hasSize(50_000);
        assertThat(cg.graph().edgeSet()).hasSize(75_000);

        List<Entity> entities = cg.entities();
        Map<Entity, Integer> index = new HashMap<>(2 * entities.size());
        for (int i = 0; i < entities.size(); i++) index.put(entities.get(i), i);
        LayoutGraph g = LayoutGraph.of(cg.graph(), index::get);
        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults(), 42);
        double spreadBefore = spread(layout.x());
        layout.runToConvergence(5, IterationListener.NONE.every(1));

        assertThat(layout.iteration()).isEqualTo(5);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(Double.isFinite(layout.x()[v]) && Double.isFinite(layout.y()[v])).as("node %d", v).isTrue();
        }
        // Springs pulled the random start together: the drawing shrank but did not collapse.
        assertThat(spread(layout.x())).isLessThan(spreadBefore).isGreaterThan(spreadBefore / 100);
    }

    private static double spread(double[] v) {
        double mean = 0, sq = 0;
        for (double d : v) mean += d;
        mean /= v.length;
        for (double d : v) sq += (d - mean) * (d - mean);
        return Math.sqrt(sq / v.length);
    }
}
