package org.spacecoop.ui.launched;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does in a side-panel tab that is taller than the window: scroll it until a control is in sight. */
final class SidePanel {

    private SidePanel() {
    }

    /** Scrolls the tab holding the node (a ScrollPane with this id) so that the node is in the middle of it. */
    static void scrollTo(FxRobot robot, String paneId, Node node) {
        ScrollPane pane = robot.lookup(paneId).queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = pane.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = pane.getViewportBounds().getHeight();
            double room = content.getBoundsInLocal().getHeight() - viewport;
            if (room > 0) pane.setVvalue(Math.max(0, Math.min(1, (b.getCenterY() - viewport / 2) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
