package org.spacecoop.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.ui.TestGraphs;
import org.spacecoop.ui.shell.ExplorerView;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.spacecoop.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export through the dialog and open files, in the real window, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class FileActionsTest {

    @TempDir
    Path dir;

    private ExplorerView view;
    private CooperationGraph graph;

    @Start
    void start(Stage stage) {
        graph = TestGraphs.opEd();
        view = ExplorerWindow.show(stage, new FxTaskExecutor(1), url -> { });
        view.viewModel().setGraph(graph);
    }

    @BeforeEach
    void waitForLayout() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.layoutController().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void fillDialog(FxRobot robot, ExportSettings.Format format, Path file) {
        ChoiceBox<ExportSettings.Format> formats = robot.lookup("#export-format").queryAs(ChoiceBox.class);
        robot.interact(() -> formats.setValue(format));
        TextField name = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> name.setText(file.toString()));
    }

    private void waitForExport(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && !view.viewModel().work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportGraphmlFromTheToolbarAndReadItBack(FxRobot robot) throws Exception {
        Path file = dir.resolve("op-ed.graphml");
        robot.clickOn("#export-button");
        fillDialog(robot, ExportSettings.Format.GRAPHML, file);
        robot.clickOn("#export-ok");
        waitForExport(file);

        var loaded = new GraphFileLoader(p -> null).load(file);
        assertThat(loaded.dataset().entities()).hasSize(graph.graph().vertexSet().size());
        assertThat(loaded.dataset().relations()).hasSize(graph.graph().edgeSet().size());
        assertThat(loaded.positions()).hasSize(graph.graph().vertexSet().size()); // the layout on screen went along
        assertThat(view.viewModel().messageProperty().get()).startsWith("Exported op-ed.graphml");
    }

    @Test
    void exportPngWithCtrlEAtAPixelWidth(FxRobot robot) throws Exception {
        Path file = dir.resolve("view.png");
        robot.clickOn(view.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        fillDialog(robot, ExportSettings.Format.PNG, file);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> size = robot.lookup("#export-size").queryAs(ChoiceBox.class);
        robot.interact(() -> size.setValue(ExportDialog.SIZES[3]));
        TextField width = robot.lookup("#export-width").queryAs(TextField.class);
        robot.interact(() -> width.setText("480"));
        robot.clickOn("#export-scope-view");
        robot.clickOn("#export-ok");
        waitForExport(file);

        var img = javax.imageio.ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(480);
        // the current view keeps the canvas' proportions
        double ratio = view.canvas().getHeight() / view.canvas().getWidth();
        assertThat((double) img.getHeight()).isCloseTo(480 * ratio, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void theExportedImageShowsTheAnalyticsColourAndSizeOnTheCanvas(FxRobot robot) throws Exception {
        var canvas = view.canvas();
        var gs = canvas.graphScene();
        int node = loneliestNode(gs.scene());
        var at = canvas.screenPointOf(gs.entity(node)).orElseThrow();
        int magenta = 0xFFFF00FF;
        robot.interact(() -> {
            gs.scene().setColorOverride(node, magenta); // what colour-by-community does (SceneDecorator)
            gs.scene().setRadiusOverride(node, gs.scene().baseRadius(node) * 2); // and size-by-betweenness
            canvas.markDirty();
        });
        Path file = dir.resolve("decorated.png");
        robot.clickOn("#export-button");
        fillDialog(robot, ExportSettings.Format.PNG, file);
        robot.clickOn("#export-scope-view");
        robot.clickOn("#export-legend"); // off, so it covers no node
        robot.clickOn("#export-ok");
        waitForExport(file);

        var img = javax.imageio.ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.round(canvas.getWidth()));
        assertThat(img.getRGB((int) Math.round(at.getX()), (int) Math.round(at.getY()))).isEqualTo(magenta);
        // twice the radius: a point 1.5 base radii right of the centre is still the node
        double r = gs.scene().baseRadius(node) * canvas.viewport().scale();
        assertThat(img.getRGB((int) Math.round(at.getX() + 1.5 * r), (int) Math.round(at.getY()))).isEqualTo(magenta);
    }

    /** The visible node farthest from any other, so no neighbour is drawn over it. */
    private static int loneliestNode(org.spacecoop.core.render.RenderScene s) {
        int best = -1;
        double bestGap = -1;
        for (int i = 0; i < s.nodeCount(); i++) {
            if (!s.isNodeVisible(i)) continue;
            double gap = Double.MAX_VALUE;
            for (int j = 0; j < s.nodeCount(); j++) {
                if (j != i && s.isNodeVisible(j)) gap = Math.min(gap, Math.hypot(s.x(i) - s.x(j), s.y(i) - s.y(j)));
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }

    @Test
    void aBrokenFileLeavesTheGraphAndNamesThePlace(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.dot"), "digraph g {\n  a -> b;\n  -> c;\n}\n");
        robot.interact(() -> FileActions.of(view).open(bad));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().loadErrorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().getGraph()).isSameAs(graph);
        assertThat(view.viewModel().loadErrorProperty().get().getMessage()).startsWith("bad.dot:3:");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isPresent();
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != view.getScene().getWindow())
                .forEach(javafx.stage.Window::hide));

        Path good = Files.writeString(dir.resolve("good.gml"), "graph [ node [ id 1 label \"A\" ] node [ id 2 label \"B\" ] edge [ source 1 target 2 type \"operates\" ] ]");
        robot.interact(() -> FileActions.of(view).open(good));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().getGraph() != graph);
        WaitForAsyncUtils.waitForFxEvents(); // the source name is set just after the graph, on the FX thread
        assertThat(view.viewModel().getGraph().graph().vertexSet()).hasSize(2);
        assertThat(view.viewModel().sourceNameProperty().get()).isEqualTo("good.gml");
    }
}
