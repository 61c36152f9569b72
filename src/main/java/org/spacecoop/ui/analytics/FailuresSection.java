package org.spacecoop.ui.analytics;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import org.spacecoop.core.analysis.SinglePointsOfFailure.Bridge;
import org.spacecoop.core.analysis.SinglePointsOfFailure.CutPoint;

/** Articulation points and bridges of the visible graph; choosing one highlights it and what it holds. */
final class FailuresSection extends VBox {

    FailuresSection(AnalyticsViewModel vm) {
        super(6);
        FailuresModel f = vm.failures();
        Button find = new Button("Find single points of failure");
        find.setId("spof-find");
        find.setOnAction(e -> f.compute());
        Label summary = new Label("Entities and relations whose loss splits the shown network (directions ignored).");
        summary.getStyleClass().add("analytics-hint");
        summary.setWrapText(true);
        ListView<Object> list = new ListView<>();
        list.setId("spof-list");
        list.setPrefHeight(220);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list, long names cut with "…" (full text in the tooltip)
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip());
                if (empty || item == null) setText(null);
                else if (item instanceof CutPoint c) setText("● " + c.entity().name() + " — holds " + c.separated().size());
                else if (item instanceof Bridge b) setText("— " + vm.explorer().describe(b.relation()) + " — holds " + b.separated().size());
                if (getTooltip() != null) getTooltip().setText(getText());
            }
        });
        f.resultProperty().addListener((o, a, r) -> {
            list.getItems().clear();
            if (r == null) return;
            list.getItems().addAll(r.articulationPoints());
            list.getItems().addAll(r.bridges());
            summary.setText(r.articulationPoints().size() + " articulation points, " + r.bridges().size()
                    + " bridges. Choose one to highlight it with what it would cut off.");
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> f.focusedProperty().set(item));
        f.focusedProperty().addListener((o, a, item) -> {
            if (item == null) list.getSelectionModel().clearSelection();
        });
        Button clear = new Button("Clear highlight");
        clear.setId("spof-clear");
        clear.setTooltip(new javafx.scene.control.Tooltip("Clear the highlight on the graph (Escape)"));
        clear.disableProperty().bind(f.focusedProperty().isNull());
        clear.setOnAction(e -> {
            f.focusedProperty().set(null);
            vm.clearHighlight();
        });
        getChildren().addAll(new javafx.scene.layout.HBox(6, find, clear), summary, list);
    }

}
