package org.spacecoop.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

class GraphPainterTest {

    private final GraphPainter painter = new GraphPainter();

    private static RenderScene threeNodes() {
        return RenderScene.builder(4, 3)
                .node(0, "a", "Alpha", EntityKind.Family.COUNTRY, 3, 10).position(0, 100, 100)
                .node(1, "b", "Beta", EntityKind.Family.PROGRAM, 2, 10).position(1, 300, 200)
                .node(2, "c", "Gamma", EntityKind.Family.COUNTRY, 1, 10).position(2, 5000, 5000)
                .node(3, "d", "Delta", EntityKind.Family.COUNTRY, 1, 10).position(3, 6000, 5000)
                .edge(0, "ab", 0, 1, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "bc", 1, 2, RelationType.Family.MEMBERSHIP, Status.PLANNED)
                .edge(2, "cd", 2, 3, RelationType.Family.MEMBERSHIP, Status.ACTIVE)
                .build();
    }

    @Test
    void offScreenNodesAndEdgesAreNotDrawn() {
        RecordingSurface s = new RecordingSurface(true);
        FrameStats st = painter.paint(s, threeNodes(), Viewport.IDENTITY, 800, 600);
        assertThat(st.nodesDrawn()).isEqualTo(2);
        // ab lies in view; bc leaves the view but starts in it; cd is entirely outside.
        assertThat(st.edgesDrawn()).isEqualTo(2);
        assertThat(s.groupIds()).contains("a", "b", "ab", "bc").doesNotContain("c", "d", "cd");
        assertThat(s.of("fillCircle")).hasSize(1);
        assertThat(s.of("fillRoundRect").stream().filter(c -> c.args()[2] == c.args()[3])).hasSize(1);
    }

    @Test
    void withoutLevelOfDetailEveryVisibleElementIsDrawn() {
        GraphPainter plain = new GraphPainter().levelOfDetail(false);
        FrameStats st = plain.paint(new RecordingSurface(true), threeNodes(), Viewport.IDENTITY, 800, 600);
        assertThat(st.nodesDrawn()).isEqualTo(4);
        assertThat(st.edgesDrawn()).isEqualTo(3);

        RenderScene sc = Scenes.random(300, 2000, 1000, 3);
        Viewport far = new Viewport(0.05, 10, 10);
        RecordingSurface s = new RecordingSurface();
        FrameStats all = plain.paint(s, sc, far, 1000, 1000);
        assertThat(all.edgesBatched()).isFalse();
        assertThat(all.labelsShown()).isTrue();
        assertThat(s.of("strokePath")).hasSize(2000);
        FrameStats lod = painter.paint(new RecordingSurface(), sc, far, 1000, 1000);
        assertThat(lod.edgesBatched()).isTrue();
        assertThat(lod.labelsShown()).isFalse();
    }

    @Test
    void overTheEdgeBudgetTheEdgesBetweenHubsAreKept() {
        RenderScene sc = Scenes.random(300, 2000, 1000, 3);
        RecordingSurface s = new RecordingSurface(true);
        FrameStats st = new GraphPainter().edgeBudget(500).paint(s, sc, Viewport.fit(sc.visibleBounds(), 1000, 1000, 10), 1000, 1000);
        assertThat(st.edgesDrawn()).isEqualTo(500);
        java.util.Set<String> drawn = new java.util.HashSet<>(s.groupIds());
        int weakestKept = Integer.MAX_VALUE, strongestLeft = Integer.MIN_VALUE;
        for (int e = 0; e < sc.edgeCount(); e++) {
            int p = Math.min(sc.priority(sc.from(e)), sc.priority(sc.to(e)));
            if (drawn.contains(sc.edgeId(e))) weakestKept = Math.min(weakestKept, p);
            else strongestLeft = Math.max(strongestLeft, p);
        }
        assertThat(weakestKept).isGreaterThanOrEqualTo(strongestLeft);
        // Under the budget (zoomed in) every edge in view is drawn; so are all edges when the budget is lifted.
        assertThat(new GraphPainter().edgeBudget(Integer.MAX_VALUE).paint(new RecordingSurface(), sc,
                Viewport.fit(sc.visibleBounds(), 1000, 1000, 10), 1000, 1000).edgesDrawn()).isEqualTo(2000);
    }

    @Test
    void tinyNodesAreSquaresOnScreenSurfacesOnly() {
        RenderScene sc = Scenes.chain(100, 40);
        Viewport far = new Viewport(0.05, 10, 10);
        RecordingSurface screen = new RecordingSurface();
        painter.paint(screen, sc, far, 1000, 1000);
        assertThat(screen.of("fillRect")).hasSize(1 + 100); // the background, then one square per node
        assertThat(screen.of("fillCircle")).isEmpty();
        RecordingSurface svg = new RecordingSurface(true);
        painter.paint(svg, sc, far, 1000, 1000);
        assertThat(svg.of("fillRect")).hasSize(1);
    }

    @Test
    void hiddenNodesHideTheirEdges() {
        RenderScene sc = threeNodes();
        sc.setNodeVisible(1, false);
        RecordingSurface s = new RecordingSurface(true);
        FrameStats st = painter.paint(s, sc, Viewport.IDENTITY, 800, 600);
        assertThat(st.nodesDrawn()).isEqualTo(1);
        assertThat(st.edgesDrawn()).isZero();
    }

    @Test
    void labelsAreSkippedWhenNodesAreTiny() {
        RenderScene sc = Scenes.chain(100, 40);
        RecordingSurface far = new RecordingSurface();
        FrameStats st = painter.paint(far, sc, new Viewport(0.2, 10, 10), 1000, 1000);
        assertThat(st.nodesDrawn()).isEqualTo(100);
        assertThat(st.labelsShown()).isFalse();
        assertThat(far.texts()).isEmpty();

        RecordingSurface near = new RecordingSurface();
        FrameStats st2 = painter.paint(near, sc, new Viewport(2, 10, 10), 1000, 1000);
        assertThat(st2.labelsShown()).isTrue();
        assertThat(near.texts()).isNotEmpty().hasSize(st2.labelsDrawn());
    }

    @Test
    void zoomedOutTheSelectedNodeAndTheHubsKeepTheirLabels() {
        RenderSceneBuilder b = RenderScene.builder(70, 0);
        for (int i = 0; i < 70; i++) {
            b.node(i, "n" + i, i == 0 ? "Hub" : "N" + i, EntityKind.Family.COUNTRY, i == 0 ? 50 : 1, i == 0 ? 60 : 8)
                    .position(i, (i % 10) * 600, (i / 10) * 600);
        }
        RenderScene sc = b.build();
        sc.selectNode(5);
        RecordingSurface far = new RecordingSurface();
        // Mean radius 8.7 × 0.15 = 1.3 px: below the label level of detail; the hub is 9 px on screen.
        FrameStats st = painter.paint(far, sc, new Viewport(0.15, 50, 50), 1000, 1000);
        assertThat(st.labelsShown()).isFalse();
        assertThat(far.texts()).containsExactlyInAnyOrder("N5", "Hub");
    }

    @Test
    void arrowheadsOnlyOnLongEnoughEdges() {
        RenderScene sc = RenderScene.builder(4, 2)
                .node(0, "a", "", EntityKind.Family.COUNTRY, 1, 3).position(0, 10, 10)
                .node(1, "b", "", EntityKind.Family.COUNTRY, 1, 3).position(1, 20, 10)
                .node(2, "c", "", EntityKind.Family.COUNTRY, 1, 3).position(2, 10, 100)
                .node(3, "d", "", EntityKind.Family.COUNTRY, 1, 3).position(3, 200, 100)
                .edge(0, "short", 0, 1, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "long", 2, 3, RelationType.Family.HARDWARE, Status.ACTIVE)
                .build();
        FrameStats st = painter.paint(new RecordingSurface(), sc, Viewport.IDENTITY, 400, 400);
        assertThat(st.arrowsDrawn()).isEqualTo(1);
        // Zoomed in 5×, the short edge is 50 px long and gets its arrow too.
        FrameStats zoomed = painter.paint(new RecordingSurface(), sc, new Viewport(5, 0, 0), 2000, 2000);
        assertThat(zoomed.arrowsDrawn()).isEqualTo(2);
    }

    @Test
    void undirectedScenesGetNoArrowheadsAndWeightedEdgesTheirOwnWidths() {
        RenderScene directed = Scenes.chain(2, 200);
        assertThat(painter.paint(new RecordingSurface(), directed, Viewport.IDENTITY, 400, 400).arrowsDrawn()).isEqualTo(1);
        RenderScene sc = RenderScene.builder(3, 2).directed(false)
                .node(0, "a", "", EntityKind.Family.COUNTRY, 1, 3).position(0, 10, 10)
                .node(1, "b", "", EntityKind.Family.COUNTRY, 1, 3).position(1, 200, 10)
                .node(2, "c", "", EntityKind.Family.COUNTRY, 1, 3).position(2, 200, 200)
                .edge(0, "ab", 0, 1, RelationType.Family.OTHER, Status.ACTIVE)
                .edge(1, "bc", 1, 2, RelationType.Family.OTHER, Status.ACTIVE)
                .build();
        sc.setEdgeWidths(new float[] {1, 4});
        RecordingSurface s = new RecordingSurface(true);
        FrameStats st = painter.paint(s, sc, Viewport.IDENTITY, 400, 400);
        assertThat(st.arrowsDrawn()).isZero();
        assertThat(s.of("fillPolygon")).isEmpty();
        // ACTIVE edges are 1.6 px; the second is sized 4×
        assertThat(s.of("setLineWidth")).extracting(c -> c.args()[0]).contains(1.6, 6.4);
    }

    @Test
    void manyEdgesAreBatchedPerStyle() {
        RenderScene sc = Scenes.random(300, 2000, 1000, 3);
        RecordingSurface s = new RecordingSurface();
        FrameStats st = painter.paint(s, sc, Viewport.fit(sc.visibleBounds(), 1000, 1000, 10), 1000, 1000);
        assertThat(st.edgesBatched()).isTrue();
        assertThat(st.edgesDrawn()).isEqualTo(2000);
        // At most one stroked path per style (7 statuses × 8 families), far fewer than edges.
        assertThat(s.of("strokePath").size()).isLessThanOrEqualTo(7 * 8);
        assertThat(s.of("moveTo").size()).isGreaterThanOrEqualTo(2000);
    }

    @Test
    void overlappingLabelsKeepTheHigherDegreeUntilZoomedIn() {
        RenderScene sc = RenderScene.builder(2, 0)
                .node(0, "low", "Low degree", EntityKind.Family.COUNTRY, 1, 5).position(0, 0, 0)
                .node(1, "high", "High degree", EntityKind.Family.COUNTRY, 9, 5).position(1, 12, 3)
                .build();
        RecordingSurface s = new RecordingSurface();
        FrameStats st = painter.paint(s, sc, new Viewport(1, 200, 200), 400, 400);
        assertThat(s.texts()).containsExactly("High degree");
        assertThat(st.labelsHidden()).isEqualTo(1);

        RecordingSurface zoomed = new RecordingSurface();
        painter.paint(zoomed, sc, new Viewport(12, 100, 100), 800, 800);
        assertThat(zoomed.texts()).containsExactlyInAnyOrder("High degree", "Low degree");
    }

    @Test
    void labelsKeepOutOfTheLabelFreeAreaUnlessTheirNodeIsSelected() {
        RenderScene sc = RenderScene.builder(2, 0)
                .node(0, "left", "Under the legend", EntityKind.Family.COUNTRY, 1, 5).position(0, 0, 0)
                .node(1, "right", "In the clear", EntityKind.Family.COUNTRY, 1, 5).position(1, 300, 0)
                .build();
        // the first label spans about x 150-250, y 207-223 on screen: the area reaches 10 px into it
        painter.labelFreeArea(0, 0, 160, 400);
        RecordingSurface s = new RecordingSurface();
        FrameStats st = painter.paint(s, sc, new Viewport(1, 200, 200), 800, 400);
        assertThat(s.texts()).containsExactly("In the clear");
        assertThat(st.labelsHidden()).isEqualTo(1);

        sc.selectNode(0);
        RecordingSurface selected = new RecordingSurface();
        painter.paint(selected, sc, new Viewport(1, 200, 200), 800, 400);
        assertThat(selected.texts()).containsExactlyInAnyOrder("Under the legend", "In the clear");

        sc.selectNode(-1);
        painter.labelFreeArea(0, 0, 0, 0); // cleared
        RecordingSurface cleared = new RecordingSurface();
        painter.paint(cleared, sc, new Viewport(1, 200, 200), 800, 400);
        assertThat(cleared.texts()).containsExactlyInAnyOrder("Under the legend", "In the clear");
    }

    @Test
    void selectedNodeLabelWinsOverHigherDegree() {
        RenderScene sc = RenderScene.builder(2, 0)
                .node(0, "low", "Low degree", EntityKind.Family.COUNTRY, 1, 5).position(0, 0, 0)
                .node(1, "high", "High degree", EntityKind.Family.COUNTRY, 9, 5).position(1, 12, 3)
                .build();
        sc.selectNode(0);
        RecordingSurface s = new RecordingSurface();
        painter.paint(s, sc, new Viewport(1, 200, 200), 400, 400);
        assertThat(s.texts()).containsExactly("Low degree");
    }

    @Test
    void parallelEdgesGetDistinctCurves() {
        RenderScene sc = RenderScene.builder(2, 3)
                .node(0, "a", "A", EntityKind.Family.COUNTRY, 3, 5).position(0, 0, 0)
                .node(1, "b", "B", EntityKind.Family.COUNTRY, 3, 5).position(1, 100, 0)
                .edge(0, "ab1", 0, 1, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "ab2", 0, 1, RelationType.Family.MEMBERSHIP, Status.ACTIVE)
                .edge(2, "ba", 1, 0, RelationType.Family.TRANSPORT, Status.ACTIVE)
                .build();
        assertThat(sc.parallelCount(0)).isEqualTo(3);
        EdgeGeometry g = new EdgeGeometry();
        double[] cy = new double[3];
        for (int e = 0; e < 3; e++) cy[e] = g.compute(sc, e).cy;
        assertThat(cy).doesNotHaveDuplicates();
        // One straight in the middle, one bent up, one bent down.
        assertThat(cy).contains(0.0);
        assertThat(Math.signum(cy[0]) * Math.signum(cy[2])).isEqualTo(-1);
        RecordingSurface s = new RecordingSurface(true);
        painter.paint(s, sc, new Viewport(1, 50, 100), 300, 200);
        assertThat(s.of("quadTo")).hasSize(2);
    }

    @Test
    void selfLoopsAreDrawnAsLoopsAboveTheNode() {
        RenderScene sc = RenderScene.builder(1, 2)
                .node(0, "a", "A", EntityKind.Family.COUNTRY, 3, 10).position(0, 0, 0)
                .edge(0, "aa1", 0, 0, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "aa2", 0, 0, RelationType.Family.HARDWARE, Status.ACTIVE)
                .build();
        EdgeGeometry g = new EdgeGeometry();
        double r0 = g.compute(sc, 0).loopR;
        assertThat(g.loop).isTrue();
        assertThat(g.loopY).isLessThan(0);
        assertThat(g.compute(sc, 1).loopR).isGreaterThan(r0);
        FrameStats st = painter.paint(new RecordingSurface(), sc, new Viewport(1, 100, 100), 200, 200);
        assertThat(st.edgesDrawn()).isEqualTo(2);
    }

    @Test
    void hoverFadesNonNeighbours() {
        RenderScene sc = threeNodes();
        sc.setPosition(2, 500, 100);
        sc.setPosition(3, 700, 100);
        sc.setHoverNode(0);
        RecordingSurface s = new RecordingSurface(true);
        painter.paint(s, sc, Viewport.IDENTITY, 800, 600);
        int fillA = fillAfterGroup(s, "a");
        int fillD = fillAfterGroup(s, "d");
        assertThat(Argb.alpha(fillA)).isEqualTo(255);
        assertThat(Argb.alpha(fillD)).isLessThan(128);
        assertThat(Argb.alpha(fillAfterGroup(s, "b"))).isEqualTo(255);
    }

    @Test
    void selectionKeepsItsNeighboursBrightFadesTheRestAndRingsTheNodeAboveItsLabel() {
        RenderScene sc = threeNodes();
        sc.setPosition(2, 500, 100);
        sc.setPosition(3, 700, 100);
        sc.selectNode(0);
        RecordingSurface s = new RecordingSurface(true);
        painter.paint(s, sc, Viewport.IDENTITY, 800, 600);
        assertThat(Argb.alpha(fillAfterGroup(s, "a"))).isEqualTo(255);
        assertThat(Argb.alpha(fillAfterGroup(s, "b"))).isEqualTo(255); // a neighbour
        assertThat(Argb.alpha(fillAfterGroup(s, "d"))).isLessThan(128);
        int label = -1, ring = -1;
        for (int k = 0; k < s.calls.size(); k++) {
            RecordingSurface.Call c = s.calls.get(k);
            if (c.op().equals("fillText") && c.text().equals("Alpha")) label = k;
            if (c.op().equals("beginGroup") && "a-selection".equals(c.id())) ring = k;
        }
        assertThat(label).isPositive();
        assertThat(ring).isGreaterThan(label);
        // the emphasis stays while the selection does, hover or not; clearing it brings the rest back
        sc.clearSelection();
        RecordingSurface after = new RecordingSurface(true);
        painter.paint(after, sc, Viewport.IDENTITY, 800, 600);
        assertThat(Argb.alpha(fillAfterGroup(after, "d"))).isEqualTo(255);
    }

    @Test
    void highlightFadesTheRestAndColourOverrideApplies() {
        RenderScene sc = threeNodes();
        sc.setPosition(2, 500, 100);
        BitSet nodes = new BitSet();
        nodes.set(1);
        sc.setHighlight(nodes, null);
        sc.setColorOverride(1, 0xFF123456);
        RecordingSurface s = new RecordingSurface(true);
        painter.paint(s, sc, Viewport.IDENTITY, 800, 600);
        assertThat(fillAfterGroup(s, "b")).isEqualTo(0xFF123456);
        assertThat(Argb.alpha(fillAfterGroup(s, "a"))).isLessThan(128);
    }

    @Test
    void oneGroupPerVisibleNodeOnGroupingSurfaces() {
        RenderScene sc = Scenes.chain(30, 50);
        RecordingSurface s = new RecordingSurface(true);
        FrameStats st = painter.paint(s, sc, Viewport.fit(sc.visibleBounds(), 800, 800, 20), 800, 800);
        List<RecordingSurface.Call> nodeGroups = s.of("beginGroup").stream().filter(c -> c.text().startsWith("node")).toList();
        assertThat(nodeGroups).hasSize(30);
        assertThat(st.edgesBatched()).isFalse();
        assertThat(s.of("beginGroup").size()).isEqualTo(s.of("endGroup").size());
    }

    @Test
    void overTheBudgetEdgesWithAnEndInViewComeBeforeEdgesCrossingIt() {
        // Hubs 0 and 1 lie far outside the view, joined by an edge across it; leaves 2 and 3 in view.
        RenderScene sc = RenderScene.builder(4, 2)
                .node(0, "h1", "", EntityKind.Family.COUNTRY, 50, 5).position(0, -5000, 100)
                .node(1, "h2", "", EntityKind.Family.COUNTRY, 50, 5).position(1, 5000, 100)
                .node(2, "l1", "", EntityKind.Family.COUNTRY, 1, 5).position(2, 100, 200)
                .node(3, "l2", "", EntityKind.Family.COUNTRY, 1, 5).position(3, 300, 200)
                .edge(0, "hubs", 0, 1, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "leaves", 2, 3, RelationType.Family.HARDWARE, Status.ACTIVE)
                .build();
        RecordingSurface s = new RecordingSurface(true);
        FrameStats st = new GraphPainter().edgeBudget(1).paint(s, sc, Viewport.IDENTITY, 400, 300);
        assertThat(st.edgesDrawn()).isEqualTo(1);
        assertThat(s.groupIds()).contains("leaves").doesNotContain("hubs");
        assertThat(new GraphPainter().edgeBudget(2).paint(new RecordingSurface(), sc, Viewport.IDENTITY, 400, 300)
                .edgesDrawn()).isEqualTo(2);
    }

    @Test
    void zoomedInTheInkBudgetHoldsBackEdgesCrossingTheViewButNotThoseInsideIt() {
        // 40 short edges inside a 400×300 view, 40 long edges crossing it from far outside (about 400 px each).
        var b = RenderScene.builder(160, 80);
        for (int i = 0; i < 40; i++) {
            b.node(2 * i, "in" + i, "", EntityKind.Family.COUNTRY, 1, 2).position(2 * i, 10 + 9 * i, 50);
            b.node(2 * i + 1, "in" + i + "b", "", EntityKind.Family.COUNTRY, 1, 2).position(2 * i + 1, 10 + 9 * i, 60);
            b.edge(i, "inside" + i, 2 * i, 2 * i + 1, RelationType.Family.HARDWARE, Status.ACTIVE);
            b.node(80 + 2 * i, "far" + i, "", EntityKind.Family.COUNTRY, 9, 2).position(80 + 2 * i, -5000, 100 + 4 * i);
            b.node(81 + 2 * i, "far" + i + "b", "", EntityKind.Family.COUNTRY, 9, 2).position(81 + 2 * i, 5000, 100 + 4 * i);
            b.edge(40 + i, "across" + i, 80 + 2 * i, 81 + 2 * i, RelationType.Family.HARDWARE, Status.ACTIVE);
        }
        RenderScene sc = b.build();
        RecordingSurface s = new RecordingSurface(true);
        FrameStats st = new GraphPainter().edgeInkBudget(16000).paint(s, sc, Viewport.IDENTITY, 400, 300);
        long inside = s.groupIds().stream().filter(id -> id.startsWith("inside")).count();
        long across = s.groupIds().stream().filter(id -> id.startsWith("across")).count();
        assertThat(inside).isEqualTo(40); // short edges inside the view do not spend the ink budget
        assertThat(across).isBetween(9L, 10L); // a quarter of the budget, 4,000 px, of 400 px lines
        assertThat(st.edgesDrawn()).isEqualTo(inside + across);
        // without the budget (exports) every edge is drawn
        assertThat(new GraphPainter().edgeInkBudget(Double.POSITIVE_INFINITY)
                .paint(new RecordingSurface(), sc, Viewport.IDENTITY, 400, 300).edgesDrawn()).isEqualTo(80);
    }

    @Test
    void clippedLengthIsTheLengthInsideTheFrame() {
        assertThat(EdgePainter.clippedLength(-100, 50, 500, 50, 400, 300)).isCloseTo(400, within(1e-9));
        assertThat(EdgePainter.clippedLength(10, 10, 40, 50, 400, 300)).isCloseTo(50, within(1e-9));
        assertThat(EdgePainter.clippedLength(-10, -10, -50, 500, 400, 300)).isZero();
        assertThat(EdgePainter.clippedLength(-100, -100, 500, 500, 400, 300)).isCloseTo(300 * Math.sqrt(2), within(1e-9));
    }

    @Test
    void longEdgesAreClippedToTheViewBeforeStroking() {
        RenderScene sc = RenderScene.builder(2, 1)
                .node(0, "a", "", EntityKind.Family.COUNTRY, 1, 5).position(0, -1e6, 100)
                .node(1, "b", "", EntityKind.Family.COUNTRY, 1, 5).position(1, 1e6, 120)
                .edge(0, "ab", 0, 1, RelationType.Family.HARDWARE, Status.PLANNED)
                .build();
        RecordingSurface s = new RecordingSurface();
        FrameStats st = painter.paint(s, sc, Viewport.IDENTITY, 400, 300);
        assertThat(st.edgesDrawn()).isEqualTo(1);
        RecordingSurface.Call move = s.of("moveTo").get(0);
        RecordingSurface.Call line = s.of("lineTo").get(0);
        // Clipped to the view plus a 20 px margin; the start may step back by less than one dash period (11 px).
        assertThat(move.args()[0]).isBetween(-20.0 - 11, -20.0);
        assertThat(line.args()[0]).isCloseTo(420, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(move.args()[1]).isBetween(109.0, 111.0);
    }

    private static int fillAfterGroup(RecordingSurface s, String id) {
        boolean in = false;
        for (RecordingSurface.Call c : s.calls) {
            if (c.op().equals("beginGroup")) in = id.equals(c.id());
            else if (in && c.op().equals("setFill")) return (int) c.args()[0];
        }
        throw new AssertionError("no fill for " + id);
    }
}
