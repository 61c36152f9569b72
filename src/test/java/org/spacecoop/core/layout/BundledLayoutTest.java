package org.spacecoop.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.progress.Progress;
import org.spacecoop.core.render.GraphScene;

class BundledLayoutTest {

    @Test
    void noTwoNodesOfTheBundledDatasetOverlapAfterLayout() {
        CooperationGraph cg = CooperationGraph.of(DatasetReader.loadBundled());
        List<Entity> entities = cg.entities();
        Map<Entity, Integer> index = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) index.put(entities.get(i), i);
        LayoutGraph plain = LayoutGraph.of(cg.graph(), index::get);
        double[] radius = new double[plain.nodeCount()];
        // The explorer's own sizes: radius by degree plus room for the selection ring.
        for (int i = 0; i < radius.length; i++) radius[i] = GraphScene.radiusForDegree(cg.graph().degreeOf(entities.get(i))) + 4;
        LayoutGraph g = plain.withRadius(radius);

        ForceLayout layout = new ForceLayout(g, LayoutSettings.defaults(), 1);
        layout.runToConvergence(2000, Progress.NONE);

        assertThat(plain.nodeCount()).isGreaterThan(150);
        assertThat(LayoutQuality.overlappingPairs(layout.x(), layout.y(), radius)).isZero();
        // Related entities sit closer than unrelated ones on average: the picture shows structure.
        assertThat(LayoutQuality.meanEdgeLength(g, layout.x(), layout.y())).isLessThan(meanPairDistance(layout) / 2);
    }

    private static double meanPairDistance(ForceLayout layout) {
        double[] x = layout.x(), y = layout.y();
        double sum = 0;
        long pairs = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                sum += Math.hypot(x[i] - x[j], y[i] - y[j]);
                pairs++;
            }
        }
        return sum / pairs;
    }
}
