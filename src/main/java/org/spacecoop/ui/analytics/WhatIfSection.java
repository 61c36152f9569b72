package org.spacecoop.ui.analytics;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.spacecoop.core.analysis.ReportText;
import org.spacecoop.core.model.Entity;

/** What-if: the entities to remove, an anchor, Run and Undo, and the report. */
final class WhatIfSection extends VBox {

    WhatIfSection(AnalyticsViewModel vm) {
        super(6);
        WhatIfModel w = vm.whatIf();
        TextField name = new TextField();
        name.setId("whatif-field");
        name.setPromptText("Entity to remove (name, id or alias)");
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setOnAction(e -> {
            TypedEntity typed = TypedEntity.resolve(vm.explorer(), name.getText(), null);
            if (typed.problem() != null) vm.explorer().setMessage(typed.problem());
            else if (typed.entity() != null) {
                w.add(typed.entity());
                name.clear();
            }
        });
        Button addSelected = new Button("Selected");
        addSelected.setId("whatif-add-selected");
        addSelected.setMinWidth(USE_PREF_SIZE);
        addSelected.setOnAction(e -> w.addSelection());

        ListView<Entity> list = new ListView<>(w.toRemove());
        list.setId("whatif-list");
        list.setPrefHeight(80);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Entity e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name());
            }
        });
        Button drop = new Button("Take off list");
        drop.setOnAction(e -> {
            Entity chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) w.toRemove().remove(chosen);
        });
        drop.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        EntityPicker anchor = new EntityPicker("whatif-anchor", "Anchor, e.g. ESA (optional)", w.anchorProperty(), vm.explorer());
        CheckBox fallout = new CheckBox("With their parts and the programs only they lead");
        fallout.setWrapText(true);
        fallout.setId("whatif-fallout");
        fallout.selectedProperty().bindBidirectional(w.falloutProperty());
        Button run = new Button("Remove");
        run.setId("whatif-run");
        run.setMinWidth(USE_PREF_SIZE);
        run.setOnAction(e -> {
            w.run(name.getText(), anchor.text());
            if (w.problemProperty().get().isEmpty()) name.clear();
        });
        run.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(w.toRemove())
                .and(name.textProperty().isEmpty()));
        Button undo = new Button("Undo");
        undo.setId("whatif-undo");
        undo.setMinWidth(USE_PREF_SIZE);
        undo.setOnAction(e -> w.undo());
        undo.disableProperty().bind(w.activeProperty().not());
        Button clear = new Button("Clear");
        clear.setId("whatif-clear");
        clear.setTooltip(new javafx.scene.control.Tooltip("Show the whole graph again and empty the list (Escape undoes too)"));
        clear.setMinWidth(USE_PREF_SIZE);
        clear.setOnAction(e -> w.clear());
        Label problem = new Label();
        problem.setId("whatif-problem");
        problem.getStyleClass().add("analytics-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(w.problemProperty());
        problem.visibleProperty().bind(w.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        TextArea report = new TextArea();
        report.setId("whatif-report");
        report.setEditable(false);
        report.setWrapText(false);
        report.setPrefRowCount(14);
        report.getStyleClass().add("analytics-report");
        w.reportProperty().addListener((o, a, r) -> report.setText(r == null ? "" : ReportText.whatIf(r, vm.explorer()::describe)));
        Label hint = new Label("Nothing in the dataset changes: the canvas shows the graph without them until Undo.");
        hint.getStyleClass().add("analytics-hint");
        hint.setWrapText(true);
        getChildren().addAll(new HBox(4, name, addSelected), list, drop, anchor, fallout, new HBox(6, run, undo, clear), problem, hint, report);
    }
}
