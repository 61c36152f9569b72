package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.analysis.SinglePointsOfFailure;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.analytics.AnalyticsPanel;
import org.spacecoop.ui.analytics.AnalyticsViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analytics inputs as a user fills them: names typed and Find or Remove clicked with no Enter, reports in names,
 * and every highlight cleared by its Clear button or by Escape.
 */
class AnalyticsInputsTest extends LaunchedApp {

    /** A relation id as the dataset writes them ("esa.provides-hardware.gateway"): reports must not show these. */
    private static final String RELATION_ID = "[a-z0-9_]+\\.[a-z-]+\\.[a-z0-9_]+";

    private static AnalyticsViewModel analytics;

    @BeforeAll
    static void start() throws Exception {
        launch();
        analytics = ((AnalyticsPanel) view.lookup("#analytics-panel")).viewModel();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @BeforeEach
    void openAnalytics() throws Exception {
        interact(() -> {
            analytics.clearHighlights();
            analytics.whatIf().clear();
            analytics.paths().fromProperty().set(null);
            analytics.paths().toProperty().set(null);
            analytics.whatIf().anchorProperty().set(null);
            view.viewModel().clearSelection();
        });
        clickOn(lookup(".tab").match((Node t) -> t.lookup(".tab-label") instanceof Labeled l
                && l.getText().equals("Analytics")).<Node>query());
        idle();
    }

    /** Opens a section by clicking its title, unless it is open already. */
    private void openSection(String id) {
        TitledPane pane = byId(id);
        if (!pane.isExpanded()) clickOn(pane.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.viewModel().work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInto(String id, String text) {
        clickOn("#" + id);
        interact(() -> this.<TextField>byId(id).clear());
        write(text);
    }

    private static RenderScene scene() {
        return view.canvas().graphScene().scene();
    }

    private static int highlightedEdges() {
        return scene().highlightedEdges().cardinality();
    }

    private String text(String id) {
        return this.<Labeled>byId(id).getText();
    }

    @Test
    void typedNamesAreResolvedOnFindAndTheReportNamesEveryStep() throws Exception {
        openSection("analytics-path");
        typeInto("path-from", "MBRSC");           // an alias
        typeInto("path-to", "China National Spce Administration"); // a misspelt name
        clickOn("#path-find");
        idle();

        assertThat(text("path-summary")).contains("shortest chain");
        assertThat(analytics.paths().fromProperty().get().id()).isEqualTo("mbrsc");
        assertThat(analytics.paths().toProperty().get().id()).isEqualTo("cnsa");
        assertThat(highlightedEdges()).isEqualTo(analytics.paths().chosenProperty().get().length());
        List<String> steps = lookup("#path-steps").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(steps.get(0)).startsWith("1. Mohammed bin Rashid Space Centre");
        assertThat(String.join("\n", steps)).doesNotContainPattern(RELATION_ID);
    }

    @Test
    void aTextThatMatchesNothingIsNamed() throws Exception {
        openSection("analytics-path");
        typeInto("path-from", "ESA");
        typeInto("path-to", "Qwxzvb");
        clickOn("#path-find");
        idle();
        assertThat(text("path-summary")).isEqualTo("No entity matches “Qwxzvb”.");
        assertThat(highlightedEdges()).isZero();
    }

    @Test
    void thePathHighlightClearsWithClearAndWithEscape() throws Exception {
        openSection("analytics-path");
        typeInto("path-from", "ESA");
        typeInto("path-to", "CNSA");
        clickOn("#path-find");
        idle();
        assertThat(highlightedEdges()).isPositive();
        clickOn("#path-clear");
        assertThat(highlightedEdges()).isZero();
        assertThat(text("path-summary")).isEmpty();

        clickOn("#path-find");
        idle();
        assertThat(highlightedEdges()).isPositive();
        clickOn(view.canvas()).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(highlightedEdges()).isZero();
    }

    @Test
    void aBridgeIsListedByNamesAndItsHighlightClears() throws Exception {
        openSection("analytics-failures");
        clickOn("#spof-find");
        idle();
        javafx.scene.control.ListView<Object> list = byId("spof-list");
        interact(() -> list.scrollTo(list.getItems().stream().filter(i -> i instanceof SinglePointsOfFailure.Bridge)
                .findFirst().orElseThrow())); // as the user scrolls down to the bridges
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> bridge = from(list).lookup(".list-cell")
                .match((ListCell<?> c) -> c.isVisible() && c.getItem() instanceof SinglePointsOfFailure.Bridge)
                .queryAll().stream().map(c -> (ListCell<?>) c)
                .min(java.util.Comparator.comparingDouble(c -> c.localToScreen(c.getBoundsInLocal()).getMinY()))
                .orElseThrow(); // the top one: the lowest may be half under the list's edge
        assertThat(bridge.getText()).contains(" → ").doesNotContainPattern(RELATION_ID);

        javafx.geometry.Point2D onCell = point(bridge).query();
        clickOn(onCell);
        assertThat(highlightedEdges()).isEqualTo(1);
        clickOn("#spof-clear");
        assertThat(highlightedEdges()).isZero();

        clickOn(onCell);
        assertThat(highlightedEdges()).isEqualTo(1);
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(highlightedEdges()).isZero();
        assertThat(analytics.failures().focusedProperty().get()).isNull();
    }

    @Test
    void whatIfRunsOnTypedNamesReportsNamesAndEscapeUndoesIt() throws Exception {
        var fullView = view.viewModel().getVisibleGraph();
        openSection("analytics-whatif");
        typeInto("whatif-field", "NASA");
        typeInto("whatif-anchor", "European Space Agncy");
        clickOn("#whatif-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().getVisibleGraph() != fullView);
        WaitForAsyncUtils.waitForFxEvents();

        String report = lookup("#whatif-report").queryAs(TextArea.class).getText();
        assertThat(report).contains("National Aeronautics and Space Administration → develops → Lunar Gateway")
                .contains("Cut off from European Space Agency").doesNotContainPattern(RELATION_ID);
        assertThat(this.<TextField>byId("whatif-field").getText()).isEmpty();

        clickOn(view.canvas()).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().getVisibleGraph()).isSameAs(fullView);
        assertThat(analytics.whatIf().activeProperty().get()).isFalse();
    }

    @Test
    void whatIfNamesTheTextThatMatchedNothing() throws Exception {
        var fullView = view.viewModel().getVisibleGraph();
        openSection("analytics-whatif");
        typeInto("whatif-field", "Qwxzvb");
        clickOn("#whatif-run");
        idle();
        assertThat(text("whatif-problem")).isEqualTo("No entity matches “Qwxzvb”.");
        assertThat(view.viewModel().getVisibleGraph()).isSameAs(fullView);
        clickOn("#whatif-clear");
    }
}
