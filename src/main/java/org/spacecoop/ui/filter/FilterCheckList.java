package org.spacecoop.ui.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckListView;

/**
 * A titled check list with "all" and "none", each item labelled with its counts ("active 120/195"). The checks
 * mirror a set in the filter state: {@link #show} sets them without echoing back; a click tells {@code onToggle}
 * (so items not offered, such as types absent from the data, keep their state), the buttons {@code onAll}/{@code onNone}.
 */
final class FilterCheckList<T> extends VBox {

    private final CheckListView<T> list = new CheckListView<>();
    private boolean syncing;

    /**
     * @param id       id of the list ({@code kind-list}); the buttons get {@code <id>-all} and {@code <id>-none}
     * @param label    the text of an item, counts included
     * @param onToggle told each item the user checks (true) or clears (false)
     */
    FilterCheckList(String id, String title, Function<T, String> label, BiConsumer<T, Boolean> onToggle,
                    Runnable onAll, Runnable onNone) {
        super(4);
        getStyleClass().add("filter-check-list");
        list.setId(id);
        list.setPrefHeight(150);
        list.setCellFactory(lv -> new CheckBoxListCell<>(list::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(T item) {
                        return item == null ? "" : label.apply(item);
                    }

                    @Override
                    public T fromString(String s) {
                        throw new UnsupportedOperationException();
                    }
                }));
        // the list makes a new check model whenever its items change: follow each one
        ListChangeListener<T> checks = c -> {
            if (syncing) return;
            List<T> added = new ArrayList<>();
            List<T> removed = new ArrayList<>();
            while (c.next()) {
                added.addAll(c.getAddedSubList());
                removed.addAll(c.getRemoved());
            }
            added.forEach(t -> onToggle.accept(t, true));
            removed.forEach(t -> onToggle.accept(t, false));
        };
        list.getCheckModel().getCheckedItems().addListener(checks);
        list.checkModelProperty().addListener((o, old, model) -> {
            if (old != null) old.getCheckedItems().removeListener(checks);
            if (model != null) model.getCheckedItems().addListener(checks);
        });
        Label heading = new Label(title);
        heading.getStyleClass().add("filter-heading");
        heading.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button all = small(id + "-all", "All", onAll);
        Button none = small(id + "-none", "None", onNone);
        HBox header = new HBox(4, heading, grow, all, none);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(list, Priority.SOMETIMES);
        getChildren().addAll(header, list);
    }

    /** Sets the items offered (a new graph). */
    void setItems(List<T> items) {
        syncing = true;
        try {
            list.setItems(FXCollections.observableArrayList(items));
        } finally {
            syncing = false;
        }
    }

    /** Checks exactly the chosen items and relabels every item (its counts changed). */
    void show(Predicate<T> chosen) {
        syncing = true;
        try {
            for (T item : list.getItems()) {
                boolean want = chosen.test(item);
                if (list.getCheckModel().isChecked(item) != want) {
                    if (want) list.getCheckModel().check(item);
                    else list.getCheckModel().clearCheck(item);
                }
            }
        } finally {
            syncing = false;
        }
        list.refresh();
    }

    CheckListView<T> list() {
        return list;
    }

    private static Button small(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("small-button");
        b.setOnAction(e -> action.run());
        return b;
    }
}
