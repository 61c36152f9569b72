package org.spacecoop.ui.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.analysis.Fixture;
import org.spacecoop.core.analysis.Measure;
import org.spacecoop.core.analysis.RankedEntity;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;

class AnalyticsViewModelTest {

    private final ExplorerViewModel explorer = new ExplorerViewModel(new CurrentThreadTaskExecutor());
    private final AnalyticsViewModel vm = new AnalyticsViewModel(explorer);
    private CooperationGraph g;

    @BeforeEach
    void load() {
        g = new Fixture().entity("cty_us", EntityKind.COUNTRY, "US").actor("nasa", "US").actor("esa", "Europe")
                .actor("jaxa", "JP").program("gateway").program("iss")
                .entity("artemis_accords", EntityKind.AGREEMENT, "international")
                .rel("nasa", "part-of", "cty_us").rel("cty_us", "signatory-of", "artemis_accords")
                .rel("nasa", "develops", "gateway").rel("esa", "provides-hardware", "gateway")
                .rel("jaxa", "provides-hardware", "gateway").rel("nasa", "operates", "iss").rel("jaxa", "operates", "iss")
                .build();
        explorer.setGraph(g);
    }

    private Entity e(String id) {
        return g.entity(id).orElseThrow();
    }

    @Test
    void sizingByAMeasureGivesRadiiAndAScaleAndRanksTheTable() {
        assertThat(vm.measures().radiiProperty().get()).isEmpty();
        assertThat(vm.measures().ranking()).extracting(r -> r.entity().id() + " " + r.rank())
                .startsWith("gateway 1", "nasa 1"); // by degree: three relations each

        vm.measures().sizeByProperty().set(Measure.BETWEENNESS);

        var radii = vm.measures().radiiProperty().get();
        assertThat(radii).hasSize(7);
        assertThat(radii.get(e("nasa"))).isEqualTo(SizeScale.MAX_RADIUS);
        assertThat(radii.get(e("esa"))).isEqualTo(SizeScale.MIN_RADIUS);
        assertThat(vm.measures().scaleProperty().get().measure()).isEqualTo(Measure.BETWEENNESS);
        assertThat(vm.measures().ranking().get(0)).extracting(RankedEntity::entity).isEqualTo(e("nasa"));
    }

    @Test
    void theMeasuresFollowTheVisibleGraph() {
        vm.measures().sizeByProperty().set(Measure.DEGREE);

        explorer.visibleGraphProperty().set(new MaskSubgraph<>(g.graph(), v -> v.id().equals("jaxa"), r -> false));

        assertThat(vm.measures().ranking()).hasSize(6).noneMatch(r -> r.entity().id().equals("jaxa"));
        assertThat(vm.measures().radiiProperty().get()).doesNotContainKey(e("jaxa"));
    }

    @Test
    void colouringByBlocAndByCommunity() {
        vm.measures().colourByProperty().set(ColourBy.BLOC);
        assertThat(vm.measures().coloursProperty().get().get(e("nasa"))).isEqualTo(GroupColours.bloc(org.spacecoop.core.analysis.Alignment.ARTEMIS));
        assertThat(vm.measures().blocViewProperty().get()).isNotNull();

        vm.measures().colourByProperty().set(ColourBy.COMMUNITY);
        assertThat(vm.measures().communities()).isNotEmpty();
        assertThat(vm.measures().coloursProperty().get()).hasSize(7);
        assertThat(vm.measures().blocViewProperty().get()).isNull();

        vm.measures().colourByProperty().set(ColourBy.KIND);
        assertThat(vm.measures().coloursProperty().get()).isEmpty();
    }

    @Test
    void findsAndHighlightsTheConnectionBetweenTwoChosenEntities() {
        explorer.select(e("esa"));
        vm.paths().takeSelection(false);
        vm.paths().toProperty().set(e("iss"));

        vm.paths().find();

        assertThat(vm.paths().chains()).extracting(c -> c.entities().get(2).id()).containsExactlyInAnyOrder("jaxa", "nasa");
        assertThat(vm.paths().chosenProperty().get()).isSameAs(vm.paths().chains().get(0));
        assertThat(vm.highlightProperty().get().entities()).hasSize(4);
        assertThat(vm.highlightProperty().get().relations()).hasSize(3);
        assertThat(vm.paths().summaryProperty().get()).isEqualTo("2 shortest chains of 3 steps.");
    }

    @Test
    void followingDirectionsThereIsNoConnection() {
        vm.paths().fromProperty().set(e("esa"));
        vm.paths().toProperty().set(e("iss"));
        vm.paths().undirectedProperty().set(false);

        vm.paths().find();

        assertThat(vm.paths().chains()).isEmpty();
        assertThat(vm.highlightProperty().get().isEmpty()).isTrue();
        assertThat(vm.paths().summaryProperty().get()).startsWith("No connection");
    }

    @Test
    void whatIfShowsTheGraphWithoutTheRemovedAndUndoRestoresIt() {
        var before = explorer.getVisibleGraph();
        vm.whatIf().add(e("cty_us"));
        vm.whatIf().anchorProperty().set(e("esa"));

        vm.whatIf().run();

        var report = vm.whatIf().reportProperty().get();
        assertThat(report.allRemoved()).extracting(Entity::id).containsExactly("cty_us", "nasa", "gateway");
        assertThat(report.lostRelations()).extracting(r -> r.id()).contains("esa.provides-hardware.gateway");
        assertThat(report.cutOff()).extracting(Entity::id).containsExactlyInAnyOrder("jaxa", "iss", "artemis_accords");
        assertThat(explorer.getVisibleGraph().vertexSet()).hasSize(4).doesNotContain(e("nasa"));
        assertThat(vm.whatIf().activeProperty().get()).isTrue();
        assertThat(vm.measures().ranking()).hasSize(4);

        vm.whatIf().undo();

        assertThat(explorer.getVisibleGraph()).isSameAs(before);
        assertThat(vm.whatIf().activeProperty().get()).isFalse();
        assertThat(vm.whatIf().reportProperty().get()).isNull();
        assertThat(g.graph().vertexSet()).hasSize(7);
    }

    @Test
    void aFilterChangeEndsTheWhatIf() {
        vm.whatIf().add(e("nasa"));
        vm.whatIf().run();

        explorer.visibleGraphProperty().set(g.graph());

        assertThat(vm.whatIf().activeProperty().get()).isFalse();
        assertThat(vm.whatIf().reportProperty().get()).isNull();
    }

    @Test
    void singlePointsOfFailureAreListedAndHighlightedOnDemand() {
        vm.failures().compute();

        var result = vm.failures().resultProperty().get();
        assertThat(result.articulationPoints()).extracting(c -> c.entity().id()).contains("nasa", "gateway");
        var nasa = result.articulationPoints().stream().filter(c -> c.entity().id().equals("cty_us")).findFirst();
        assertThat(nasa).isPresent();

        vm.failures().focusedProperty().set(nasa.get());

        assertThat(vm.highlightProperty().get().entities()).contains(e("cty_us"), e("artemis_accords"));
        assertThat(List.copyOf(vm.highlightProperty().get().relations())).isEmpty();
    }
}
