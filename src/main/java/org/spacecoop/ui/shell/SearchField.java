package org.spacecoop.ui.shell;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import org.spacecoop.ui.common.ScriptFonts;
import org.spacecoop.ui.search.EntitySearch;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * The search box: suggestions (name or alias, prefix or substring, else close matches of a misspelling) in a popup
 * while typing. One Enter selects and centres the suggestion chosen with the arrow keys, or else the best match,
 * whether the popup shows or not; a click on a suggestion does the same.
 *
 * <p>The popup is a plain {@link Popup} whose list never takes the focus, so typing stays in the field. JavaFX hands a
 * key pressed in the window to a showing popup first; the same key filter sits on both, so Enter, Up and Down act
 * once, wherever they arrive.
 */
public final class SearchField extends TextField {

    static final int MAX_SUGGESTIONS = 12;

    private final ExplorerViewModel vm;
    private final Popup popup = new Popup();
    private final ListView<EntitySearch.Hit> list = new ListView<>();
    private boolean picking;

    public SearchField(ExplorerViewModel vm) {
        this.vm = vm;
        setId("search-field");
        getStyleClass().add("search-field");
        setPromptText("Search name or alias (Ctrl+F)");
        setPrefColumnCount(18); // leaves the toolbar room for back and forward at 1280 px

        list.setId("search-suggestions");
        list.getStyleClass().add("search-suggestions");
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new SuggestionCell());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);

        textProperty().addListener((o, a, b) -> {
            if (isFocused() && !picking) showSuggestions(b);
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused) popup.hide();
        });
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> accept();
            case DOWN, UP -> {
                if (!popup.isShowing()) return;
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i < 0) list.getSelectionModel().clearSelection();
                else list.getSelectionModel().select(Math.min(i, list.getItems().size() - 1));
                list.scrollTo(Math.max(0, i));
            }
            case ESCAPE -> {
                if (popup.isShowing()) popup.hide();
                else if (getText().isEmpty()) getParent().requestFocus();
                else clear();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Enter: the suggestion chosen with the arrow keys, else the best match of the text. */
    private void accept() {
        EntitySearch.Hit chosen = popup.isShowing() ? list.getSelectionModel().getSelectedItem() : null;
        popup.hide();
        if (chosen != null) pick(chosen);
        else vm.search(getText());
    }

    private void pick(EntitySearch.Hit h) {
        popup.hide();
        vm.select(h.entity());
        vm.centreOn(h.entity());
        picking = true;
        setText(h.entity().name());
        picking = false;
        positionCaret(getText().length());
    }

    private void showSuggestions(String text) {
        List<EntitySearch.Hit> hits = vm.suggest(text, MAX_SUGGESTIONS);
        if (hits.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(hits);
        list.getSelectionModel().clearSelection();
        list.setPrefHeight(Math.min(hits.size(), 10) * 26 + 4);
        list.setPrefWidth(Math.max(getWidth(), 520)); // wide enough for most "name (alias) · kind · close match"
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = localToScreen(getBoundsInLocal());
            popup.show(this, b.getMinX(), b.getMaxY());
        }
    }

    /** The suggestions on show (empty when the popup is hidden). */
    public List<EntitySearch.Hit> suggestions() {
        return popup.isShowing() ? List.copyOf(list.getItems()) : List.of();
    }

    /** "Tiangong Space Station (天宫) · station", close matches marked as such. */
    private final class SuggestionCell extends ListCell<EntitySearch.Hit> {
        SuggestionCell() {
            getStyleClass().add("suggestion-cell");
            setPrefWidth(0); // as wide as the list: a longer suggestion is cut rather than scrolled sideways
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) pick(getItem());
            });
        }

        @Override
        protected void updateItem(EntitySearch.Hit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            TextFlow l = ScriptFonts.flow(h + "  ·  " + h.entity().kind().id() + (h.isClose() ? "  ·  close match" : ""),
                    "suggestion");
            setGraphic(l);
        }
    }
}
