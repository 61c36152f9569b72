package org.spacecoop.ui;

import java.util.List;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;

/**
 * The search box: suggestions (name or alias, prefix or substring) in a popup while typing; Enter or a click on a
 * suggestion selects the entity and centres the view on it.
 */
public final class SearchField extends TextField {

    static final int MAX_SUGGESTIONS = 12;

    private final ExplorerViewModel vm;
    private final ContextMenu popup = new ContextMenu();
    private boolean picking;

    public SearchField(ExplorerViewModel vm) {
        this.vm = vm;
        setId("search-field");
        getStyleClass().add("search-field");
        setPromptText("Search name or alias (Ctrl+F)");
        setPrefColumnCount(24);
        popup.getStyleClass().add("search-suggestions");
        textProperty().addListener((o, a, b) -> {
            if (isFocused() && !picking) showSuggestions(b);
        });
        setOnAction(e -> {
            popup.hide();
            vm.search(getText());
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                if (getText().isEmpty()) getParent().requestFocus();
                else clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && popup.isShowing() && !popup.getItems().isEmpty()) {
                popup.getSkin().getNode().lookup(".menu-item").requestFocus();
                e.consume();
            }
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused) popup.hide();
        });
    }

    private void showSuggestions(String text) {
        List<EntitySearch.Hit> hits = vm.suggest(text, MAX_SUGGESTIONS);
        if (hits.isEmpty()) {
            popup.hide();
            return;
        }
        popup.getItems().clear();
        for (EntitySearch.Hit h : hits) {
            TextFlow l = ScriptFonts.flow(h + "  ·  " + h.entity().kind().id(), "suggestion");
            CustomMenuItem item = new CustomMenuItem(l, true);
            item.setOnAction(e -> {
                vm.select(h.entity());
                vm.centreOn(h.entity());
                picking = true;
                setText(h.entity().name());
                picking = false;
                positionCaret(getText().length());
                popup.hide();
            });
            popup.getItems().add(item);
        }
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) popup.show(this, Side.BOTTOM, 0, 0);
    }
}
