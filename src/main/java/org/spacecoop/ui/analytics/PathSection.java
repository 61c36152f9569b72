package org.spacecoop.ui.analytics;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.spacecoop.core.analysis.Connection;
import org.spacecoop.core.analysis.Step;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Source;
import org.spacecoop.ui.state.ExplorerViewModel;

/** "How are they connected": two pickers, options, the chains found and the chosen one step by step with evidence. */
final class PathSection extends VBox {

    PathSection(AnalyticsViewModel vm) {
        super(6);
        PathModel p = vm.paths();
        EntityPicker from = new EntityPicker("path-from", "From (name, id or alias)", p.fromProperty(), vm.explorer());
        EntityPicker to = new EntityPicker("path-to", "To", p.toProperty(), vm.explorer());
        CheckBox undirected = new CheckBox("Ignore relation directions");
        undirected.setId("path-undirected");
        undirected.selectedProperty().bindBidirectional(p.undirectedProperty());
        CheckBox shown = new CheckBox("Only relations the filters show");
        shown.setWrapText(true);
        shown.setId("path-only-shown");
        shown.selectedProperty().bindBidirectional(p.onlyShownProperty());
        Button find = new Button("Find");
        find.setId("path-find");
        find.setMinWidth(USE_PREF_SIZE);
        find.setOnAction(e -> p.find(from.text(), to.text()));
        Button clear = new Button("Clear");
        clear.setId("path-clear");
        clear.setTooltip(new javafx.scene.control.Tooltip("Clear the chains and their highlight (Escape)"));
        clear.setMinWidth(USE_PREF_SIZE);
        clear.setOnAction(e -> {
            p.clear();
            vm.clearHighlight();
        });
        Label summary = new Label();
        summary.setId("path-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(p.summaryProperty());

        ListView<Connection> chains = new ListView<>(p.chains());
        chains.setId("path-chains");
        chains.setPrefHeight(90);
        chains.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Connection c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : String.join(" → ", c.entities().stream().map(Entity::name).toList()));
            }
        });
        chains.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) p.chosenProperty().set(c);
        });
        VBox steps = new VBox(4);
        steps.setId("path-steps");
        p.chosenProperty().addListener((o, a, c) -> {
            showSteps(steps, c, vm.explorer());
            if (c != null && chains.getSelectionModel().getSelectedItem() != c) chains.getSelectionModel().select(c);
        });
        getChildren().addAll(from, to, undirected, shown, new HBox(6, find, clear), summary, chains, steps);
    }

    private static void showSteps(VBox box, Connection c, ExplorerViewModel explorer) {
        box.getChildren().clear();
        if (c == null) return;
        int n = 1;
        for (Step s : c.steps()) {
            Label head = new Label(n++ + ". " + s.describe() + "  [" + s.relation().status().id() + "]");
            head.getStyleClass().add("path-step");
            head.setWrapText(true);
            box.getChildren().add(head);
            for (Passage q : s.evidence().passages()) {
                box.getChildren().add(evidence("“" + q.text().strip() + "” — " + sourceTitle(explorer, q.sourceId())));
            }
            for (Reference r : s.evidence().references()) box.getChildren().add(evidence(r.title() + " — " + r.url()));
            if (!s.alternatives().isEmpty()) {
                box.getChildren().add(evidence("Also: " + String.join("; ", s.alternatives().stream().map(explorer::describe).toList())));
            }
        }
    }

    private static String sourceTitle(ExplorerViewModel explorer, String sourceId) {
        var g = explorer.getGraph();
        if (g == null) return sourceId;
        return g.dataset().sources().stream().filter(src -> src.id().equals(sourceId)).map(Source::title).findFirst()
                .orElse(sourceId);
    }

    private static Label evidence(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("path-evidence");
        l.setWrapText(true);
        return l;
    }
}
