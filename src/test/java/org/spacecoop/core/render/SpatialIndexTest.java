package org.spacecoop.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

class SpatialIndexTest {

    private static RenderScene pair() {
        return RenderScene.builder(3, 3)
                .node(0, "a", "A", EntityKind.Family.COUNTRY, 1, 10).position(0, 0, 0)
                .node(1, "b", "B", EntityKind.Family.PROGRAM, 1, 10).position(1, 200, 0)
                .node(2, "c", "C", EntityKind.Family.COUNTRY, 1, 30).position(2, 100, 300)
                .edge(0, "ab", 0, 1, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "ab2", 0, 1, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(2, "cc", 2, 2, RelationType.Family.HARDWARE, Status.ACTIVE)
                .build();
    }

    @Test
    void findsTheNodeUnderAPoint() {
        SpatialIndex idx = SpatialIndex.build(pair());
        assertThat(idx.nodeAt(3, -4)).isEqualTo(0);
        assertThat(idx.nodeAt(205, 5)).isEqualTo(1);
        assertThat(idx.nodeAt(125, 300)).isEqualTo(2);
        assertThat(idx.nodeAt(100, 100)).isEqualTo(-1);
        assertThat(idx.nodeAt(213, 0)).isEqualTo(-1);
        assertThat(idx.nodeAt(213, 0, 5)).isEqualTo(1);
    }

    @Test
    void findsEdgesWithinToleranceIncludingParallelCurvesAndLoops() {
        RenderScene sc = pair();
        SpatialIndex idx = SpatialIndex.build(sc);
        EdgeGeometry g = new EdgeGeometry();
        g.compute(sc, 0);
        // The apex of each curve lies halfway between the chord's midpoint and its control point.
        double apex0 = (0 + g.cy) / 2;
        double apex1 = (0 + g.compute(sc, 1).cy) / 2;
        assertThat(apex0).isNotEqualTo(apex1);
        assertThat(idx.edgeAt(100, apex0 + 2, 4)).isEqualTo(0);
        assertThat(idx.edgeAt(100, apex1 - 2, 4)).isEqualTo(1);
        assertThat(idx.edgeAt(100, 150, 4)).isEqualTo(-1);
        g.compute(sc, 2);
        assertThat(idx.edgeAt(g.loopX, g.loopY - g.loopR - 1, 3)).isEqualTo(2);
    }

    @Test
    void hiddenNodesAndEdgesAreNotHit() {
        RenderScene sc = pair();
        sc.setNodeVisible(1, false);
        SpatialIndex idx = SpatialIndex.build(sc);
        assertThat(idx.nodeAt(200, 0)).isEqualTo(-1);
        EdgeGeometry g = new EdgeGeometry().compute(sc, 0);
        assertThat(idx.edgeAt(100, g.cy / 2, 4)).isEqualTo(-1);
    }

    @Test
    void screenQueriesGoThroughTheViewport() {
        SpatialIndex idx = SpatialIndex.build(pair());
        Viewport vp = new Viewport(2, 50, 50);
        assertThat(idx.nodeAtScreen(vp, 50 + 2 * 200, 50, 0)).isEqualTo(1);
    }

    @Test
    void agreesWithBruteForceOnARandomScene() {
        RenderScene sc = Scenes.random(3000, 100, 2000, 11);
        SpatialIndex idx = SpatialIndex.build(sc);
        Random r = new Random(5);
        for (int q = 0; q < 2000; q++) {
            double px = r.nextDouble() * 2000, py = r.nextDouble() * 2000;
            int expected = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < sc.nodeCount(); i++) {
                double d = Math.hypot(px - sc.x(i), py - sc.y(i));
                if (d <= sc.radius(i) && d < best) {
                    best = d;
                    expected = i;
                }
            }
            assertThat(idx.nodeAt(px, py)).as("query %d", q).isEqualTo(expected);
            int e = idx.edgeAt(px, py, 30);
            double nearest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < sc.edgeCount(); k++) nearest = Math.min(nearest, new EdgeGeometry().compute(sc, k).distance(sc, k, px, py));
            if (nearest <= 30) assertThat(new EdgeGeometry().compute(sc, e).distance(sc, e, px, py)).isEqualTo(nearest);
            else assertThat(e).isEqualTo(-1);
        }
    }

    @Test
    void farOutliersDoNotBreakTheGrid() {
        RenderScene sc = Scenes.random(2000, 2000, 1000, 4);
        sc.setPosition(0, 1e9, -1e9);
        sc.setPosition(1, -1e9, 1e9);
        SpatialIndex idx = SpatialIndex.build(sc);
        assertThat(idx.nodeAt(1e9, -1e9)).isEqualTo(0);
        assertThat(idx.nodeAt(sc.x(500), sc.y(500))).isNotEqualTo(-1);
        int e = 0;
        while (sc.from(e) < 2 || sc.to(e) < 2 || sc.from(e) == sc.to(e)) e++;
        EdgeGeometry g = new EdgeGeometry().compute(sc, e);
        double mx = EdgeGeometry.quad(sc.x(sc.from(e)), g.cx, sc.x(sc.to(e)), 0.5);
        double my = EdgeGeometry.quad(sc.y(sc.from(e)), g.cy, sc.y(sc.to(e)), 0.5);
        int hit = idx.edgeAt(mx, my, 1);
        assertThat(hit).isNotEqualTo(-1);
        assertThat(new EdgeGeometry().compute(sc, hit).distance(sc, hit, mx, my)).isLessThanOrEqualTo(1);
    }

    @Test
    void pointsOnEdgesFindTheNearestEdgeLikeBruteForce() {
        RenderScene sc = Scenes.random(1500, 3000, 3000, 21);
        SpatialIndex idx = SpatialIndex.build(sc);
        Random r = new Random(8);
        EdgeGeometry g = new EdgeGeometry();
        for (int q = 0; q < 1500; q++) {
            int e = r.nextInt(sc.edgeCount());
            g.compute(sc, e);
            double t = r.nextDouble();
            double px, py;
            if (g.loop) {
                px = g.loopX + g.loopR * Math.cos(t * 6.28);
                py = g.loopY + g.loopR * Math.sin(t * 6.28);
            } else {
                px = EdgeGeometry.quad(sc.x(sc.from(e)), g.cx, sc.x(sc.to(e)), t) + r.nextGaussian();
                py = EdgeGeometry.quad(sc.y(sc.from(e)), g.cy, sc.y(sc.to(e)), t) + r.nextGaussian();
            }
            double tol = 0.5 + r.nextDouble() * 4;
            double nearest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < sc.edgeCount(); k++) nearest = Math.min(nearest, g.compute(sc, k).distance(sc, k, px, py));
            int hit = idx.edgeAt(px, py, tol);
            if (nearest <= tol) assertThat(g.compute(sc, hit).distance(sc, hit, px, py)).as("query %d", q).isEqualTo(nearest);
            else assertThat(hit).isEqualTo(-1);
        }
    }

    @Test
    void indexBuiltFromASnapshotAnswersLikeTheSceneAtCopyTimeEvenAfterItChanges() {
        RenderScene sc = Scenes.random(1500, 2500, 2000, 31);
        for (int i = 0; i < 100; i++) sc.setNodeVisible(i * 7, false);
        for (int e = 0; e < 200; e++) sc.setEdgeVisible(e * 5, false);
        sc.setRadiusOverride(3, 60);
        SpatialIndex direct = SpatialIndex.build(sc);
        Random r = new Random(3);
        double[][] queries = new double[3000][];
        int[][] expected = new int[queries.length][];
        int nodeHits = 0;
        for (int q = 0; q < queries.length; q++) {
            double px = r.nextDouble() * 2000, py = r.nextDouble() * 2000;
            queries[q] = new double[] {px, py};
            expected[q] = new int[] {direct.nodeAt(px, py), direct.edgeAt(px, py, 6)};
            if (expected[q][0] >= 0) nodeHits++;
        }
        HitSnapshot copy = HitSnapshot.of(sc);
        sc.setAllVisible(true); // later changes on the "UI thread" must not reach the copy
        for (int i = 0; i < sc.nodeCount(); i++) sc.setPosition(i, sc.x(i) + 50, sc.y(i));
        SpatialIndex fromCopy = copy.buildIndex();
        for (int q = 0; q < queries.length; q++) {
            assertThat(fromCopy.nodeAt(queries[q][0], queries[q][1])).as("node query %d", q).isEqualTo(expected[q][0]);
            assertThat(fromCopy.edgeAt(queries[q][0], queries[q][1], 6)).as("edge query %d", q).isEqualTo(expected[q][1]);
        }
        assertThat(nodeHits).isGreaterThan(100);
    }
}
