package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A TextFlow of styled runs that can be selected and copied like plain text (drag, Shift+click, Ctrl+A, Ctrl+C), with
 * bands drawn behind ranges of its text: the selection, the passage a source viewer opened on, the matches of a find.
 * JavaFX's TextFlow has no selection of its own; its {@code hitTest} and {@code rangeShape} give one.
 *
 * <p>Offsets are into {@link #text()}, the runs' texts joined. Bands are Paths behind the flow, styled by class
 * ({@code text-selection}, {@code passage-band}, {@code find-match}, {@code find-current}).
 */
public final class SelectableFlow extends StackPane {

    static final String SELECTION = "text-selection";

    private final TextFlow flow;
    private final Map<String, Path> bands = new LinkedHashMap<>();
    private final Map<String, List<int[]>> ranges = new LinkedHashMap<>();
    private int anchor = -1;
    private int caret = -1;

    public SelectableFlow(TextFlow flow) {
        this.flow = flow;
        getStyleClass().add("selectable-flow");
        getChildren().add(flow);
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setMinWidth(0); // wrap to the width given, as a bare TextFlow does (else a panel grows to the longest line)
        flow.setCursor(javafx.scene.Cursor.TEXT);
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    public TextFlow flow() {
        return flow;
    }

    /** The text shown: the runs' texts joined. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.getChildren()) if (n instanceof Text t) sb.append(t.getText());
        return sb.toString();
    }

    /** Draws a band of this style class behind each range [start, end) (replacing that class's previous ranges). */
    public void setBand(String styleClass, List<int[]> spans) {
        ranges.put(styleClass, List.copyOf(spans));
        redraw(styleClass);
    }

    /** The bounds, in this node, of the range's text (to scroll it into view); null when empty. */
    public Bounds boundsOf(int start, int end) {
        Path p = new Path(flow.rangeShape(start, end));
        if (p.getElements().isEmpty()) return null;
        Bounds b = p.getBoundsInLocal();
        return flow.localToParent(b);
    }

    /** The band of a style class (tests look at where it is drawn). */
    public Path band(String styleClass) {
        return bands.get(styleClass);
    }

    /** Selects [start, end) of {@link #text()}. */
    public void select(int start, int end) {
        anchor = start;
        caret = end;
        setBand(SELECTION, start == end ? List.of() : List.of(new int[] {Math.min(start, end), Math.max(start, end)}));
    }

    public String selectedText() {
        if (anchor < 0 || caret < 0 || anchor == caret) return "";
        String t = text();
        return t.substring(Math.max(0, Math.min(anchor, caret)), Math.min(t.length(), Math.max(anchor, caret)));
    }

    /** Puts the selection on the clipboard; false when nothing is selected. */
    public boolean copySelection() {
        String s = selectedText();
        if (s.isEmpty()) return false;
        putOnClipboard(s);
        return true;
    }

    /** Puts plain text on the system clipboard (FX thread). */
    public static void putOnClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private int indexAt(MouseEvent e) {
        Point2D local = flow.sceneToLocal(e.getSceneX(), e.getSceneY());
        int i = flow.hitTest(local).getInsertionIndex();
        return Math.max(0, Math.min(i, text().length()));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        requestFocus();
        int i = indexAt(e);
        if (e.isShiftDown() && anchor >= 0) select(anchor, i);
        else select(i, i);
        e.consume(); // else an enclosing ScrollPane takes the focus back and Ctrl+C would not reach us
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown() || anchor < 0) return;
        select(anchor, indexAt(e));
    }

    private void keyPressed(KeyEvent e) {
        if (!e.isShortcutDown()) return;
        if (e.getCode() == KeyCode.C && copySelection()) e.consume();
        else if (e.getCode() == KeyCode.A) {
            select(0, text().length());
            e.consume();
        }
    }

    private void redrawBands() {
        for (String c : new ArrayList<>(ranges.keySet())) redraw(c);
    }

    private void redraw(String styleClass) {
        Path p = bands.computeIfAbsent(styleClass, c -> {
            Path path = new Path();
            path.getStyleClass().addAll("text-band", c);
            path.setManaged(false);
            path.setMouseTransparent(true);
            getChildren().add(getChildren().indexOf(flow), path); // behind the text, in the order first drawn
            return path;
        });
        List<PathElement> elements = new ArrayList<>();
        for (int[] r : ranges.getOrDefault(styleClass, List.of())) {
            if (r[1] > r[0]) elements.addAll(List.of(flow.rangeShape(r[0], r[1])));
        }
        p.getElements().setAll(elements);
        p.setLayoutX(flow.getLayoutX());
        p.setLayoutY(flow.getLayoutY());
    }

    /** Bands follow the text when it wraps anew: the flow is laid out first, then the bands drawn over its lines. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        flow.layout();
        redrawBands();
    }
}
