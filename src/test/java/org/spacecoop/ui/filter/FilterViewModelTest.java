package org.spacecoop.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.filter.Scenario;
import org.spacecoop.core.filter.SmallDataset;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;

class FilterViewModelTest {

    private final CooperationGraph graph = SmallDataset.graph();
    private final FilterViewModel vm = new FilterViewModel();

    FilterViewModelTest() {
        vm.setGraph(graph);
    }

    private Set<String> relations() {
        return vm.getFiltered().view().edgeSet().stream().map(Relation::id).collect(Collectors.toSet());
    }

    @Test
    void startsUnfilteredAndEveryChangeAppliesAtOnce() {
        assertThat(vm.getFiltered().edgeCount()).isEqualTo(9);
        assertThat(vm.statusLineProperty().get()).isEqualTo("Showing 10 of 10 nodes, 9 of 9 relations");
        List<FilteredGraph> seen = new ArrayList<>();
        vm.filteredProperty().addListener((o, a, b) -> seen.add(b));
        vm.chooseScenario(Scenario.TODAY);
        assertThat(relations()).doesNotContain("ilrs.cooperates-on.argonaut");
        vm.chooseScenario(Scenario.OPED);
        assertThat(relations()).contains("ilrs.cooperates-on.argonaut");
        assertThat(seen).hasSize(2);
        assertThat(vm.textFormProperty().get()).isEqualTo("scenario=oped");
        assertThat(vm.statusLineProperty().get()).startsWith("Showing 10 of 10 nodes, 9 of 9 relations · scenario The op-ed's");
    }

    @Test
    void checkListTogglesAndClear() {
        vm.setKind(EntityKind.COUNTRY, false);
        vm.setStatus(Status.PLANNED, false);
        assertThat(vm.get().kinds()).doesNotContain(EntityKind.COUNTRY);
        assertThat(vm.get().statuses()).doesNotContain(Status.PLANNED);
        vm.setStatuses(List.of());
        vm.setStatus(Status.ACTIVE, true);
        assertThat(vm.get().statuses()).containsExactly(Status.ACTIVE);
        vm.clear();
        assertThat(vm.get()).isEqualTo(FilterState.ALL);
        assertThat(vm.textFormProperty().get()).isEmpty();
    }

    @Test
    void textFormAppliesOrExplainsWhyNot() {
        assertThat(vm.applyText("type=signatory-of;isolated=hide")).isTrue();
        assertThat(vm.getFiltered().nodeCount()).isEqualTo(3);
        assertThat(vm.applyText("status=activ")).isFalse();
        assertThat(vm.textErrorProperty().get()).isEqualTo("unknown status \"activ\" in clause 1 \"status=activ\" (did you mean \"active\"?)");
        assertThat(vm.getFiltered().nodeCount()).isEqualTo(3); // the bad text changed nothing
        vm.setText("france");
        assertThat(vm.textErrorProperty().get()).isEmpty();
        assertThat(vm.textFormProperty().get()).isEqualTo("type=signatory-of;text=france;isolated=hide");
    }

    @Test
    void focusUsesTheChosenDepthAndFollowsItsChanges() {
        vm.focusDepthProperty().set(2);
        vm.focusOn(graph.entity("esa").orElseThrow());
        assertThat(vm.get().focus().depth()).isEqualTo(2);
        assertThat(vm.getFiltered().nodeCount()).isEqualTo(6);
        vm.focusDepthProperty().set(1);
        assertThat(vm.textFormProperty().get()).isEqualTo("focus=esa:1");
        assertThat(vm.getFiltered().nodeCount()).isEqualTo(4);
        vm.applyText("focus=cnsa:3");
        assertThat(vm.focusDepthProperty().get()).isEqualTo(3);
        vm.clearFocus();
        assertThat(vm.get().focus()).isNull();
    }

    @Test
    void playerStepsYearByYearThroughTheData() {
        List<Integer> years = new ArrayList<>();
        while (vm.stepAsOf()) years.add(vm.get().asOf().year());
        assertThat(years).first().isEqualTo(2011);
        assertThat(years).last().isEqualTo(2031);
        assertThat(years).hasSize(21);
        assertThat(vm.get().asOf()).isEqualTo(new PartialDate(2031, 0, 0));
    }

    @Test
    void unknownFocusIsExplainedInTheStatusLine() {
        vm.applyText("focus=nobody:1");
        assertThat(vm.statusLineProperty().get()).endsWith("unknown entity \"nobody\" to focus on");
    }

    @Test
    void keepsTheStateWhenANewGraphArrives() {
        vm.chooseScenario(Scenario.TODAY);
        vm.setGraph(SmallDataset.graph());
        assertThat(vm.get().scenario()).contains(Scenario.TODAY);
        assertThat(vm.getFiltered().edgeCount()).isEqualTo(7);
        vm.setGraph(null);
        assertThat(vm.getFiltered()).isNull();
    }
}
