package org.spacecoop.ui.analytics;

import java.util.BitSet;
import java.util.Map;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.ui.canvas.GraphCanvas;

/** Puts the analytics decoration (radii, colours, highlight) on the canvas's scene whenever either changes. */
final class SceneDecorator {

    private final AnalyticsViewModel vm;
    private final GraphCanvas canvas;

    private SceneDecorator(AnalyticsViewModel vm, GraphCanvas canvas) {
        this.vm = vm;
        this.canvas = canvas;
    }

    static void install(AnalyticsViewModel vm, GraphCanvas canvas) {
        SceneDecorator d = new SceneDecorator(vm, canvas);
        vm.measures().radiiProperty().addListener((o, a, b) -> d.applySizes());
        vm.measures().coloursProperty().addListener((o, a, b) -> d.applyColours());
        vm.highlightProperty().addListener((o, a, b) -> d.applyHighlight());
        vm.measures().edgeWidthByProperty().addListener((o, a, b) -> d.applyEdgeWidths());
        canvas.graphSceneProperty().addListener((o, a, b) -> d.applyAll());
        d.applyAll();
    }

    private void applyAll() {
        applySizes();
        applyColours();
        applyHighlight();
        applyEdgeWidths();
    }

    private void applyEdgeWidths() {
        GraphScene gs = canvas.graphScene();
        if (gs == null) return;
        gs.sizeEdgesBy(vm.measures().edgeWidthValues());
        applyLegend(gs);
        canvas.markDirty();
    }

    /** The legend says what the colours, sizes and widths now drawn mean (on screen and in exports). */
    private void applyLegend(GraphScene gs) {
        var view = vm.explorer().getVisibleGraph();
        gs.scene().setLegendKey(view == null ? null : LegendKeys.of(vm.measures(), view));
    }

    private void applySizes() {
        GraphScene gs = canvas.graphScene();
        if (gs == null) return;
        RenderScene scene = gs.scene();
        scene.clearRadiusOverrides();
        for (Map.Entry<Entity, Double> e : vm.measures().radiiProperty().get().entrySet()) {
            int i = gs.indexOf(e.getKey());
            if (i >= 0) scene.setRadiusOverride(i, e.getValue());
        }
        applyLegend(gs);
        canvas.markDirty();
    }

    private void applyColours() {
        GraphScene gs = canvas.graphScene();
        if (gs == null) return;
        RenderScene scene = gs.scene();
        scene.clearColorOverrides();
        for (Map.Entry<Entity, Integer> e : vm.measures().coloursProperty().get().entrySet()) {
            int i = gs.indexOf(e.getKey());
            if (i >= 0) scene.setColorOverride(i, e.getValue());
        }
        applyLegend(gs);
        canvas.markDirty();
    }

    private void applyHighlight() {
        GraphScene gs = canvas.graphScene();
        if (gs == null) return;
        Highlight h = vm.highlightProperty().get();
        BitSet nodes = new BitSet();
        BitSet edges = new BitSet();
        for (Entity e : h.entities()) {
            int i = gs.indexOf(e);
            if (i >= 0) nodes.set(i);
        }
        for (Relation r : h.relations()) {
            int i = gs.indexOf(r);
            if (i >= 0) edges.set(i);
        }
        gs.scene().setHighlight(nodes, edges);
        canvas.markDirty();
    }
}
