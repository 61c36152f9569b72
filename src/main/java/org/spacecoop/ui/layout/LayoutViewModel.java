package org.spacecoop.ui.layout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Subscription;

import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutRecipe;
import org.spacecoop.core.layout.Positions;
import org.spacecoop.core.progress.Progress;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.BackgroundTask;
import org.spacecoop.ui.task.Cancellable;
import org.spacecoop.ui.task.TaskProgress;

/**
 * The layout's state: the force layout of the scene being shown, run in the background, seeded (the same dataset
 * always gives the same picture), its positions written into the scene as it settles. Dragged nodes are pinned;
 * filters do not move anything; {@link #relayout()} lays out what is visible. The view is told each {@link Step} and
 * moves or fits the canvas. Tested without the toolkit (javafx.beans only).
 */
public final class LayoutViewModel {

    /**
     * The explorer's layout ({@link LayoutRecipe#explorer()}, shared with the command line's export), leaving one core
     * to the window: on two cores a layout on both starved the FX thread and the renderer, and a 50,000-node window
     * answered a click only after up to 5 s. Positions do not depend on the number of threads, so the picture is the
     * one the command line exports.
     */
    static final LayoutRecipe RECIPE = LayoutRecipe.explorer()
            .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    /** Iterations between two snapshots shown on screen. */
    static final int SNAPSHOT_EVERY = 8;

    /** What happened to the scene's positions, for the view to repaint and fit. */
    public enum Step {
        /** A layout starts: the view fits to it again as it settles, even if the user had moved the view. */
        STARTED,
        /** A new scene has its first positions (until then the view holds its frames back). */
        PLACED,
        /** The running layout moved the nodes. */
        MOVED,
        /** The layout has settled. */
        SETTLED
    }

    private final ExplorerViewModel explorer;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper waitingForPositions = new ReadOnlyBooleanWrapper(this, "waitingForPositions", false);
    private final List<Consumer<Step>> stepListeners = new CopyOnWriteArrayList<>();
    private ForceLayout layout;
    private GraphScene laidOut;
    private Cancellable task = Cancellable.DONE;
    private int generation;

    public LayoutViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
    }

    /** Tells the listener each step from now on, until the returned subscription is cancelled. */
    public Subscription onStep(Consumer<Step> listener) {
        stepListeners.add(listener);
        return () -> stepListeners.remove(listener);
    }

    /**
     * Starts a fresh layout of a newly shown scene (null: none). The layout's arrays and random start are built in the
     * task, not here: at a million relations that is most of a second the window would otherwise freeze for.
     */
    public void layOut(GraphScene gs) {
        if (gs != null && laidOut != null && explorer.isRevising()) {
            keepPlaces(gs);
            return;
        }
        task.cancel();
        layout = null;
        laidOut = gs;
        waitingForPositions.set(gs != null);
        if (gs == null) return;
        run(gs, progress -> {
            ForceLayout l = newLayout(gs.scene());
            Positions initial = l.snapshot();
            progress.publish(() -> adopt(gs, l, initial));
            return l;
        });
    }

    /**
     * Takes on the scene of an edited graph where the canvas placed it (the others' places kept): no layout runs,
     * the nodes pinned before stay pinned, and Re-layout starts from these places.
     */
    private void keepPlaces(GraphScene gs) {
        task.cancel();
        GraphScene before = laidOut;
        ForceLayout previous = layout;
        laidOut = gs;
        waitingForPositions.set(false);
        RenderScene s = gs.scene();
        ForceLayout l = newLayout(s);
        for (int i = 0; i < s.nodeCount(); i++) {
            l.x()[i] = s.x(i);
            l.y()[i] = s.y(i);
            int old = previous == null ? -1 : before.indexOf(gs.entity(i));
            if (old >= 0 && previous.isPinned(old)) l.pin(i, s.x(i), s.y(i));
        }
        layout = l;
    }

    /** The scene's structure (never written after construction, so readable off the FX thread) as a layout. */
    private static ForceLayout newLayout(RenderScene s) {
        return RECIPE.newLayout(s.nodeCount(), s.edgeCount(), s::from, s::to, s::baseRadius);
    }

    /** Puts the layout's start in the scene and lets drags pin into it (on the UI thread). */
    private void adopt(GraphScene gs, ForceLayout l, Positions initial) {
        if (gs != laidOut) return;
        layout = l;
        gs.scene().setPositions(initial.x(), initial.y());
        tell(Step.PLACED);
        waitingForPositions.set(false);
    }

    /** Lays out the visible nodes again from where they are (pinned nodes stay). */
    public void relayout() {
        if (layout == null || running.get()) return;
        RenderScene s = laidOut.scene();
        boolean[] flags = new boolean[s.nodeCount()];
        for (int i = 0; i < flags.length; i++) flags[i] = s.isNodeVisible(i);
        ForceLayout l = layout;
        run(laidOut, progress -> {
            l.setVisible(flags);
            l.reheat(1);
            return l;
        });
    }

    public void unpinAll() {
        if (layout == null) return;
        for (int i = 0; i < layout.graph().nodeCount(); i++) layout.unpin(i);
        explorer.setMessage("All nodes unpinned");
    }

    /** Pins a node where the user dropped it (callable while the layout runs). */
    public void pin(int node, double x, double y) {
        if (layout != null) layout.pin(node, x, y);
    }

    public boolean isPinned(int node) {
        return layout != null && layout.isPinned(node);
    }

    /** True while a layout runs (the canvas draws lighter frames meanwhile). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True from a new scene until its first positions: all its nodes sit at the origin, not worth drawing. */
    public ReadOnlyBooleanProperty waitingForPositionsProperty() {
        return waitingForPositions.getReadOnlyProperty();
    }

    /** Stops the running layout and forgets the scene (the window is closing). */
    public void dispose() {
        task.cancel();
        stepListeners.clear();
        layout = null;
        laidOut = null;
    }

    /** Prepares the layout to run, in the task. */
    private interface LayoutSource {
        ForceLayout prepare(TaskProgress progress);
    }

    private void run(GraphScene gs, LayoutSource source) {
        tell(Step.STARTED);
        running.set(true);
        int gen = ++generation;
        task = explorer.work().run(BackgroundTask.of("Layout", progress -> {
            ForceLayout l = source.prepare(progress);
            RECIPE.run(l, SNAPSHOT_EVERY, new Progress() {
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
                    waitingForPositions.set(false);
                    explorer.setMessage("Layout failed: " + e.getMessage());
                })
                .onFinished(() -> {
                    if (gen == generation) running.set(false);
                }));
    }

    private void show(GraphScene gs, Positions snap, boolean last) {
        if (gs != laidOut) return;
        gs.scene().setPositions(snap.x(), snap.y());
        if (last) {
            tell(Step.SETTLED);
            explorer.setMessage("Layout done");
        } else {
            tell(Step.MOVED);
        }
    }

    private void tell(Step step) {
        for (Consumer<Step> l : stepListeners) l.accept(step);
    }
}
