package org.spacecoop.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spacecoop.ui.TestGraphs;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The repaint rule for big graphs: a layout snapshot waits three times the last frame's cost once frames cost over
 * 50 ms, while a user's change (viewport, selection, drag) is painted at the next pulse. Pulses are simulated by
 * calling {@code paintIfNeeded(now)} with chosen times.
 */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasRepaintTest {

    private static final long MS = 1_000_000L;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        ExplorerViewModel vm = new ExplorerViewModel(new CurrentThreadTaskExecutor());
        vm.setGraph(TestGraphs.opEd());
        canvas = new GraphCanvas(vm);
        canvas.resize(400, 300);
    }

    @Test
    void layoutFramesWaitWhileFramesAreCostlyButUserFramesDoNot(FxRobot robot) {
        robot.interact(() -> {
            long t = 1_000 * MS;
            canvas.paintIfNeeded(t); // the first frame
            long painted = canvas.paintCount();

            canvas.frameCost(200 * MS); // a costly frame: layout frames wait 600 ms after it
            canvas.layoutMoved(false);
            canvas.paintIfNeeded(t + 100 * MS);
            canvas.paintIfNeeded(t + 500 * MS);
            assertThat(canvas.paintCount()).isEqualTo(painted);
            canvas.paintIfNeeded(t + 650 * MS);
            assertThat(canvas.paintCount()).isEqualTo(painted + 1);

            long t2 = t + 650 * MS;
            canvas.frameCost(200 * MS);
            canvas.layoutMoved(false);
            canvas.panBy(5, 5); // the user moves the view: painted at the next pulse all the same
            canvas.paintIfNeeded(t2 + 16 * MS);
            assertThat(canvas.paintCount()).isEqualTo(painted + 2);

            canvas.frameCost(20 * MS); // cheap frames: layout frames are never held back
            canvas.layoutMoved(false);
            canvas.paintIfNeeded(t2 + 32 * MS);
            assertThat(canvas.paintCount()).isEqualTo(painted + 3);
        });
    }
}
