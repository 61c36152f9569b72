package org.spacecoop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.ui.TestGraphs;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detail panel follows the model it is given, and only that one: replaced or disposed, it lets go. */
@ExtendWith(ApplicationExtension.class)
class DetailPanelLifetimeTest {

    private final CooperationGraph g = TestGraphs.opEd();
    private ExplorerViewModel first;
    private ExplorerViewModel second;
    private DetailPanel panel;

    @Start
    void start(Stage stage) {
        first = new ExplorerViewModel(new CurrentThreadTaskExecutor());
        second = new ExplorerViewModel(new CurrentThreadTaskExecutor());
        first.setGraph(g);
        second.setGraph(g);
        panel = new DetailPanel(new DetailViewModel(first), url -> { }, (s, p) -> { });
    }

    /** The panel's first line: the title of what it shows. */
    private String title() {
        List<Node> lines = ((VBox) panel.getContent()).getChildrenUnmodifiable();
        return lines.isEmpty() ? "" : ((Label) lines.get(0)).getText();
    }

    @Test
    void aReplacedModelNoLongerChangesThePanel(FxRobot robot) {
        robot.interact(() -> {
            first.select(g.entity("esa").orElseThrow());
            assertThat(title()).isEqualTo("European Space Agency");

            panel.setViewModel(new DetailViewModel(second));
            assertThat(title()).isEqualTo("Test graph");
            first.select(g.entity("cmsa").orElseThrow());
            assertThat(title()).isEqualTo("Test graph");
            second.select(g.entity("cmsa").orElseThrow());
            assertThat(title()).isEqualTo("China Manned Space Agency");
        });
    }

    @Test
    void aDisposedPanelIsLeftAsItWas(FxRobot robot) {
        robot.interact(() -> {
            first.select(g.entity("esa").orElseThrow());
            panel.dispose();
            first.select(g.entity("cmsa").orElseThrow());
        });
        robot.interact(() -> assertThat(title()).isEqualTo("European Space Agency"));
    }
}
