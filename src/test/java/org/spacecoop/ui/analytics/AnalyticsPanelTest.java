package org.spacecoop.ui.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spacecoop.core.analysis.Measure;
import org.spacecoop.core.analysis.RankedEntity;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.ui.shell.ExplorerView;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.spacecoop.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analytics panel in the explorer window on the bundled dataset, headless under Monocle. One window for the
 * class (TestFX hides the stage after each test; it is shown again); each test starts with default sizes, no
 * what-if and nothing selected.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyticsPanelTest {

    private static CooperationGraph graph;
    private static ExplorerView view;
    private static AnalyticsViewModel analytics;

    @Start
    void start(Stage stage) {
        if (view != null) {
            if (stage.getScene() != view.getScene()) stage.setScene(view.getScene());
            stage.show();
            return;
        }
        graph = CooperationGraph.of(DatasetReader.loadBundled());
        view = ExplorerWindow.show(stage, new FxTaskExecutor(1), url -> { });
        view.viewModel().setGraph(graph);
        analytics = ((AnalyticsPanel) view.lookup("#analytics-panel")).viewModel();
    }

    @BeforeEach
    void reset(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.layoutController().runningProperty().get());
        robot.interact(() -> {
            analytics.whatIf().undo();
            analytics.whatIf().toRemove().clear();
            analytics.measures().sizeByProperty().set(null);
            analytics.paths().clear();
            view.viewModel().clearSelection();
            view.sidePanel().getSelectionModel().select(
                    view.sidePanel().getTabs().stream().filter(t -> t.getText().equals("Analytics")).findFirst().orElseThrow());
        });
        idle();
    }

    /** Opens a section of the panel (clicking its title would close it if it were open already). */
    private static void open(FxRobot robot, String id) {
        robot.interact(() -> {
            var pane = (javafx.scene.control.TitledPane) view.lookup(id);
            ((javafx.scene.control.Accordion) pane.getParent()).setExpandedPane(pane);
        });
    }

    private static void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.viewModel().work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Entity entity(String id) {
        return graph.entity(id).orElseThrow();
    }

    private double radius(String id) {
        GraphScene gs = view.canvas().graphScene();
        return gs.scene().radius(gs.indexOf(entity(id)));
    }

    private boolean shown(String id) {
        GraphScene gs = view.canvas().graphScene();
        return gs.scene().isNodeVisible(gs.indexOf(entity(id)));
    }

    @Test
    void choosingSizeByBetweennessChangesNodeSizes(FxRobot robot) throws Exception {
        open(robot, "#analytics-measures");
        double esaBefore = radius("esa");
        double brokerBefore = radius("cty_fr");
        ComboBox<?> sizeBy = robot.lookup("#size-by").queryAs(ComboBox.class);

        robot.clickOn(sizeBy);
        robot.clickOn("Size: Betweenness");
        idle();

        assertThat(sizeBy.getValue()).isEqualTo(Measure.BETWEENNESS);
        // the Artemis Accords hub, then ESA, hold the most shortest paths: ESA grows; a leaf shrinks to the minimum
        assertThat(radius("artemis_accords")).isEqualTo(SizeScale.MAX_RADIUS);
        assertThat(radius("esa")).isNotEqualTo(esaBefore).isGreaterThan(radius("cty_fr"));
        assertThat(radius("cty_fr")).isNotEqualTo(brokerBefore);
        assertThat(robot.lookup("#legend").queryParent().lookupAll(".legend-hint"))
                .anySatisfy(n -> assertThat(((javafx.scene.control.Label) n).getText()).startsWith("Size: betweenness"));
        assertThat(robot.lookup("#ranking-table").queryTableView().getItems().get(0).toString()).contains("artemis_accords");
    }

    @Test
    void theRankedTableAndTheCanvasSelectionFollowEachOther(FxRobot robot) throws Exception {
        open(robot, "#analytics-measures");
        TableView<RankedEntity> table = robot.lookup("#ranking-table").queryTableView();

        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));

        Entity second = table.getItems().get(1).entity();
        assertThat(view.viewModel().getSelection().selectedEntity()).contains(second);

        robot.interact(() -> view.viewModel().select(entity("mbrsc")));

        assertThat(table.getSelectionModel().getSelectedItem().entity()).isEqualTo(entity("mbrsc"));
    }

    @Test
    void howAreTheyConnectedHighlightsTheChainAndListsItsEvidence(FxRobot robot) throws Exception {
        open(robot, "#analytics-path");
        robot.clickOn("#path-from").write("MBRSC").type(KeyCode.ENTER);
        robot.clickOn("#path-to").write("cnsa").type(KeyCode.ENTER);

        robot.clickOn("#path-find");
        idle();

        GraphScene gs = view.canvas().graphScene();
        assertThat(gs.scene().highlightedNodes().get(gs.indexOf(entity("mbrsc")))).isTrue();
        assertThat(gs.scene().highlightedNodes().get(gs.indexOf(entity("cnsa")))).isTrue();
        assertThat(gs.scene().highlightedEdges().cardinality()).isEqualTo(analytics.paths().chosenProperty().get().length());
        var steps = robot.lookup("#path-steps").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertThat(steps).filteredOn(n -> n.getStyleClass().contains("path-evidence")).isNotEmpty();
        assertThat(robot.lookup("#path-summary").queryLabeled().getText()).contains("shortest chain");
    }

    @Test
    void whatIfForTheUnitedStatesListsTheLostRelationsAndUndoRestoresTheGraph(FxRobot robot) throws Exception {
        var fullView = view.viewModel().getVisibleGraph();
        open(robot, "#analytics-whatif");
        robot.clickOn("#whatif-field").write("cty_us").type(KeyCode.ENTER);
        robot.clickOn("#whatif-anchor").write("ESA").type(KeyCode.ENTER);

        robot.clickOn("#whatif-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().getVisibleGraph() != fullView);
        WaitForAsyncUtils.waitForFxEvents();

        String report = robot.lookup("#whatif-report").queryAs(TextArea.class).getText();
        assertThat(report).contains("What if United States (cty_us) were removed")
                .contains("Also gone: National Aeronautics and Space Administration (part of United States)")
                .contains("Relations lost: ").contains("National Aeronautics and Space Administration → develops → Lunar Gateway")
                .contains("European Space Agency → provides-hardware → Lunar Gateway")
                .contains("Cut off from European Space Agency");
        assertThat(shown("cty_us")).isFalse();
        assertThat(shown("nasa")).isFalse();
        assertThat(shown("esa")).isTrue();

        robot.clickOn("#whatif-undo");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.viewModel().getVisibleGraph()).isSameAs(fullView);
        assertThat(shown("cty_us")).isTrue();
        assertThat(shown("nasa")).isTrue();
        assertThat(robot.lookup("#whatif-report").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(graph.graph().vertexSet()).hasSize(graph.entities().size());
    }
}
