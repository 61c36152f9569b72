package org.spacecoop.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.CheckListView;
import org.jgrapht.Graphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.ui.shell.ExplorerView;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.spacecoop.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter panel in the explorer window on the bundled dataset, headless under Monocle. One window serves every
 * test (the layout of the bundled dataset runs once); each test starts from cleared filters and selection.
 */
@SuppressWarnings("unchecked")
class FilterPanelTest {

    private static CooperationGraph graph;
    private static ExplorerView view;
    private static FilterPanel panel;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openWindow() throws Exception {
        graph = CooperationGraph.of(DatasetReader.loadBundled());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = ExplorerWindow.show(stage, new FxTaskExecutor(1), url -> { });
            view.viewModel().setGraph(graph);
            Tab tab = view.sidePanel().getTabs().stream().filter(t -> t.getText().equals("Filters")).findFirst().orElseThrow();
            view.sidePanel().getSelectionModel().select(tab);
            panel = (FilterPanel) tab.getContent();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.layoutController().runningProperty().get());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void clearFilters() {
        robot.interact(() -> {
            panel.viewModel().clear();
            view.viewModel().clearSelection();
        });
    }

    private GraphScene scene() {
        return view.canvas().graphScene();
    }

    private boolean drawn(Relation r) {
        return scene().scene().isEdgeVisible(scene().indexOf(r));
    }

    private boolean drawn(Entity e) {
        return scene().scene().isNodeVisible(scene().indexOf(e));
    }

    private Set<Entity> drawnEntities() {
        Set<Entity> shown = new HashSet<>();
        for (Entity e : graph.entities()) if (drawn(e)) shown.add(e);
        return shown;
    }

    @Test
    void todayHidesTheSpeculativeIlrsArgonautRelationAndTheOpEdsScenarioShowsIt() {
        Relation speculative = graph.relation("argonaut.compatible-with.ilrs").orElseThrow();
        assertThat(drawn(speculative)).isTrue();

        robot.clickOn("#scenario-today");
        assertThat(drawn(speculative)).isFalse();
        assertThat(view.viewModel().getVisibleGraph().containsEdge(speculative)).isFalse();
        assertThat(robot.lookup("#filter-text").queryTextInputControl().getText()).isEqualTo("scenario=today");
        assertThat(robot.lookup("#filter-status").queryAs(Label.class).getText()).contains("scenario Today");

        robot.clickOn("#scenario-oped");
        assertThat(drawn(speculative)).isTrue();
        assertThat(robot.lookup("#filter-text").queryTextInputControl().getText()).isEqualTo("scenario=oped");
    }

    @Test
    void movingTheAsOfDateTo2019HidesEveryArtemisAccordsSignature() {
        Entity accords = graph.entity("artemis_accords").orElseThrow();
        List<Relation> signatures = graph.graph().incomingEdgesOf(accords).stream()
                .filter(r -> r.type() == RelationType.SIGNATORY_OF).toList();
        assertThat(signatures).isNotEmpty().allMatch(this::drawn);

        Slider asOf = robot.lookup("#asof-slider").queryAs(Slider.class);
        robot.interact(() -> asOf.setValue(2019));
        assertThat(panel.viewModel().get().asOf().year()).isEqualTo(2019);
        assertThat(signatures).noneMatch(this::drawn);
        assertThat(robot.lookup("#asof-label").queryAs(Label.class).getText()).isEqualTo("2019");

        robot.interact(() -> asOf.setValue(2024));
        assertThat(signatures).anyMatch(this::drawn);
    }

    @Test
    void focusOnEsaDepthOneLeavesOnlyEsaAndItsNeighboursAndShiftFClearsIt() {
        Entity esa = graph.entity("esa").orElseThrow();
        Set<Entity> expected = new HashSet<>(Graphs.neighborSetOf(graph.graph(), esa));
        expected.add(esa);
        // a click on empty canvas gives it the keyboard focus (and clears the selection), then ESA is selected
        robot.clickOn(view.canvas().localToScreen(new Point2D(3, 3))).interact(() -> view.viewModel().select(esa));
        robot.type(KeyCode.F);

        assertThat(drawnEntities()).isEqualTo(expected);
        assertThat(view.viewModel().getSelection().selectedEntity()).contains(esa); // the selection survives
        assertThat(robot.lookup("#focus-label").queryAs(Label.class).getText()).isEqualTo("Focused on esa, depth 1");

        robot.press(KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT);
        assertThat(drawnEntities()).hasSize(graph.entities().size());
    }

    @Test
    void nodesThatStayVisibleDoNotMoveAndHiddenOnesComeBackWhereTheyWere() {
        Map<Entity, Point2D> before = positions();
        robot.clickOn("#scenario-today");
        WaitForAsyncUtils.waitForFxEvents();
        Set<Entity> shown = drawnEntities();
        assertThat(shown).isNotEmpty();
        robot.interact(() -> panel.viewModel().setShowIsolated(false));
        assertThat(drawnEntities()).hasSizeLessThan(graph.entities().size());
        Map<Entity, Point2D> during = positions();
        for (Entity e : drawnEntities()) assertThat(during.get(e)).as(e.id()).isEqualTo(before.get(e));

        robot.clickOn("#clear-filters");
        assertThat(drawnEntities()).hasSize(graph.entities().size());
        assertThat(positions()).isEqualTo(before);
    }

    @Test
    void theTextFormAppliesOnEnterAndShowsErrorsInline() {
        robot.doubleClickOn("#filter-text").write("status=activ").type(KeyCode.ENTER);
        Label error = robot.lookup("#filter-text-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("unknown status \"activ\" in clause 1 \"status=activ\"");

        robot.interact(() -> robot.lookup("#filter-text").queryTextInputControl().clear());
        robot.clickOn("#filter-text").write("type=signatory-of;isolated=hide").type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(drawn(graph.entity("artemis_accords").orElseThrow())).isTrue();
        assertThat(drawn(graph.entity("cnsa").orElseThrow())).isFalse();

        robot.interact(() -> robot.lookup("#copy-filter-text").queryButton().fire());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("type=signatory-of;isolated=hide");
    }

    @Test
    void checkListsChooseNoneThenOneAndShowCounts() {
        robot.interact(() -> robot.lookup("#filter-statuses-none").queryButton().fire());
        assertThat(view.viewModel().getVisibleGraph().edgeSet()).isEmpty();
        assertThat(robot.lookup("#filter-text").queryTextInputControl().getText()).isEqualTo("status=");

        CheckListView<Status> list = robot.lookup("#filter-statuses").queryAs(CheckListView.class);
        robot.interact(() -> list.getCheckModel().check(Status.SPECULATIVE));
        assertThat(view.viewModel().getVisibleGraph().edgeSet()).isNotEmpty()
                .allMatch(r -> r.status() == Status.SPECULATIVE);
        assertThat(list.getCheckModel().getCheckedItems()).containsExactly(Status.SPECULATIVE);

        robot.interact(() -> robot.lookup("#filter-statuses-all").queryButton().fire());
        assertThat(view.viewModel().getVisibleGraph().edgeSet()).hasSize(graph.relations().size());
        assertThat(list.getCheckModel().getCheckedItems()).containsExactlyInAnyOrderElementsOf(list.getItems());
        assertThat(panel.viewModel().get().statuses()).hasSize(Status.values().length);
    }

    @Test
    void playStepsTheAsOfDateYearByYearAndTypingFInAFieldDoesNotFocus() throws Exception {
        robot.interact(() -> robot.lookup("#play-button").queryButton().fire());
        int first = panel.viewModel().optionsProperty().get().firstYear();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.viewModel().get().asOf() != null
                && panel.viewModel().get().asOf().year() >= first + 2);
        robot.interact(() -> robot.lookup("#play-button").queryButton().fire());
        int stopped = panel.viewModel().get().asOf().year();
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertThat(panel.viewModel().get().asOf().year()).isEqualTo(stopped);

        robot.interact(() -> view.viewModel().select(graph.entity("esa").orElseThrow()));
        robot.clickOn("#filter-name").write("f");
        assertThat(panel.viewModel().get().text()).isEqualTo("f");
        assertThat(panel.viewModel().get().focus()).isNull();
    }

    private Map<Entity, Point2D> positions() {
        Map<Entity, Point2D> map = new HashMap<>();
        for (Entity e : graph.entities()) {
            int i = scene().indexOf(e);
            map.put(e, new Point2D(scene().scene().x(i), scene().scene().y(i)));
        }
        return map;
    }
}
