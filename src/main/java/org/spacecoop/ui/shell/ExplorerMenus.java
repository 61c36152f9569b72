package org.spacecoop.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.canvas.Legend;
import org.spacecoop.ui.layout.LayoutController;
import org.spacecoop.ui.state.ExplorerViewModel;

/** The explorer's own menu entries; features add theirs to the same menus. */
final class ExplorerMenus {

    private ExplorerMenus() {
    }

    static void fill(ExplorerView view, ExplorerViewModel vm, GraphCanvas canvas, LayoutController layout) {
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            Window w = view.getScene() == null ? null : view.getScene().getWindow();
            if (w != null) w.hide();
        });
        quit.setId("menu-quit");
        view.fileMenu().getItems().addAll(new SeparatorMenuItem(), quit);

        CheckMenuItem legend = new CheckMenuItem("Legend");
        legend.setId("menu-legend");
        legend.selectedProperty().bindBidirectional(view.legendShownProperty());
        MenuItem relayout = item("Re-layout", "Shortcut+R", layout::relayout);
        relayout.disableProperty().bind(layout.runningProperty());
        MenuItem unpin = item("Unpin all nodes", null, layout::unpinAll);
        view.viewMenu().getItems().addAll(
                item("Fit to view", null, canvas::fitToView),
                item("Zoom in", null, canvas::zoomIn),
                item("Zoom out", null, canvas::zoomOut),
                new SeparatorMenuItem(), relayout, unpin,
                new SeparatorMenuItem(), legend,
                item("Clear selection", null, vm::clearSelection));

        MenuItem keys = item("Mouse and keys", "F1", () -> info(view, "Mouse and keys", HELP));
        view.helpMenu().getItems().addAll(keys, item("About", null, () -> info(view, "About",
                "Space Cooperation Explorer\nWho works with whom in space, and the passages that say so.")));
    }

    private static final String HELP = """
            Wheel: zoom around the cursor · + / −: zoom · 0: fit
            Drag the background or arrow keys: pan
            Drag a node: move and pin it
            Click: select a node or an edge · Escape or click on empty space: clear
            Ctrl+F: search by name or alias, Enter selects and centres
            Alt+Left / Alt+Right: back and forward through the selections
            Escape also clears analytics highlights (paths, bridges, what-if)
            """;

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    private static void info(ExplorerView view, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setTitle(title);
        a.setHeaderText(title);
        if (view.getScene() != null) a.initOwner(view.getScene().getWindow());
        a.show();
    }
}
