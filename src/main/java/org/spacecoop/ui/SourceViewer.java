package org.spacecoop.ui;

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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Source;
import org.spacecoop.ui.detail.EvidenceIndex;
import org.spacecoop.ui.detail.Mark;
import org.spacecoop.ui.detail.MarkedText;

/**
 * A window showing a whole source document with one passage highlighted and scrolled into view; every mention of a
 * known entity is a link that selects it in the graph. One window, reused.
 */
public final class SourceViewer {

    private final ExplorerViewModel vm;
    private final Consumer<String> openUrl;
    private final List<String> stylesheets;
    private Stage stage;
    private BorderPane root;

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
            stage.setScene(scene);
        }
        stage.setTitle(source.title() + " — source");
        TextFlow doc = document(evidence, source, passage);
        ScrollPane scroll = new ScrollPane(doc);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("source-scroll");
        root.setTop(header(source));
        root.setCenter(scroll);
        stage.show();
        stage.toFront();
        Platform.runLater(() -> scrollTo(scroll, doc));
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
        flow.setPadding(new Insets(16));
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

    private static void scrollTo(ScrollPane scroll, TextFlow doc) {
        Text first = doc.getChildren().stream().filter(n -> n.getStyleClass().contains("passage-focus"))
                .map(Text.class::cast).findFirst().orElse(null);
        if (first == null) return;
        doc.applyCss();
        doc.layout();
        Bounds b = first.getBoundsInParent();
        double content = doc.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) return;
        double target = Math.max(0, b.getMinY() - viewport / 3);
        scroll.setVvalue(Math.min(1, target / (content - viewport)));
    }

    /** The window, once shown (tests). */
    public Stage stage() {
        return stage;
    }
}
