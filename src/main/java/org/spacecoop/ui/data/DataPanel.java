package org.spacecoop.ui.data;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.ui.data.DataTableViewModel.EntityRow;
import org.spacecoop.ui.data.DataTableViewModel.RelationRow;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.state.Selection;

/**
 * The Data tab: what the filter shows as two sortable tables ({@code #entity-table}, {@code #relation-table}) under
 * one search field, selection kept in step with the canvas and the detail panel, name, dates and note
 * editable in place (double-click or F2). A refused edit leaves the cell as it was and says why below the tables.
 */
public final class DataPanel extends VBox {

    private final DataTableViewModel vm;
    private final ExplorerViewModel explorer;
    private final ObservableList<EntityRow> entityRows = FXCollections.observableArrayList();
    private final ObservableList<RelationRow> relationRows = FXCollections.observableArrayList();
    private final TableView<EntityRow> entities = new TableView<>();
    private final TableView<RelationRow> relations = new TableView<>();
    private final Label problem = new Label();
    private boolean syncing;

    public DataPanel(DataTableViewModel vm, ExplorerViewModel explorer) {
        super(6);
        this.vm = vm;
        this.explorer = explorer;
        getStyleClass().add("data-panel");
        setPadding(new Insets(8));
        TextField search = new TextField();
        search.setId("data-search");
        search.setPromptText("Search the tables");
        search.textProperty().bindBidirectional(vm.searchProperty());
        problem.setId("data-problem");
        problem.getStyleClass().add("data-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.visibleProperty().addListener((o, a, v) -> problem.setManaged(v));
        problem.setVisible(false);

        entityTable();
        relationTable();
        SplitPane tables = new SplitPane(entities, relations);
        tables.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(search, tables, problem);

        vm.entitiesProperty().addListener((o, a, rows) -> show(entityRows, rows));
        vm.relationsProperty().addListener((o, a, rows) -> show(relationRows, rows));
        explorer.selectionProperty().addListener((o, a, s) -> follow(s));
        show(entityRows, vm.entitiesProperty().get());
        show(relationRows, vm.relationsProperty().get());
    }

    public TableView<EntityRow> entityTable() {
        if (!entities.getColumns().isEmpty()) return entities;
        entities.setId("entity-table");
        entities.setEditable(true);
        entities.setPlaceholder(new Label("No entity shown"));
        SortedList<EntityRow> sorted = new SortedList<>(entityRows);
        sorted.comparatorProperty().bind(entities.comparatorProperty());
        entities.setItems(sorted);
        entities.getColumns().addAll(List.of(
                column("Id", r -> r.entity().id()),
                editable(column("Name", r -> r.entity().name()), (r, t) -> vm.rename(r.entity(), t)),
                column("Kind", r -> r.entity().kind() == null ? "" : r.entity().kind().id()),
                column("Country", r -> r.entity().country()),
                column("Status", r -> r.entity().status() == null ? "" : r.entity().status().id()),
                editable(column("Dates", EntityRow::dates), (r, t) -> vm.setDates(r.entity(), t)),
                number("Relations", EntityRow::relations),
                number("Passages", EntityRow::passages)));
        entities.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!syncing && r != null) explorer.select(r.entity());
        });
        return entities;
    }

    public TableView<RelationRow> relationTable() {
        if (!relations.getColumns().isEmpty()) return relations;
        relations.setId("relation-table");
        relations.setEditable(true);
        relations.setPlaceholder(new Label("No relation shown"));
        SortedList<RelationRow> sorted = new SortedList<>(relationRows);
        sorted.comparatorProperty().bind(relations.comparatorProperty());
        relations.setItems(sorted);
        relations.getColumns().addAll(List.of(
                column("From", RelationRow::fromName),
                column("Type", r -> r.relation().typeName()),
                column("To", RelationRow::toName),
                column("Status", r -> r.relation().status() == null ? "" : r.relation().status().id()),
                editable(column("Dates", RelationRow::dates), (r, t) -> vm.setDates(r.relation(), t)),
                editable(column("Note", r -> r.relation().note()), (r, t) -> vm.setNote(r.relation(), t)),
                number("Quotes", RelationRow::quotes),
                number("References", RelationRow::references)));
        relations.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!syncing && r != null) explorer.selectRelation(r.relation());
        });
        return relations;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setId("column-" + title.toLowerCase());
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setEditable(false);
        return c;
    }

    private static <R> TableColumn<R, Integer> number(String title, Function<R, Integer> value) {
        TableColumn<R, Integer> c = new TableColumn<>(title);
        c.setId("column-" + title.toLowerCase());
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setEditable(false);
        c.getStyleClass().add("number-column");
        return c;
    }

    private <R> TableColumn<R, String> editable(TableColumn<R, String> c, BiFunction<R, String, Optional<String>> edit) {
        c.setEditable(true);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            String before = e.getOldValue() == null ? "" : e.getOldValue();
            String after = e.getNewValue() == null ? "" : e.getNewValue();
            if (!after.strip().equals(before.strip())) answer(edit.apply(e.getRowValue(), after));
            e.getTableView().refresh(); // a refused edit shows the value as it still is
        });
        return c;
    }

    private void answer(Optional<String> refused) {
        problem.setText(refused.orElse(""));
        problem.setVisible(refused.isPresent());
    }

    private <R> void show(ObservableList<R> rows, List<R> now) {
        syncing = true;
        try {
            rows.setAll(now);
        } finally {
            syncing = false;
        }
        follow(explorer.getSelection());
    }

    /** Selects the row of what the canvas or the detail panel selected (and scrolls to it). */
    private void follow(Selection s) {
        syncing = true;
        try {
            select(entities, s.selectedEntity().map(Entity::id).orElse(null), r -> r.entity().id());
            select(relations, s.selectedRelation().map(Relation::id).orElse(null), r -> r.relation().id());
        } finally {
            syncing = false;
        }
    }

    private static <R> void select(TableView<R> table, String id, Function<R, String> idOf) {
        if (id == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        List<R> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(idOf.apply(items.get(i)))) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                }
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }
}
