package org.spacecoop.ui.canvas;

/** Told when the user drops a node somewhere (scene index, world position): the layout pins it there. */
@FunctionalInterface
public interface NodeDragListener {
    void dragged(int node, double worldX, double worldY);
}
