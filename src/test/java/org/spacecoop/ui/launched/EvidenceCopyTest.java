package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.detail.SelectableFlow;
import org.testfx.util.WaitForAsyncUtils;

/** Evidence leaves the app with its citation: passages are selectable and copied with their source. */
class EvidenceCopyTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @BeforeEach
    void emptyClipboard() {
        interact(() -> {
            Clipboard.getSystemClipboard().clear();
            view.viewModel().clearSelection();
        });
    }

    private void search(String text) {
        clickOn("#search-field").eraseText(40).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String clipboard() {
        String[] s = new String[1];
        interact(() -> s[0] = Clipboard.getSystemClipboard().getString());
        return s[0];
    }

    /** Scrolls the detail panel so the node shows, as a user scrolls to it. */
    private void reveal(Node n) {
        interact(() -> {
            ScrollPane panel = view.detailPanel();
            Bounds content = panel.getContent().getLayoutBounds();
            Bounds b = panel.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double room = content.getHeight() - panel.getViewportBounds().getHeight();
            if (room > 0) panel.setVvalue(Math.min(1, Math.max(0, (b.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Source source(Passage p) {
        return view.viewModel().getGraph().dataset().sources().stream().filter(s -> s.id().equals(p.sourceId()))
                .findFirst().orElseThrow();
    }

    @Test
    void copyWithCitationPutsTheQuoteTitlePublisherAndDateOnTheClipboard() {
        search("Tiangong space station");
        Node card = lookup(".passage-card").query();
        Passage p = (Passage) card.getUserData();
        Source src = source(p);
        Hyperlink copy = from(card).lookup(".copy-citation").query();
        reveal(copy);
        clickOn(copy);

        String copied = clipboard();
        assertThat(copied).startsWith("“" + p.text().strip().replaceAll("\\s+", " ") + "”")
                .contains("— " + src.title() + ", " + src.publisher() + ", " + src.date() + ".");
        // the bundled op-ed has no web address; CitationTest covers a source that has one
    }

    @Test
    void passageTextIsSelectedByDraggingAndCopiedWithCtrlC() {
        search("Tiangong space station");
        SelectableFlow quote = lookup(".passage-card .selectable-flow").query();
        reveal(quote);
        Bounds b = quote.localToScreen(quote.getLayoutBounds());
        Point2D start = new Point2D(b.getMinX() + 2, b.getMinY() + 8);
        Point2D end = new Point2D(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + 8);
        drag(start).dropTo(end);
        assertThat(quote.selectedText()).as("selected by the drag").isNotBlank();
        assertThat(quote.isFocused()).as("the quote has the keys").isTrue();
        push(KeyCode.CONTROL, KeyCode.C);

        String copied = clipboard();
        assertThat(copied).isNotBlank().isEqualTo(quote.selectedText());
        assertThat(quote.text()).startsWith(copied);
        assertThat(quote.band("text-selection").getElements()).isNotEmpty();
    }

    @Test
    void aRelationIsCopiedWithItsEndsStatusDatesQuotesAndReferences() {
        Relation r = view.viewModel().getGraph().relations().stream()
                .filter(x -> !x.evidence().passages().isEmpty() && !x.evidence().references().isEmpty())
                .findFirst().orElseThrow();
        search(view.viewModel().getGraph().from(r).name());
        interact(() -> view.viewModel().selectRelation(r)); // as its "evidence ›" pill does
        clickOn("#copy-relation-citation");

        String copied = clipboard();
        var g = view.viewModel().getGraph();
        Passage quote = r.evidence().passages().get(0);
        assertThat(copied).startsWith(g.from(r).name() + " → " + r.typeName() + " → " + g.to(r).name())
                .contains("Status: " + r.status().id())
                .contains("“" + quote.text().strip().replaceAll("\\s+", " ") + "”")
                .contains(source(quote).title())
                .contains(r.evidence().references().get(0).url());
    }
}
