package org.spacecoop.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.filter.Scenario;
import org.spacecoop.core.filter.SmallDataset;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.QueuedTaskExecutor;

/** The filter view model indexes what the explorer loads and shows its result there, without the toolkit. */
class FilterFollowsExplorerTest {

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final ExplorerViewModel explorer = new ExplorerViewModel(executor);
    private final FilterViewModel vm = new FilterViewModel();
    private final CooperationGraph small = SmallDataset.graph();

    @Test
    void aSmallGraphIsIndexedAtOnceAndItsResultIsWhatTheExplorerShows() {
        vm.follow(explorer);
        explorer.setGraph(small);
        assertThat(executor.waiting()).isZero();
        assertThat(vm.getFiltered()).isNotNull();
        assertThat(explorer.getVisibleGraph()).isSameAs(vm.getFiltered().view());
        assertThat(explorer.filterOf(explorer.getVisibleGraph())).isSameAs(vm.getFiltered());

        vm.chooseScenario(Scenario.TODAY);
        assertThat(explorer.getVisibleGraph()).isSameAs(vm.getFiltered().view());
        assertThat(explorer.getVisibleGraph().edgeSet()).extracting(Relation::id).doesNotContain("ilrs.cooperates-on.argonaut");
    }

    @Test
    void aGraphAlreadyLoadedIsFilteredWhenFollowingStarts() {
        explorer.setGraph(small);
        vm.follow(explorer);
        assertThat(vm.getFiltered()).isNotNull();
        assertThat(explorer.getVisibleGraph()).isSameAs(vm.getFiltered().view());
    }

    @Test
    void aLargeGraphIsIndexedInTheBackgroundShowingInFullMeanwhile() {
        vm.follow(explorer);
        CooperationGraph large = chain(FilterViewModel.INDEX_IN_BACKGROUND_ABOVE + 1);
        explorer.setGraph(large);
        assertThat(vm.getFiltered()).isNull();
        assertThat(explorer.getVisibleGraph()).isSameAs(large.graph());
        assertThat(executor.waiting()).isOne();
        executor.runAll();
        assertThat(vm.getFiltered()).isNotNull();
        assertThat(vm.getFiltered().edgeCount()).isEqualTo(FilterViewModel.INDEX_IN_BACKGROUND_ABOVE + 1);
        assertThat(explorer.getVisibleGraph()).isSameAs(vm.getFiltered().view());
    }

    @Test
    void anIndexFinishedAfterAnotherGraphWasLoadedIsDropped() {
        vm.follow(explorer);
        explorer.setGraph(chain(FilterViewModel.INDEX_IN_BACKGROUND_ABOVE + 1));
        explorer.setGraph(small);
        executor.runAll();
        assertThat(vm.getFiltered().nodeCount()).isEqualTo(small.entities().size());
        assertThat(explorer.getVisibleGraph()).isSameAs(vm.getFiltered().view());
    }

    @Test
    void focusOnTheSelectionOrSayWhatToDo() {
        vm.follow(explorer);
        explorer.setGraph(small);
        vm.focusOnSelection();
        assertThat(vm.get().focus()).isNull();
        assertThat(explorer.messageProperty().get()).isEqualTo("Select an entity to focus on its neighbourhood");
        explorer.select(small.entity("esa").orElseThrow());
        vm.focusOnSelection();
        assertThat(vm.get().focus().entityId()).isEqualTo("esa");
        assertThat(explorer.getVisibleGraph().vertexSet()).hasSize(vm.getFiltered().nodeCount()).hasSizeLessThan(small.entities().size());
    }

    @Test
    void afterDisposeTheExplorersGraphsAreNoLongerFiltered() {
        vm.follow(explorer);
        explorer.setGraph(small);
        var shown = vm.getFiltered();
        vm.dispose();
        CooperationGraph other = SmallDataset.graph();
        explorer.setGraph(other);
        assertThat(vm.getFiltered()).isSameAs(shown);
        assertThat(explorer.getVisibleGraph()).isSameAs(other.graph());
        vm.chooseScenario(Scenario.TODAY);
        assertThat(explorer.getVisibleGraph()).isSameAs(other.graph());
    }

    /** n relations e0 → e1 → … → en, more than the bundled dataset has by far. */
    private static CooperationGraph chain(int n) {
        List<Entity> es = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            es.add(new Entity("e" + i, "Entity " + i, List.of(), EntityKind.AGENCY, null, null, null, null, Status.ACTIVE,
                    false, Evidence.NONE));
        }
        List<Relation> rs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rs.add(new Relation("r" + i, "e" + i, "e" + (i + 1), RelationType.MEMBER_OF, null, Status.ACTIVE, null, null,
                    null, false, Evidence.NONE));
        }
        return CooperationGraph.of(new Dataset(1, "Chain", List.of(), es, rs));
    }
}
