package org.spacecoop.bench;

import java.util.Random;

import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutSettings;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.RenderSceneBuilder;
import org.spacecoop.core.synthetic.PreferentialAttachment;

/** Render scenes for benchmarks: Barabási–Albert graphs (2 edges per node) laid out by our force layout. */
final class RenderScenes {

    static final long SEED = 7;

    private RenderScenes() {
    }

    static RenderScene laidOut(int nodes, int iterations) {
        int[][] edges = PreferentialAttachment.edges(nodes, 2 * nodes, SEED);
        int m = edges[0].length;
        Random r = new Random(SEED);
        RenderSceneBuilder b = RenderScene.builder(nodes, m);
        int[] degree = new int[nodes];
        for (int e = 0; e < m; e++) {
            degree[edges[0][e]]++;
            degree[edges[1][e]]++;
        }
        double[] radius = new double[nodes];
        EntityKind.Family[] fam = EntityKind.Family.values();
        for (int i = 0; i < nodes; i++) {
            radius[i] = GraphScene.radiusForDegree(degree[i]);
            b.node(i, "n" + i, "Entity number " + i, fam[r.nextInt(fam.length)], degree[i], radius[i]);
        }
        RelationType.Family[] rf = RelationType.Family.values();
        Status[] st = Status.values();
        for (int e = 0; e < m; e++) b.edge(e, "e" + e, edges[0][e], edges[1][e], rf[r.nextInt(rf.length)], st[r.nextInt(st.length)]);
        // The whole cooling schedule but its last step, which would run the (slow at this size) overlap removal.
        LayoutSettings settings = LayoutSettings.defaults().withIterations(iterations).withThreads(2);
        ForceLayout layout = new ForceLayout(new LayoutGraph(nodes, edges[0], edges[1], radius), settings, SEED);
        for (int i = 0; i < iterations - 1; i++) layout.step();
        b.positions(layout.x().clone(), layout.y().clone());
        return b.build();
    }
}
