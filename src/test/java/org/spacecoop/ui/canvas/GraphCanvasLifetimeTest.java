package org.spacecoop.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.ui.TestGraphs;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A disposed canvas no longer follows the explorer: a new graph or a selection leaves it as it was. */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasLifetimeTest {

    private ExplorerViewModel vm;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        vm = new ExplorerViewModel(new CurrentThreadTaskExecutor());
        vm.setGraph(TestGraphs.opEd());
        canvas = new GraphCanvas(vm);
        canvas.resize(400, 300);
    }

    @Test
    void followsTheExplorerUntilDisposed(FxRobot robot) {
        robot.interact(() -> {
            GraphScene first = canvas.graphScene();
            CooperationGraph next = TestGraphs.opEd();
            vm.setGraph(next);
            GraphScene second = canvas.graphScene();
            assertThat(second).isNotSameAs(first);
            vm.select(next.entity("esa").orElseThrow());
            assertThat(second.scene().selectedNode()).isEqualTo(second.indexOf(next.entity("esa").orElseThrow()));

            canvas.dispose();
            vm.select(next.entity("cmsa").orElseThrow());
            assertThat(second.scene().selectedNode()).isEqualTo(second.indexOf(next.entity("esa").orElseThrow()));
            vm.setGraph(TestGraphs.opEd());
            assertThat(canvas.graphScene()).isSameAs(second);
        });
    }
}
