package org.spacecoop.ui.layout;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutGraph;
import org.spacecoop.core.layout.LayoutSettings;
import org.spacecoop.core.layout.Positions;
import org.spacecoop.core.progress.Progress;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.BackgroundTask;
import org.spacecoop.ui.task.Cancellable;
import org.spacecoop.ui.task.TaskProgress;

/**
 * Runs the force layout of the canvas's scene in the background: seeded (the same dataset always gives the same
 * picture), snapshots posted to the canvas as it settles, fit to view at the end unless the user has moved the view
 * meanwhile. Dragged nodes are pinned. Filters do not move anything; "Re-layout" lays out what is visible.
 */
public final class LayoutController {

    public static final long SEED = 20250301L;
    /** The explorer's layout settings (see {@link LayoutSettings#explorer()}). */
    /**
     * The explorer's layout, leaving one core to the window: on two cores a layout on both starved the FX thread and
     * the renderer, and a 50,000-node window answered a click only after up to 5 s. Positions do not depend on the
     * number of threads, so the picture is the one the command line exports.
     */
    static final LayoutSettings SETTINGS = LayoutSettings.explorer()
            .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    /** Iterations between two snapshots shown on screen. */
    static final int SNAPSHOT_EVERY = 8;

    private final ExplorerViewModel vm;
    private final GraphCanvas canvas;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private ForceLayout layout;
    private GraphScene laidOut;
    private Cancellable task = Cancellable.DONE;
    private int generation;

    public LayoutController(ExplorerViewModel vm, GraphCanvas canvas) {
        this.vm = vm;
        this.canvas = canvas;
        canvas.graphSceneProperty().addListener((o, a, gs) -> start(gs));
        canvas.setOnNodeDragged(this::pin);
    }

    /**
     * Starts a fresh layout of a newly loaded scene. The layout's arrays and random start are built in the task, not
     * here: at a million relations that is most of a second the window would otherwise freeze for.
     */
    private void start(GraphScene gs) {
        task.cancel();
        layout = null;
        laidOut = gs;
        canvas.holdFrames(gs != null);
        if (gs == null) return;
        canvas.setUserMovedView(false);
        run(gs, progress -> {
            ForceLayout l = newLayout(gs.scene());
            Positions initial = l.snapshot();
            progress.publish(() -> adopt(gs, l, initial));
            return l;
        });
    }

    /** The scene's structure (never written after construction, so readable off the FX thread) as a layout. */
    private static ForceLayout newLayout(RenderScene s) {
        int m = s.edgeCount();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = s.from(e);
            to[e] = s.to(e);
        }
        double[] radius = new double[s.nodeCount()];
        for (int i = 0; i < radius.length; i++) radius[i] = s.baseRadius(i) + 4; // room for the selection ring
        return new ForceLayout(new LayoutGraph(s.nodeCount(), from, to, radius), SETTINGS, SEED);
    }

    /** Shows the layout's start and lets drags pin into it (on the FX thread). */
    private void adopt(GraphScene gs, ForceLayout l, Positions initial) {
        if (gs != laidOut) return;
        layout = l;
        gs.scene().setPositions(initial.x(), initial.y());
        canvas.positionsChanged();
        canvas.fitToView();
        canvas.holdFrames(false);
    }

    /** Lays out the visible nodes again from where they are (pinned nodes stay). */
    public void relayout() {
        if (layout == null || running.get()) return;
        RenderScene s = laidOut.scene();
        boolean[] flags = new boolean[s.nodeCount()];
        for (int i = 0; i < flags.length; i++) flags[i] = s.isNodeVisible(i);
        ForceLayout l = layout;
        canvas.setUserMovedView(false);
        run(laidOut, progress -> {
            l.setVisible(flags);
            l.reheat(1);
            return l;
        });
    }

    public void unpinAll() {
        if (layout == null) return;
        for (int i = 0; i < layout.graph().nodeCount(); i++) layout.unpin(i);
        vm.setMessage("All nodes unpinned");
    }

    /** Pins a node where the user dropped it (callable while the layout runs). */
    public void pin(int node, double x, double y) {
        if (layout != null) layout.pin(node, x, y);
    }

    public boolean isPinned(int node) {
        return layout != null && layout.isPinned(node);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Prepares the layout to run, in the task. */
    private interface LayoutSource {
        ForceLayout prepare(TaskProgress progress);
    }

    private void run(GraphScene gs, LayoutSource source) {
        running.set(true);
        canvas.setMoving(true);
        int gen = ++generation;
        task = vm.work().run(BackgroundTask.of("Layout", progress -> {
            ForceLayout l = source.prepare(progress);
            l.runToConvergence(l.settings().iterations() * 2, SNAPSHOT_EVERY, new Progress() {
                @Override
                public void update(double done, double total, String message) {
                    Positions snap = l.snapshot();
                    progress.update(done, total, "Layout: " + message);
                    progress.publish(() -> show(gs, snap, false));
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            return l.snapshot();
        }).onSuccess(snap -> show(gs, snap, true))
                .onFailure(e -> {
                    canvas.holdFrames(false);
                    vm.setMessage("Layout failed: " + e.getMessage());
                })
                .onFinished(() -> {
                    if (gen == generation) {
                        running.set(false);
                        canvas.setMoving(false);
                    }
                }));
    }

    private void show(GraphScene gs, Positions snap, boolean last) {
        if (gs != laidOut) return;
        gs.scene().setPositions(snap.x(), snap.y());
        if (last) {
            canvas.positionsChanged();
            if (!canvas.userMovedView()) canvas.fitToView();
            vm.setMessage("Layout done");
        } else {
            canvas.layoutMoved(!canvas.userMovedView());
        }
    }
}
