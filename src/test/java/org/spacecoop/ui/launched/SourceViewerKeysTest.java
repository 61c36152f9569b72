package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.detail.SourceViewer;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.testfx.util.WaitForAsyncUtils;

/** The source viewer by keys: the opening passage on a band, Ctrl+F finds, Escape and Ctrl+W close. */
class SourceViewerKeysTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @AfterEach
    void hideViewer() {
        Stage s = viewer().stage();
        if (s != null) interact(s::hide);
    }

    private static SourceViewer viewer() {
        return ExplorerWindow.sourceViewer(view);
    }

    /** Selects ESA, scrolls to its first passage with a source text and clicks "Open in source". */
    private Stage openFirstPassage() {
        clickOn("#search-field").eraseText(40).write("ESA").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink open = lookup(".open-source").query();
        interact(() -> {
            ScrollPane panel = view.detailPanel();
            Bounds b = panel.getContent().sceneToLocal(open.localToScene(open.getBoundsInLocal()));
            double room = panel.getContent().getLayoutBounds().getHeight() - panel.getViewportBounds().getHeight();
            if (room > 0) panel.setVvalue(Math.min(1, Math.max(0, (b.getMinY() - 80) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(open);
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = viewer().stage();
        assertThat(stage.isShowing()).isTrue();
        clickOn(viewer().document()); // the reader's click in the text; the keys go to this window
        return stage;
    }

    @Test
    void theOpeningPassageLiesOnABandAtLeastAsStrongAsTheMentions() {
        openFirstPassage();
        Path band = viewer().document().band("passage-band");
        assertThat(band.getElements()).isNotEmpty();
        List<Text> focus = from(viewer().document()).lookup(".passage-focus").queryAllAs(Text.class).stream().toList();
        assertThat(focus).isNotEmpty();
        Bounds first = focus.get(0).localToScene(focus.get(0).getBoundsInLocal());
        Bounds onBand = band.localToScene(band.getBoundsInLocal());
        assertThat(onBand.contains(first.getCenterX(), first.getCenterY())).isTrue();
        // mentions are bold text only; the passage is bold and on a coloured band
        assertThat(focus.get(0).getFont().getStyle()).containsIgnoringCase("bold");
        // a shape is filled opaque black by default; the band takes its colour from the stylesheet
        assertThat(band.getFill()).isInstanceOf(Color.class).isNotEqualTo(Color.BLACK);
        assertThat(((Color) band.getFill()).getOpacity()).isPositive();
        ScrollPane scroll = from(viewer().stage().getScene().getRoot()).lookup(".source-scroll").query();
        Bounds port = scroll.localToScene(scroll.getBoundsInLocal());
        assertThat(first.getMinY()).isBetween(port.getMinY(), port.getMaxY());
    }

    @Test
    void ctrlFFindsInTheDocumentAndEnterStepsThroughTheMatches() {
        openFirstPassage();
        push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = from(viewer().stage().getScene().getRoot()).lookup("#source-find-field").query();
        assertThat(field.isFocused()).isTrue();
        write("China");
        WaitForAsyncUtils.waitForFxEvents();
        Label count = from(viewer().stage().getScene().getRoot()).lookup("#source-find-count").query();
        assertThat(count.getText()).matches("1 of \\d+");
        int total = Integer.parseInt(count.getText().replaceAll(".* of ", ""));
        assertThat(total).isGreaterThan(1);
        assertThat(viewer().document().band("find-match").getElements()).isNotEmpty();
        type(KeyCode.ENTER);
        assertThat(count.getText()).isEqualTo("2 of " + total);

        type(KeyCode.ESCAPE); // closes the find bar only
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer().stage().isShowing()).isTrue();
        assertThat(viewer().stage().getScene().getRoot().lookup("#source-find-bar")).isNull();
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer().stage().isShowing()).isFalse();
    }

    @Test
    void ctrlWClosesTheViewer() {
        openFirstPassage();
        push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer().stage().isShowing()).isFalse();
    }

    @Test
    void escapeClosesTheViewer() {
        Node ignored = openFirstPassage().getScene().getRoot();
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer().stage().isShowing()).isFalse();
    }
}
