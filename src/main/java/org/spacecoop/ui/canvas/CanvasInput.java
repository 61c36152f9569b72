package org.spacecoop.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * Mouse and keyboard on the canvas: wheel zoom around the cursor, background drag pans, node drag moves and pins,
 * click selects (node, else edge within a few pixels, else clears), hover fades the rest; keys + − 0, arrows,
 * Escape. Events only change state; painting happens once per pulse.
 */
final class CanvasInput {

    /** Pointer travel (px) below which a press and release count as a click. */
    static final double CLICK_SLOP = 4;
    static final double PAN_STEP = 60;
    static final double WHEEL_ZOOM_PER_PIXEL = 1.0025;

    private final GraphCanvas canvas;
    private final ExplorerViewModel vm;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int dragNode = -1;
    private boolean moved;

    CanvasInput(GraphCanvas canvas, ExplorerViewModel vm) {
        this.canvas = canvas;
        this.vm = vm;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1, 0, 0));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) return;
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        dragNode = canvas.nodeAt(e.getX(), e.getY());
        canvas.setCursor(dragNode >= 0 ? Cursor.CLOSED_HAND : Cursor.MOVE);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) return;
        if (!moved && Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP) return;
        moved = true;
        GraphScene gs = canvas.graphScene();
        if (dragNode >= 0 && gs != null) {
            Viewport v = canvas.viewport();
            double wx = v.toWorldX(e.getX()), wy = v.toWorldY(e.getY());
            gs.scene().setPosition(dragNode, wx, wy);
            canvas.nodeDragListener().dragged(dragNode, wx, wy);
            canvas.positionsChanged();
            canvas.showTooltip(-1, 0, 0);
        } else {
            canvas.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        canvas.setCursor(Cursor.DEFAULT);
        if (!moved) click(e.getX(), e.getY());
        dragNode = -1;
        moved = false;
        e.consume();
    }

    /** Selects what is under the point: a node first, else an edge, else nothing. */
    void click(double x, double y) {
        GraphScene gs = canvas.graphScene();
        if (gs == null) return;
        int node = canvas.nodeAt(x, y);
        if (node >= 0) {
            vm.select(gs.entity(node));
            return;
        }
        int edge = canvas.edgeAt(x, y);
        if (edge >= 0) vm.selectRelation(gs.relation(edge));
        else vm.clearSelection();
    }

    private void hover(MouseEvent e) {
        setHover(canvas.nodeAt(e.getX(), e.getY()), e.getX(), e.getY());
    }

    private void setHover(int node, double x, double y) {
        GraphScene gs = canvas.graphScene();
        if (gs == null) return;
        RenderScene s = gs.scene();
        if (s.hoverNode() != node) s.setHoverNode(node);
        canvas.showTooltip(node, x, y);
        if (dragNode < 0) canvas.setCursor(node >= 0 ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        double dy = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (dy == 0) return;
        canvas.zoomAround(Math.pow(WHEEL_ZOOM_PER_PIXEL, dy), e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> canvas.zoomIn();
            case MINUS, SUBTRACT -> canvas.zoomOut();
            case DIGIT0, NUMPAD0 -> canvas.fitToView();
            case LEFT -> canvas.panBy(PAN_STEP, 0);
            case RIGHT -> canvas.panBy(-PAN_STEP, 0);
            case UP -> canvas.panBy(0, PAN_STEP);
            case DOWN -> canvas.panBy(0, -PAN_STEP);
            case ESCAPE -> vm.clearSelection();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
