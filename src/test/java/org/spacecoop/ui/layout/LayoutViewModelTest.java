package org.spacecoop.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.ui.TestGraphs;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;
import org.spacecoop.ui.task.QueuedTaskExecutor;

/** The layout's state and steps, without the toolkit or a canvas. */
class LayoutViewModelTest {

    private final CooperationGraph g = TestGraphs.opEd();
    private final ExplorerViewModel explorer = new ExplorerViewModel(new CurrentThreadTaskExecutor());
    private final LayoutViewModel vm = new LayoutViewModel(explorer);
    private final List<String> told = new ArrayList<>();

    LayoutViewModelTest() {
        vm.onStep(s -> told.add(s.name()));
        vm.runningProperty().subscribe((a, on) -> told.add(on ? "running" : "stopped"));
        vm.waitingForPositionsProperty().subscribe((a, w) -> told.add(w ? "waiting" : "placed"));
    }

    private static double[][] positions(RenderScene s) {
        double[][] p = new double[2][s.nodeCount()];
        for (int i = 0; i < s.nodeCount(); i++) {
            p[0][i] = s.x(i);
            p[1][i] = s.y(i);
        }
        return p;
    }

    @Test
    void aNewSceneIsPlacedThenMovedUntilItSettles() {
        GraphScene gs = GraphScene.of(g);
        vm.layOut(gs);
        assertThat(told.subList(0, 4)).containsExactly("waiting", "STARTED", "running", "PLACED");
        assertThat(told.get(4)).isEqualTo("placed");
        assertThat(told).contains("MOVED");
        assertThat(told.subList(told.size() - 2, told.size())).containsExactly("SETTLED", "stopped");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(explorer.messageProperty().get()).isEqualTo("Layout done");
        double[][] p = positions(gs.scene());
        assertThat(p[0]).doesNotContain(Double.NaN);
        assertThat(java.util.Arrays.stream(p[0]).distinct().count()).isEqualTo(gs.scene().nodeCount());
    }

    @Test
    void theSameSceneAlwaysGetsTheSamePicture() {
        GraphScene a = GraphScene.of(g);
        GraphScene b = GraphScene.of(TestGraphs.opEd());
        vm.layOut(a);
        new LayoutViewModel(new ExplorerViewModel(new CurrentThreadTaskExecutor())).layOut(b);
        assertThat(positions(b.scene())).isDeepEqualTo(positions(a.scene()));
    }

    @Test
    void aPinnedNodeStaysWhereItWasDroppedWhenLaidOutAgain() {
        GraphScene gs = GraphScene.of(g);
        vm.layOut(gs);
        int esa = gs.indexOf(g.entity("esa").orElseThrow());
        vm.pin(esa, 123, -45);
        assertThat(vm.isPinned(esa)).isTrue();
        told.clear();
        vm.relayout();
        assertThat(told).startsWith("STARTED", "running").endsWith("SETTLED", "stopped").doesNotContain("PLACED");
        assertThat(gs.scene().x(esa)).isEqualTo(123);
        assertThat(gs.scene().y(esa)).isEqualTo(-45);
        vm.unpinAll();
        assertThat(vm.isPinned(esa)).isFalse();
        assertThat(explorer.messageProperty().get()).isEqualTo("All nodes unpinned");
    }

    @Test
    void noSceneNoLayout() {
        vm.layOut(null);
        vm.relayout();
        vm.pin(0, 1, 1);
        assertThat(told).isEmpty();
        assertThat(vm.isPinned(0)).isFalse();
    }

    @Test
    void aSceneReplacedBeforeItsLayoutRanIsLeftAlone() {
        QueuedTaskExecutor queue = new QueuedTaskExecutor();
        LayoutViewModel later = new LayoutViewModel(new ExplorerViewModel(queue));
        GraphScene first = GraphScene.of(g);
        GraphScene second = GraphScene.of(TestGraphs.opEd());
        double[][] untouched = positions(first.scene());
        later.layOut(first);
        assertThat(later.waitingForPositionsProperty().get()).isTrue();
        assertThat(later.runningProperty().get()).isTrue();
        later.layOut(second);
        queue.runAll();
        assertThat(positions(first.scene())).isDeepEqualTo(untouched);
        assertThat(positions(second.scene())[0]).isNotEqualTo(untouched[0]);
        assertThat(later.waitingForPositionsProperty().get()).isFalse();
        assertThat(later.runningProperty().get()).isFalse();
    }

    @Test
    void disposingStopsTheLayoutAndItsSteps() {
        QueuedTaskExecutor queue = new QueuedTaskExecutor();
        LayoutViewModel closing = new LayoutViewModel(new ExplorerViewModel(queue));
        List<LayoutViewModel.Step> steps = new ArrayList<>();
        closing.onStep(steps::add);
        GraphScene gs = GraphScene.of(g);
        double[][] untouched = positions(gs.scene());
        closing.layOut(gs);
        closing.dispose();
        queue.runAll();
        assertThat(steps).containsExactly(LayoutViewModel.Step.STARTED);
        assertThat(positions(gs.scene())).isDeepEqualTo(untouched);
    }
}
