package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.ui.LaunchedApp;
import org.testfx.util.WaitForAsyncUtils;

/** The window as it opens (Monocle's screen is 1280×800), its buttons at that size, and its place remembered. */
class WindowSizeTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @Test
    void opensAtAbout85PercentOfTheScreenAndAtLeast1024x700() {
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(1024).isLessThanOrEqualTo(1280);
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(700).isLessThanOrEqualTo(800);
        assertThat(view.canvas().getWidth()).as("room left for the graph").isGreaterThan(400);
    }

    @Test
    void noToolbarOrFilterButtonIsCutShortAtTheDefaultSizeNorAt1280Wide() {
        assertWholeLabels();
        interact(() -> {
            stage.setX(0);
            stage.setWidth(1280);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertWholeLabels();
    }

    private void assertWholeLabels() {
        List<String> cut = new java.util.ArrayList<>();
        for (String id : List.of("#tool-bar", "#filter-panel")) collectCut(byId(id), cut);
        assertThat(cut).as("labels shown shortened").isEmpty();
        assertThat(lookup("#tool-bar .button").queryAll()).hasSizeGreaterThan(4);
        assertThat(lookup("#filter-panel .button").queryAll()).hasSizeGreaterThan(8);
    }

    /** Labeled controls (not list items) whose text node shows less than their text, e.g. "Fo…" for "Focus". */
    private static void collectCut(Node n, List<String> cut) {
        if (n instanceof Cell<?> && !isComboButtonCell(n)) return;
        if (!n.isVisible()) return; // e.g. a toolbar item moved to the overflow menu
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Node text = l.lookup(".text");
            if (text instanceof Text t && !t.getText().equals(l.getText())) cut.add(l.getText() + " shown as " + t.getText());
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collectCut(c, cut);
    }

    private static boolean isComboButtonCell(Node n) {
        return n.getStyleClass().contains("list-cell") && n.getParent() != null
                && n.getParent().getStyleClass().contains("combo-box-base");
    }

    @Test
    void aMovedAndResizedWindowOpensThereNextTime() throws Exception {
        interact(() -> {
            stage.setX(50);
            stage.setY(30);
            stage.setWidth(1150);
            stage.setHeight(740);
        });
        Path saved = configDir.resolve("window.properties");
        Files.deleteIfExists(saved);

        close();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        assertThat(Files.readString(saved)).contains("x=50.0", "y=30.0", "width=1150.0", "height=740.0");

        launchAgain();
        assertThat(stage.getX()).isEqualTo(50);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getWidth()).isEqualTo(1150);
        assertThat(stage.getHeight()).isEqualTo(740);
    }
}
