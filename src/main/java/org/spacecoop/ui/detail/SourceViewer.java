package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Source;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * A window showing a whole source document with one passage on a band and scrolled into view; every mention of a
 * known entity is a link that selects it in the graph. The text can be selected and copied; Ctrl+F finds in it
 * (Enter next, Shift+Enter previous); Escape or Ctrl+W closes it (Escape in the find bar closes the bar). One window,
 * reused.
 */
public final class SourceViewer {

    private final ExplorerViewModel vm;
    private final Consumer<String> openUrl;
    private final List<String> stylesheets;
    private Stage stage;
    private BorderPane root;
    private SelectableFlow text;
    private ScrollPane scroll;
    private FindBar find;

    public SourceViewer(ExplorerViewModel vm, Consumer<String> openUrl, List<String> stylesheets) {
        this.vm = vm;
        this.openUrl = openUrl;
        this.stylesheets = stylesheets;
    }

    /** Shows the document with the passage highlighted. */
    public void show(Window owner, EvidenceIndex evidence, Source source, Passage passage) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) stage.initOwner(owner);
            root = new BorderPane();
            root.setId("source-viewer");
            root.getStyleClass().add("source-viewer");
            Scene scene = new Scene(root, 720, 640);
            scene.getStylesheets().addAll(stylesheets);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::openFind);
            scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                    e.consume();
                }
            });
            stage.setScene(scene);
        }
        stage.setTitle(source.title() + " — source");
        TextFlow doc = document(evidence, source, passage);
        text = new SelectableFlow(doc);
        text.setId("source-document");
        text.setPadding(new Insets(16));
        int[] band = passageRange(source, passage);
        text.setBand("passage-band", List.of(band));
        scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("source-scroll");
        find = new FindBar(text, this::scrollToRange);
        root.setTop(header(source));
        root.setCenter(scroll);
        root.setBottom(null);
        stage.show();
        stage.toFront();
        Platform.runLater(() -> scrollToRange(band[0], band[1]));
    }

    private static int[] passageRange(Source source, Passage passage) {
        int n = source.text().length();
        int ps = Math.max(0, Math.min(passage.start(), n));
        return new int[] {ps, Math.max(ps, Math.min(passage.end(), n))};
    }

    /** Ctrl+F: shows the find bar and puts the cursor in it. */
    private void openFind() {
        if (find == null) return;
        root.setBottom(find);
        find.focus();
        find.setOnClose(() -> {
            root.setBottom(null);
            text.requestFocus();
        });
    }

    /** The document's text: mentions marked (clickable), the passage's runs carrying {@code passage-focus}. */
    TextFlow document(EvidenceIndex evidence, Source source, Passage passage) {
        String text = source.text();
        int ps = Math.max(0, Math.min(passage.start(), text.length()));
        int pe = Math.max(ps, Math.min(passage.end(), text.length()));
        List<Mark> mentions = evidence.mentionsInDocument(source, "mention");
        Consumer<Entity> select = e -> {
            vm.select(e);
            vm.centreOn(e);
        };
        List<Text> runs = new ArrayList<>();
        runs.addAll(MarkedText.runs(text.substring(0, ps), within(mentions, 0, ps), select));
        List<Text> focus = MarkedText.runs(text.substring(ps, pe), within(mentions, ps, pe), select);
        focus.forEach(t -> t.getStyleClass().add("passage-focus"));
        runs.addAll(focus);
        runs.addAll(MarkedText.runs(text.substring(pe), within(mentions, pe, text.length()), select));
        TextFlow flow = new TextFlow(runs.toArray(Text[]::new));
        flow.setId("source-text");
        flow.getStyleClass().add("source-text");
        return flow;
    }

    private static List<Mark> within(List<Mark> marks, int from, int to) {
        return marks.stream().filter(m -> m.start() >= from && m.end() <= to).map(m -> m.shift(-from)).toList();
    }

    private VBox header(Source s) {
        Label title = new Label(s.title());
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label meta = new Label(String.join("  ·  ", nonNull(s.publisher(), s.date(), s.kind())));
        meta.getStyleClass().add("facts");
        VBox box = new VBox(2, title, meta);
        if (s.url() != null) {
            Hyperlink link = new Hyperlink(s.url());
            link.setOnAction(e -> openUrl.accept(s.url()));
            box.getChildren().add(link);
        }
        box.setPadding(new Insets(10, 16, 6, 16));
        box.getStyleClass().add("source-header");
        return box;
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null && !p.isBlank()) out.add(p);
        return out;
    }

    /** Scrolls so the range's first line sits a third of the way down the view. */
    private void scrollToRange(int start, int end) {
        text.applyCss();
        text.layout();
        Bounds b = text.boundsOf(start, Math.max(end, start + 1));
        if (b == null) return;
        double content = text.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) return;
        double target = Math.max(0, b.getMinY() - viewport / 3);
        scroll.setVvalue(Math.min(1, target / (content - viewport)));
    }

    /** The window, once shown (tests). */
    public Stage stage() {
        return stage;
    }

    /** The document on show (tests look at its bands). */
    public SelectableFlow document() {
        return text;
    }
}
