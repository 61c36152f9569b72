package org.spacecoop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.render.Viewport;
import org.spacecoop.core.synthetic.SyntheticDataset;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A generated graph of 50,000 entities and 100,000 relations opened the way File > Open opens it: the layout runs in the background with
 * the progress bar moving, and the user zooms and pans with the keyboard meanwhile; the layout then keeps
 * the user's view instead of fitting it again, and the last frame shows the settled picture.
 */
@ExtendWith(ApplicationExtension.class)
class LargeGraphViewTest {

    private static final int ENTITIES = 50_000;
    private static Path file;
    private ExplorerView view;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempFile("large-graph", ".json");
        SyntheticDataset.write(file, ENTITIES, 2 * ENTITIES, 5);
        executor = new FxTaskExecutor();
        view = ExplorerWindow.show(stage, executor, url -> { });
    }

    @AfterAll
    static void removeFile() throws Exception {
        if (file != null) Files.deleteIfExists(file);
    }

    @Test
    void zoomAndPanWhileTheLayoutRunsWithTheProgressBarMoving(FxRobot robot) throws Exception {
        GraphCanvas canvas = view.canvas();
        ProgressBar progress = WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#status-progress").queryAs(ProgressBar.class)).get();
        // every value the bar shows while the layout reports iterations (written and read on the FX thread)
        List<Double> layoutProgress = new ArrayList<>();
        robot.interact(() -> progress.progressProperty().addListener((o, was, now) -> {
            if (view.viewModel().work().messageProperty().get().startsWith("Layout: iteration")) {
                layoutProgress.add(now.doubleValue());
            }
        }));
        robot.interact(() -> view.viewModel().load(file.getFileName().toString(),
                p -> new GraphFileLoader(CooperationGraphLoader::load).load(file).graph()));
        // the layout has shown its start and reports its iterations in the status bar
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> canvas.graphScene() != null
                && view.layoutController().runningProperty().get()
                && view.viewModel().work().messageProperty().get().startsWith("Layout: iteration"));
        assertThat(WaitForAsyncUtils.asyncFx(progress::isVisible).get()).isTrue();

        AtomicBoolean runningDuringInput = new AtomicBoolean(true);
        Viewport fitted = canvas.viewport();
        robot.interact(canvas::requestFocus);
        robot.type(KeyCode.ADD, 2); // zooms in twice by 1.25
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> runningDuringInput.compareAndSet(true, view.layoutController().runningProperty().get()));
        Viewport zoomed = canvas.viewport();
        // zoomed in (the running layout may also have refitted the view just before: compare loosely)
        assertThat(zoomed.scale()).isGreaterThan(fitted.scale() * 1.2);
        assertThat(canvas.userMovedView()).isTrue();

        robot.type(KeyCode.LEFT, 3).type(KeyCode.UP, 2); // pans by keyboard (a drag might land on one of 50,000 nodes)
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> runningDuringInput.compareAndSet(true, view.layoutController().runningProperty().get()));
        assertThat(runningDuringInput).as("the zoom and the pan happened while the layout ran").isTrue();
        Viewport panned = canvas.viewport();
        assertThat(panned.scale()).isEqualTo(zoomed.scale());
        assertThat(panned.toWorldX(0)).isLessThan(zoomed.toWorldX(0)); // the view moved left
        assertThat(panned.toWorldY(0)).isLessThan(zoomed.toWorldY(0)); // and up

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.layoutController().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // the bar moved forward through the run, fraction by fraction, up to full (it resets once the task is done)
        List<Double> shown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(layoutProgress)).get();
        int full = shown.indexOf(1.0);
        assertThat(full).as("the bar reached 1 in %s", shown).isGreaterThanOrEqualTo(2);
        assertThat(shown.subList(0, full + 1)).as("rising fractions").isSorted().doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        // the layout kept the user's zoom instead of fitting the view again, and painted its last snapshot
        assertThat(canvas.viewport().scale()).isEqualTo(panned.scale());
        assertThat(canvas.userMovedView()).isTrue();
        assertThat(canvas.isMoving()).isFalse();
        assertThat(canvas.lastFrameStats().nodesDrawn()).isPositive().isLessThan(ENTITIES);
        assertThat(view.viewModel().messageProperty().get()).isEqualTo("Layout done");
        executor.shutdown();
    }
}
