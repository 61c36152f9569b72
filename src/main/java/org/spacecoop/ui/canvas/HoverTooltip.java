package org.spacecoop.ui.canvas;

import javafx.scene.control.Label;

import org.spacecoop.core.model.Entity;

/** The label beside the pointer over a node ("European Space Agency / agency · Europe"), kept inside the canvas. */
final class HoverTooltip {

    private final Label label = new Label();

    HoverTooltip() {
        label.getStyleClass().add("graph-tooltip");
        label.setManaged(false);
        label.setVisible(false);
        label.setMouseTransparent(true);
    }

    Label label() {
        return label;
    }

    /** Shows the entity's name, kind and country near (x, y), within a canvas of this size; null hides it. */
    void show(Entity e, double x, double y, double width, double height) {
        if (e == null) {
            label.setVisible(false);
            return;
        }
        label.setText(e.name() + "\n" + e.kind().id() + (e.country() == null ? "" : " · " + e.country()));
        label.autosize();
        double tx = Math.min(x + 14, width - label.getWidth() - 4);
        double ty = y + 18 + label.getHeight() > height ? y - label.getHeight() - 8 : y + 18;
        label.relocate(Math.max(0, tx), Math.max(0, ty));
        label.setVisible(true);
    }
}
