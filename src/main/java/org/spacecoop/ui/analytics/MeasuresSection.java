package org.spacecoop.ui.analytics;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import org.spacecoop.core.analysis.RankedEntity;
import org.spacecoop.core.model.Entity;
import org.spacecoop.ui.state.Selection;

/** The size scale and the ranked table, kept in step with the canvas selection both ways. */
final class MeasuresSection extends VBox {

    private boolean syncing;

    MeasuresSection(AnalyticsViewModel vm) {
        super(6);
        MeasuresModel m = vm.measures();
        Label scale = new Label();
        scale.setId("size-scale");
        scale.getStyleClass().add("analytics-hint");
        scale.setWrapText(true);
        m.scaleProperty().addListener((o, a, s) -> scale.setText(describe(s, m)));
        m.sizeByProperty().addListener((o, a, b) -> scale.setText(describe(m.scaleProperty().get(), m)));
        scale.setText(describe(null, m));

        TableView<RankedEntity> table = new TableView<>(m.ranking());
        table.setId("ranking-table");
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RankedEntity, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.setPrefWidth(40);
        TableColumn<RankedEntity, String> name = new TableColumn<>("Entity");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entity().name()));
        name.setPrefWidth(170);
        TableColumn<RankedEntity, String> score = new TableColumn<>("Score");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(SizeScale.format(c.getValue().score())));
        score.setPrefWidth(80);
        table.getColumns().setAll(rank, name, score);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (syncing || row == null) return;
            syncing = true;
            vm.explorer().select(row.entity());
            vm.explorer().centreOn(row.entity());
            syncing = false;
        });
        vm.explorer().selectionProperty().addListener((o, a, s) -> showSelection(table, s));
        m.ranking().addListener((javafx.collections.ListChangeListener<RankedEntity>) c ->
                showSelection(table, vm.explorer().getSelection()));
        getChildren().addAll(scale, table);
    }

    private void showSelection(TableView<RankedEntity> table, Selection s) {
        if (syncing) return;
        syncing = true;
        Entity e = s.selectedEntity().orElse(null);
        int row = -1;
        for (int i = 0; e != null && i < table.getItems().size(); i++) {
            if (table.getItems().get(i).entity().equals(e)) row = i;
        }
        if (row < 0) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().select(row);
            table.scrollTo(Math.max(0, row - 3));
        }
        syncing = false;
    }

    private static String describe(SizeScale s, MeasuresModel m) {
        if (m.sizeByProperty().get() == null) return "Nodes sized by number of relations; the table ranks by degree.";
        if (s == null) return "Computing…";
        return s.describe() + " (smallest to largest node)";
    }
}
