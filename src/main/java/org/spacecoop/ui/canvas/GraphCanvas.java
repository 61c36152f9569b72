package org.spacecoop.ui.canvas;

import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import org.jgrapht.Graph;
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.render.FrameStats;
import org.spacecoop.core.render.GraphPainter;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.ScenePositions;
import org.spacecoop.core.render.LegendPainter;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.SpatialIndex;
import org.spacecoop.core.render.Viewport;
import org.spacecoop.ui.common.Subscriptions;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.state.Selection;

/**
 * The graph on a JavaFX Canvas that resizes with this region. Paints through the shared {@link GraphPainter} at
 * most once per pulse, when the scene or the view changed. Input handling lives in {@link CanvasInput}; this class
 * holds the scene, the viewport and the mapping to the view model.
 */
public final class GraphCanvas extends Region {

    static final double FIT_MARGIN = 40;
    static final double ZOOM_STEP = 1.25;
    /** Extra pixels around a node that still hit it. */
    static final double NODE_SLOP_PX = 3;
    /** How far (px) from an edge's line a click still selects it. */
    static final double EDGE_SLOP_PX = 5;

    private final ExplorerViewModel vm;
    private final Canvas canvas = new Canvas();
    private final HoverTooltip tooltip = new HoverTooltip();
    private final GraphPainter painter = new GraphPainter();
    private final FxCanvasSurface surface;
    private final ReadOnlyObjectWrapper<GraphScene> graphScene = new ReadOnlyObjectWrapper<>(this, "graphScene");
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport", Viewport.IDENTITY);
    private final HitIndexKeeper hits;
    private NodeDragListener onNodeDragged = (i, x, y) -> { };
    private final RepaintPacer pacer = new RepaintPacer();
    private final Subscriptions subscriptions = new Subscriptions();
    private final AnimationTimer timer;
    private boolean fittingForLayout;
    /** The scene built for the graph being loaded, in the loading task (see {@link ExplorerViewModel#addPreparation}). */
    private volatile Prepared prepared;
    private record Prepared(CooperationGraph graph, GraphScene scene) { }
    private boolean moving;
    private boolean holdFrames;
    private boolean userMovedView;
    private Insets fitInsets = Insets.EMPTY;
    private long paintCount;
    private FrameStats lastStats;
    private final ReadOnlyObjectWrapper<LegendPainter.Content> legendContent = new ReadOnlyObjectWrapper<>(this, "legendContent");

    public GraphCanvas(ExplorerViewModel vm) {
        this.vm = vm;
        this.hits = new HitIndexKeeper(vm.work().executor());
        setId("graph-canvas");
        getStyleClass().add("graph-canvas");
        setFocusTraversable(true);
        setMinSize(100, 100);
        setPrefSize(900, 650);
        surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
        getChildren().addAll(canvas, tooltip.label());
        new CanvasInput(this, vm).install();

        subscriptions.add(vm.addPreparation(g -> prepared = new Prepared(g, GraphScene.of(g))));
        subscriptions.onChange(vm.graphProperty(), (a, g) -> rebuild(g));
        subscriptions.onChange(vm.visibleGraphProperty(), (a, v) -> {
            GraphScene gs = graphScene.get();
            if (gs != null && v != null) showVisible(gs, v);
            positionsChanged();
        });
        subscriptions.onChange(vm.selectionProperty(), (a, s) -> showSelection(s));
        subscriptions.add(vm.addCentreListener(this::centreOn));
        viewport.addListener((o, a, b) -> {
            if (!fittingForLayout) markDirty();
        });
        if (vm.getGraph() != null) rebuild(vm.getGraph());

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pacer.pulse(now);
                paintIfNeeded(now);
            }
        };
        subscriptions.onChange(sceneProperty(), (a, sc) -> {
            if (sc == null) timer.stop();
            else timer.start();
        });
    }

    /** Stops following the explorer and stops painting (the window is closing). */
    public void dispose() {
        subscriptions.unsubscribeAll();
        timer.stop();
    }

    // ---- scene

    private void rebuild(CooperationGraph g) {
        Prepared ready = prepared;
        prepared = null;
        GraphScene gs = g == null ? null : ready != null && ready.graph() == g ? ready.scene() : GraphScene.of(g);
        if (vm.isRevising()) ScenePositions.keep(graphScene.get(), gs, viewport.get(), getWidth(), getHeight()); // an edit
        if (gs != null && vm.getVisibleGraph() != null) showVisible(gs, vm.getVisibleGraph());
        hits.newScene(gs);
        graphScene.set(gs);
        markDirty();
    }

    /** Shows the view; a filter's bit-set predicates are far cheaper than asking its MaskSubgraph per element. */
    private void showVisible(GraphScene gs, Graph<Entity, Relation> view) {
        FilteredGraph f = vm.filterOf(view);
        if (f != null) gs.showOnly(f.vertexPredicate(), f.edgePredicate());
        else gs.showOnly(view);
    }

    private void showSelection(Selection s) {
        GraphScene gs = graphScene.get();
        if (gs == null) return;
        RenderScene scene = gs.scene();
        if (s instanceof Selection.Node n) scene.selectNode(gs.indexOf(n.entity()));
        else if (s instanceof Selection.Edge e) scene.selectEdge(gs.indexOf(e.relation()));
        else scene.clearSelection();
        markDirty();
    }

    /** The scene drawn (structure, positions, visibility), null before a graph is loaded. */
    public GraphScene graphScene() {
        return graphScene.get();
    }

    public ReadOnlyObjectProperty<GraphScene> graphSceneProperty() {
        return graphScene.getReadOnlyProperty();
    }

    /** The painter (palette, label size); call {@link #markDirty()} after changing it. */
    public GraphPainter painter() {
        return painter;
    }

    public void setOnNodeDragged(NodeDragListener listener) {
        this.onNodeDragged = listener;
    }

    NodeDragListener nodeDragListener() {
        return onNodeDragged;
    }

    // ---- view

    public Viewport viewport() {
        return viewport.get();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public void setViewport(Viewport v) {
        viewport.set(v);
    }

    /** Shows every visible node, in the part of the canvas not covered by overlays (see {@link #setOverlay}). */
    public void fitToView() {
        GraphScene gs = graphScene.get();
        if (gs == null || getWidth() <= 0 || getHeight() <= 0) return;
        Viewport.Bounds b = gs.scene().visibleBounds();
        if (b.isEmpty()) return;
        Insets in = fitInsets;
        double w = getWidth() - in.getLeft() - in.getRight(), h = getHeight() - in.getTop() - in.getBottom();
        if (w < getWidth() / 2 || h < getHeight() / 2) {
            viewport.set(Viewport.fit(b, getWidth(), getHeight(), FIT_MARGIN));
        } else {
            viewport.set(Viewport.fit(b, w, h, FIT_MARGIN).panBy(in.getLeft(), in.getTop()));
        }
    }

    /**
     * The part of the canvas an overlay at its left (the legend) covers, or null for none: fitting keeps the graph
     * to its right, and labels keep out of it.
     */
    public void setOverlay(Bounds area) {
        fitInsets = area == null ? Insets.EMPTY : new Insets(0, 0, 0, area.getMaxX());
        if (area == null) painter.labelFreeArea(0, 0, 0, 0);
        else painter.labelFreeArea(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        markDirty();
    }

    public void zoomIn() {
        zoomAround(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAround(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    /** Zooms keeping the world point under (x, y) (canvas coordinates) in place. */
    public void zoomAround(double factor, double x, double y) {
        userMovedView = true;
        viewport.set(viewport.get().zoomAround(factor, x, y));
    }

    public void panBy(double dx, double dy) {
        userMovedView = true;
        viewport.set(viewport.get().panBy(dx, dy));
    }

    /** Moves the view so the entity is in the middle; zooms in if the graph is shown too small to read. */
    public void centreOn(Entity e) {
        GraphScene gs = graphScene.get();
        int i = gs == null ? -1 : gs.indexOf(e);
        if (i < 0) return;
        userMovedView = true;
        Viewport v = viewport.get();
        if (v.scale() < 0.8) v = new Viewport(1, v.translateX(), v.translateY());
        viewport.set(v.centerOn(gs.scene().x(i), gs.scene().y(i), getWidth() / 2, getHeight() / 2));
    }

    /** Where the entity is drawn, in this region's coordinates (tests click there); empty if not in the scene. */
    public Optional<Point2D> screenPointOf(Entity e) {
        GraphScene gs = graphScene.get();
        int i = gs == null ? -1 : gs.indexOf(e);
        if (i < 0) return Optional.empty();
        Viewport v = viewport.get();
        return Optional.of(new Point2D(v.toScreenX(gs.scene().x(i)), v.toScreenY(gs.scene().y(i))));
    }

    /** The middle between a relation's ends, in this region's coordinates (on the line for a lone, straight edge). */
    public Optional<Point2D> screenPointOf(Relation r) {
        GraphScene gs = graphScene.get();
        int e = gs == null ? -1 : gs.indexOf(r);
        if (e < 0) return Optional.empty();
        RenderScene s = gs.scene();
        Viewport v = viewport.get();
        return Optional.of(new Point2D(v.toScreenX((s.x(s.from(e)) + s.x(s.to(e))) / 2),
                v.toScreenY((s.y(s.from(e)) + s.y(s.to(e))) / 2)));
    }

    /** The node index under the point (region coordinates), or -1. */
    public int nodeAt(double x, double y) {
        SpatialIndex index = hitIndex();
        int i = index == null ? -1 : index.nodeAtScreen(viewport.get(), x, y, NODE_SLOP_PX);
        return i >= 0 && graphScene.get().scene().isNodeVisible(i) ? i : -1; // a previous index may know hidden ones
    }

    /** The edge index within a few pixels of the point (region coordinates), or -1. */
    public int edgeAt(double x, double y) {
        SpatialIndex index = hitIndex();
        int e = index == null ? -1 : index.edgeAtScreen(viewport.get(), x, y, EDGE_SLOP_PX);
        return e >= 0 && graphScene.get().scene().isEdgeVisible(e) ? e : -1;
    }

    /** Tells the canvas that node positions or visibility changed (a drag, a filter): repaint now, re-index. */
    public void positionsChanged() {
        hits.positionsChanged();
        markDirty();
    }

    /**
     * Tells the canvas that the running layout moved the nodes (and whether to fit the view to them). Unlike a
     * user's change, this repaint waits while the last frame was costly (see {@link RepaintPacer}).
     */
    public void layoutMoved(boolean fit) {
        hits.positionsChanged();
        pacer.layoutMoved();
        if (!fit) return;
        fittingForLayout = true;
        try {
            fitToView();
        } finally {
            fittingForLayout = false;
        }
    }

    /**
     * While the layout moves the nodes, frames draw at most a quarter of the usual edge ink (see
     * {@link GraphPainter#EDGE_INK_BUDGET}): the picture changes every few hundred milliseconds, edges are long until
     * it unfolds, and the user is waiting for it to settle; the full picture comes with the last snapshot.
     */
    public void setMoving(boolean moving) {
        if (this.moving == moving) return;
        this.moving = moving;
        painter.edgeInkBudget(moving ? GraphPainter.EDGE_INK_BUDGET / 4 : GraphPainter.EDGE_INK_BUDGET);
        markDirty();
    }

    public boolean isMoving() {
        return moving;
    }

    /**
     * Holds frames back until a new scene's nodes have their first positions (the layout's start is built off the FX
     * thread): until then they all sit at the origin, and drawing 50,000 full-size discs on one spot costs seconds.
     */
    public void holdFrames(boolean hold) {
        holdFrames = hold;
        if (!hold) markDirty();
    }

    /** What the last frame cost, pulse to pulse (tests set it; the pulse timer measures it). */
    void frameCost(long nanos) {
        pacer.frameCost(nanos);
    }

    private SpatialIndex hitIndex() {
        return hits.current();
    }

    /** True once the user zoomed or panned: the layout then stops fitting the view as it settles. */
    public boolean userMovedView() {
        return userMovedView;
    }

    public void setUserMovedView(boolean moved) {
        userMovedView = moved;
    }

    void showTooltip(int node, double x, double y) {
        GraphScene gs = graphScene.get();
        tooltip.show(gs == null || node < 0 ? null : gs.entity(node), x, y, getWidth(), getHeight());
    }

    public Label tooltipLabel() {
        return tooltip.label();
    }

    // ---- painting

    /** Asks for a repaint at the next pulse. */
    public void markDirty() {
        pacer.markDirty();
    }

    /** Number of frames painted so far (tests check that events are coalesced). */
    public long paintCount() {
        return paintCount;
    }

    public FrameStats lastFrameStats() {
        return lastStats;
    }

    /** Paints now if anything changed since the last frame. */
    public void paintIfNeeded() {
        paintIfNeeded(System.nanoTime());
    }

    /** Called once per pulse ({@code now}: the pulse's time); layout-only changes may wait (see {@link #layoutMoved}). */
    void paintIfNeeded(long now) {
        GraphScene gs = graphScene.get();
        if (holdFrames || !pacer.paintNow(now, gs == null ? -1 : gs.scene().version())) return;
        paintCount++;
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (gs == null) {
            surface.setGlobalAlpha(1);
            surface.setFill(painter.palette().background());
            surface.fillRect(0, 0, w, h);
            return;
        }
        lastStats = painter.paint(surface, gs.scene(), viewport.get(), w, h);
        LegendPainter.Content c = LegendPainter.Content.of(gs.scene());
        if (!c.equals(legendContent.get())) legendContent.set(c);
    }

    /** What the legend must list for the last frame: the same content an exported image's legend draws. */
    public ReadOnlyObjectProperty<LegendPainter.Content> legendContentProperty() {
        return legendContent.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth()), h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            boolean first = canvas.getWidth() == 0 || canvas.getHeight() == 0;
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (first || !userMovedView) fitToView();
            markDirty();
        }
    }
}
