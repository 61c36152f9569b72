package org.spacecoop.ui.layout;

import javafx.beans.property.ReadOnlyBooleanProperty;

import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.common.Subscriptions;

/**
 * Connects the canvas and its {@link LayoutViewModel}: each new scene is laid out, drags pin nodes, and the layout's
 * steps repaint the canvas and fit it to view unless the user has moved the view meanwhile.
 */
public final class LayoutController {

    private final LayoutViewModel vm;
    private final GraphCanvas canvas;
    private final Subscriptions subscriptions = new Subscriptions();

    public LayoutController(LayoutViewModel vm, GraphCanvas canvas) {
        this.vm = vm;
        this.canvas = canvas;
        subscriptions.add(vm.onStep(this::step));
        subscriptions.onChange(vm.waitingForPositionsProperty(), (a, hold) -> canvas.holdFrames(hold));
        subscriptions.onChange(vm.runningProperty(), (a, on) -> canvas.setMoving(on));
        subscriptions.onChange(canvas.graphSceneProperty(), (a, gs) -> vm.layOut(gs));
        canvas.setOnNodeDragged(vm::pin);
        subscriptions.add(() -> canvas.setOnNodeDragged((i, x, y) -> { }));
    }

    private void step(LayoutViewModel.Step step) {
        switch (step) {
            case STARTED -> canvas.setUserMovedView(false);
            case PLACED -> {
                canvas.positionsChanged();
                canvas.fitToView();
            }
            case MOVED -> canvas.layoutMoved(!canvas.userMovedView());
            case SETTLED -> {
                canvas.positionsChanged();
                if (!canvas.userMovedView()) canvas.fitToView();
            }
        }
    }

    public LayoutViewModel viewModel() {
        return vm;
    }

    /** Lays out the visible nodes again from where they are (pinned nodes stay). */
    public void relayout() {
        vm.relayout();
    }

    public void unpinAll() {
        vm.unpinAll();
    }

    public boolean isPinned(int node) {
        return vm.isPinned(node);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return vm.runningProperty();
    }

    /** Stops the layout and lets go of the canvas (the window is closing). */
    public void dispose() {
        subscriptions.unsubscribeAll();
        vm.dispose();
    }
}
