package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;


/**
 * Find in a document ({@code #source-find-field}): every match on a band, the current one brighter and scrolled to;
 * Enter next, Shift+Enter previous, Escape closes the bar. Case is ignored.
 */
final class FindBar extends HBox {

    private final SelectableFlow document;
    private final BiConsumer<Integer, Integer> reveal;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final List<int[]> matches = new ArrayList<>();
    private int current = -1;
    private Runnable onClose = () -> { };

    /** @param reveal scrolls a range [start, end) of the document into view */
    FindBar(SelectableFlow document, BiConsumer<Integer, Integer> reveal) {
        this.document = document;
        this.reveal = reveal;
        setId("source-find-bar");
        getStyleClass().add("source-find-bar");
        field.setId("source-find-field");
        field.setPromptText("Find in the document");
        field.setPrefColumnCount(22);
        count.setId("source-find-count");
        count.getStyleClass().add("hint");
        Button previous = new Button("↑");
        previous.setId("source-find-previous");
        previous.setOnAction(e -> step(-1));
        Button next = new Button("↓");
        next.setId("source-find-next");
        next.setOnAction(e -> step(1));
        Button close = new Button("Close");
        close.setOnAction(e -> close());
        field.textProperty().addListener((o, a, b) -> search(b));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) step(e.isShiftDown() ? -1 : 1);
            else if (e.getCode() == KeyCode.ESCAPE) close();
            else return;
            e.consume();
        });
        getChildren().addAll(new Label("Find:"), field, previous, next, count, close);
    }

    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** The matches found, as [start, end) offsets into the document's text. */
    List<int[]> matches() {
        return List.copyOf(matches);
    }

    int current() {
        return current;
    }

    private void search(String q) {
        matches.clear();
        current = -1;
        String needle = q == null ? "" : q.toLowerCase(Locale.ROOT);
        if (!needle.isBlank()) {
            String hay = document.text().toLowerCase(Locale.ROOT);
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
                matches.add(new int[] {at, at + needle.length()});
            }
        }
        document.setBand("find-match", matches);
        if (!matches.isEmpty()) show(0);
        else {
            document.setBand("find-current", List.of());
            count.setText(needle.isBlank() ? "" : "Not found");
        }
    }

    private void step(int by) {
        if (matches.isEmpty()) return;
        show(Math.floorMod(current + by, matches.size()));
    }

    private void show(int i) {
        current = i;
        int[] m = matches.get(i);
        document.setBand("find-current", List.of(m));
        count.setText((i + 1) + " of " + matches.size());
        reveal.accept(m[0], m[1]);
    }

    private void close() {
        field.clear();
        onClose.run();
    }
}
