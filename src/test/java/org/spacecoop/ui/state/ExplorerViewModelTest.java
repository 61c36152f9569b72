package org.spacecoop.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.filter.GraphFilter;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.ui.TestGraphs;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;

class ExplorerViewModelTest {

    private final ExplorerViewModel vm = new ExplorerViewModel(new CurrentThreadTaskExecutor());
    private final CooperationGraph g = TestGraphs.opEd();

    @Test
    void loadingShowsCountsAndMessage() {
        vm.load("test graph", p -> g);
        assertThat(vm.getGraph()).isSameAs(g);
        assertThat(vm.getVisibleGraph()).isSameAs(g.graph());
        assertThat(vm.countsTextProperty().get()).isEqualTo("10 of 10 nodes · 9 of 9 edges");
        assertThat(vm.messageProperty().get()).isEqualTo("Loaded test graph");
        assertThat(vm.work().busyProperty().get()).isFalse();
    }

    @Test
    void preparationsRunInTheLoadingTaskBeforeTheGraphIsShown() {
        java.util.List<String> events = new java.util.ArrayList<>();
        vm.addPreparation(graph -> events.add("prepared " + (graph == g) + ", shown " + (vm.getGraph() != null)));
        vm.graphProperty().addListener((o, a, b) -> events.add("shown"));
        vm.load("test graph", p -> {
            events.add("loaded");
            return g;
        });
        assertThat(events).containsExactly("loaded", "prepared true, shown false", "shown");
    }

    @Test
    void aFailedLoadKeepsNoGraphAndSaysWhy() {
        vm.load("broken.json", p -> {
            throw new IllegalStateException("broken.json:3:5 $.entities[0].kind: unknown kind \"planet\"\nmore");
        });
        assertThat(vm.getGraph()).isNull();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Could not load broken.json: broken.json:3:5 $.entities[0].kind: unknown kind \"planet\" …");
        assertThat(vm.loadErrorProperty().get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void selectionCommandsAndStatusText() {
        vm.setGraph(g);
        Entity esa = g.entity("esa").orElseThrow();
        vm.select(esa);
        assertThat(vm.getSelection().selectedEntity()).contains(esa);
        assertThat(vm.selectionTextProperty().get()).isEqualTo("Selected: European Space Agency (agency)");
        vm.selectRelation(g.relation("esa.trains-with.cmsa").orElseThrow());
        assertThat(vm.selectionTextProperty().get())
                .isEqualTo("Selected: European Space Agency → trains-with → China Manned Space Agency");
        vm.clearSelection();
        assertThat(vm.getSelection().isEmpty()).isTrue();
        assertThat(vm.selectionTextProperty().get()).isEmpty();
    }

    @Test
    void searchSelectsTheBestMatchAndAsksToCentre() {
        vm.setGraph(g);
        List<Entity> centred = new ArrayList<>();
        vm.addCentreListener(centred::add);
        assertThat(vm.search("tiangong")).map(Entity::id).contains("tiangong");
        assertThat(vm.getSelection().selectedEntity()).map(Entity::id).contains("tiangong");
        assertThat(centred).extracting(Entity::id).containsExactly("tiangong");

        assertThat(vm.search("nothing like this")).isEmpty();
        assertThat(vm.getSelection().selectedEntity()).map(Entity::id).contains("tiangong");
        assertThat(vm.messageProperty().get()).isEqualTo("No entity matches \"nothing like this\"");
    }

    @Test
    void aShownFilterResultIsKnownByItsViewOnly() {
        vm.setGraph(g);
        FilteredGraph f = new GraphFilter(g).apply(FilterState.ALL.withTypes(java.util.EnumSet.of(g.graph().edgeSet().iterator().next().type())));
        vm.showFiltered(f);
        assertThat(vm.getVisibleGraph()).isSameAs(f.view());
        assertThat(vm.filterOf(f.view())).isSameAs(f);
        vm.visibleGraphProperty().set(g.graph());
        assertThat(vm.filterOf(g.graph())).isNull();
        assertThat(vm.filterOf(null)).isNull();
    }

    @Test
    void aFilterViewChangesCountsAndDropsAHiddenSelection() {
        vm.setGraph(g);
        Entity us = g.entity("cty_us").orElseThrow();
        vm.select(us);
        vm.visibleGraphProperty().set(new MaskSubgraph<>(g.graph(), v -> v.equals(us), e -> false));
        assertThat(vm.countsTextProperty().get()).isEqualTo("9 of 10 nodes · 7 of 9 edges");
        assertThat(vm.getSelection().isEmpty()).isTrue();
        assertThat(vm.isVisible(us)).isFalse();
        vm.search("United States");
        assertThat(vm.messageProperty().get()).isEqualTo("United States is hidden by the current filters");
    }

    @Test
    void backgroundWorkReportsProgressThenIdles() {
        List<Double> seen = new ArrayList<>();
        vm.work().progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        vm.work().run(org.spacecoop.ui.task.BackgroundTask.of("Counting", p -> {
            p.update(1, 4, "one");
            p.update(2, 4, "two");
            assertThat(vm.work().messageProperty().get()).isEqualTo("two");
            assertThat(vm.work().busyProperty().get()).isTrue();
            return 2;
        }));
        assertThat(seen).contains(0.25, 0.5);
        assertThat(vm.work().busyProperty().get()).isFalse();
        assertThat(vm.work().messageProperty().get()).isEmpty();
    }

    @Test
    void centreListenersAndPreparationsStopWhenUnsubscribed() {
        List<String> told = new ArrayList<>();
        var centre = vm.addCentreListener(e -> told.add("centre " + e.id()));
        var preparation = vm.addPreparation(graph -> told.add("prepared"));
        vm.load("test graph", p -> g);
        vm.centreOn(g.entity("esa").orElseThrow());
        assertThat(told).containsExactly("prepared", "centre esa");
        centre.unsubscribe();
        preparation.unsubscribe();
        vm.load("test graph", p -> g);
        vm.centreOn(g.entity("esa").orElseThrow());
        assertThat(told).containsExactly("prepared", "centre esa");
    }
}
