package org.spacecoop.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.canvas.Legend;
import org.spacecoop.ui.layout.LayoutController;
import org.spacecoop.ui.state.ExplorerViewModel;

/** Search, view commands (fit, zoom, re-layout, legend), then room for feature buttons (export, filters, …). */
public final class ExplorerToolBar extends ToolBar {

    private final Separator featureAnchor = new Separator();

    ExplorerToolBar(ExplorerViewModel vm, GraphCanvas canvas, LayoutController layout, BooleanProperty legendShown) {
        setId("tool-bar");
        getStyleClass().add("explorer-toolbar");
        SearchField search = new SearchField(vm);
        Button fit = button("fit-button", "Fit", "Fit the graph to the view (0)", canvas::fitToView);
        Button zoomIn = button("zoom-in-button", "+", "Zoom in (+)", canvas::zoomIn);
        Button zoomOut = button("zoom-out-button", "−", "Zoom out (−)", canvas::zoomOut);
        Button relayout = button("relayout-button", "Re-layout", "Lay the graph out again (keeps pinned nodes)",
                layout::relayout);
        relayout.disableProperty().bind(layout.runningProperty());
        ToggleButton legend = new ToggleButton("Legend");
        legend.setId("legend-toggle");
        legend.setTooltip(new Tooltip("Show or hide the legend (L)"));
        legend.selectedProperty().bindBidirectional(legendShown);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getItems().addAll(search, new Separator(), fit, zoomIn, zoomOut, relayout, legend, featureAnchor);
    }

    /** Adds a feature's control at the end of the toolbar (after the view commands). */
    public void addFeature(Node... nodes) {
        getItems().addAll(nodes);
    }

    /** The separator after which feature controls go. */
    public Separator featureAnchor() {
        return featureAnchor;
    }

    static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
