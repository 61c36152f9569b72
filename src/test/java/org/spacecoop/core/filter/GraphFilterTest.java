package org.spacecoop.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

class GraphFilterTest {

    private static final String US_SIGNS = "cty_us.signatory-of.artemis_accords";
    private static final String FR_SIGNS = "cty_fr.signatory-of.artemis_accords";
    private static final String ESA_INSTRUMENT = "esa.provides-instrument.change6";
    private static final String SPECULATIVE = "ilrs.cooperates-on.argonaut";
    private static final String WOLF = "nasa.bans.cnsa";
    private static final String ILRS = "cnsa.initiates.ilrs";
    private static final String PLANNED = "esa.operates.argonaut";
    private static final String CNSA_CHANGE6 = "cnsa.operates.change6";
    private static final String OLD = "nasa.cooperates-on.esa";

    private final CooperationGraph graph = SmallDataset.graph();
    private final GraphFilter filter = new GraphFilter(graph);

    private Set<String> relations(FilterState s) {
        return filter.apply(s).view().edgeSet().stream().map(Relation::id).collect(Collectors.toSet());
    }

    private Set<String> entities(FilterState s) {
        return filter.apply(s).view().vertexSet().stream().map(Entity::id).collect(Collectors.toSet());
    }

    private static FilterState asOf(String date) {
        return FilterState.ALL.withAsOf(PartialDate.of(date));
    }

    @Test
    void theEmptyFilterShowsEverythingThroughAViewOfTheSameGraph() {
        FilteredGraph shown = filter.apply(FilterState.ALL);
        assertThat(shown.view()).isInstanceOf(MaskSubgraph.class);
        assertThat(shown.view().vertexSet()).containsExactlyInAnyOrderElementsOf(graph.graph().vertexSet());
        assertThat(shown.view().edgeSet()).hasSize(9);
        assertThat(shown.nodeCount()).isEqualTo(10);
        assertThat(shown.summary()).isEqualTo("10 of 10 nodes, 9 of 9 relations");
    }

    @Test
    void kindFilterHidesEntitiesAndTheirRelations() {
        FilterState s = FilterState.ALL.withKinds(EnumSet.complementOf(EnumSet.of(EntityKind.COUNTRY)));
        assertThat(entities(s)).doesNotContain("cty_us", "cty_fr").contains("artemis_accords");
        assertThat(relations(s)).doesNotContain(US_SIGNS, FR_SIGNS).hasSize(7);
    }

    @Test
    void typeFilterKeepsOnlyChosenTypes() {
        FilterState s = FilterState.ALL.withTypes(List.of(RelationType.OPERATES, RelationType.BANS));
        assertThat(relations(s)).containsExactlyInAnyOrder(PLANNED, CNSA_CHANGE6, WOLF);
        assertThat(entities(s)).hasSize(10); // entities stay unless isolated ones are hidden
    }

    @Test
    void scenariosWidenStepByStep() {
        Set<String> today = relations(FilterState.ALL.withScenario(Scenario.TODAY));
        Set<String> plans = relations(FilterState.ALL.withScenario(Scenario.PLANS));
        Set<String> oped = relations(FilterState.ALL.withScenario(Scenario.OPED));
        assertThat(today).doesNotContain(SPECULATIVE, PLANNED).hasSize(7);
        assertThat(plans).contains(PLANNED).doesNotContain(SPECULATIVE).containsAll(today);
        assertThat(oped).contains(SPECULATIVE).containsAll(plans);
    }

    @Test
    void sourceFilterByDocumentId() {
        assertThat(relations(FilterState.ALL.withSources(List.of(SmallDataset.OPED))))
                .containsExactlyInAnyOrder(ESA_INSTRUMENT, SPECULATIVE, ILRS);
    }

    @Test
    void sourceFilterByWebHostMatchesSubdomainsAndPassageSourceUrls() {
        assertThat(relations(FilterState.ALL.withSources(List.of("congress.gov")))).containsExactly(WOLF);
        assertThat(relations(FilterState.ALL.withSources(List.of("www.esa.int")))).containsExactly(ESA_INSTRUMENT);
        // the op-ed's own URL lives on opinion.example.org: its passages count for that host
        assertThat(relations(FilterState.ALL.withSources(List.of("example.org"))))
                .containsExactlyInAnyOrder(ESA_INSTRUMENT, SPECULATIVE, ILRS);
        assertThat(relations(FilterState.ALL.withSources(List.of("congress.gov", "nasa.gov")))).containsExactlyInAnyOrder(WOLF, OLD);
    }

    @Test
    void unknownSourceShowsNoRelationAndIsReported() {
        FilterState s = FilterState.ALL.withSources(List.of("nowhere"));
        assertThat(relations(s)).isEmpty();
        assertThat(filter.problems(s)).containsExactly("no relation is evidenced by source \"nowhere\"");
    }

    @Test
    void minimumEvidenceCountsPassagesAndReferences() {
        assertThat(relations(FilterState.ALL.withMinPassages(2))).containsExactlyInAnyOrder(FR_SIGNS, ESA_INSTRUMENT);
        assertThat(relations(FilterState.ALL.withMinPassages(3))).containsExactly(ESA_INSTRUMENT);
        assertThat(relations(FilterState.ALL.withMinPassages(4))).isEmpty();
    }

    @Test
    void textFilterMatchesNamesAndAliasesIgnoringCase() {
        assertThat(entities(FilterState.ALL.withText("esa"))).containsExactlyInAnyOrder("esa");
        assertThat(entities(FilterState.ALL.withText("SPACE"))).containsExactlyInAnyOrder("esa", "cnsa", "nasa");
        assertThat(entities(FilterState.ALL.withText("嫦娥"))).containsExactly("change6");
        assertThat(relations(FilterState.ALL.withText("a"))).contains(WOLF); // both ends contain an "a"
        assertThat(relations(FilterState.ALL.withText("space"))).containsExactlyInAnyOrder(WOLF, OLD);
    }

    @Test
    void asOfYearOnlyHidesRelationsThatStartLater() {
        assertThat(relations(asOf("2019"))).doesNotContain(US_SIGNS, FR_SIGNS).contains(WOLF);
        assertThat(relations(asOf("2020"))).contains(US_SIGNS).doesNotContain(FR_SIGNS);
    }

    @Test
    void asOfYearMonthComparesWithinTheMonth() {
        assertThat(relations(asOf("2020-09"))).doesNotContain(US_SIGNS);
        assertThat(relations(asOf("2020-10"))).contains(US_SIGNS);
        assertThat(relations(asOf("2022-05"))).doesNotContain(FR_SIGNS);
        assertThat(relations(asOf("2022-06-01"))).contains(FR_SIGNS); // "2022-06" may mean the first of June
        // ended 2024-06 (year-month): still on during June, gone in July
        assertThat(relations(asOf("2024-06-30"))).contains(CNSA_CHANGE6);
        assertThat(relations(asOf("2024-07"))).doesNotContain(CNSA_CHANGE6, ESA_INSTRUMENT);
        assertThat(relations(asOf("2024-06-26"))).contains(CNSA_CHANGE6).doesNotContain(ESA_INSTRUMENT);
    }

    @Test
    void openEndedRelationsRunForeverAndOpenStartsFromAlways() {
        assertThat(relations(asOf("2099"))).contains(WOLF, US_SIGNS, PLANNED).doesNotContain(OLD);
        assertThat(relations(asOf("2010"))).doesNotContain(WOLF).contains(OLD);
        assertThat(relations(asOf("1950"))).contains(OLD);
        assertThat(relations(asOf("2015-12-31"))).contains(OLD);
        assertThat(relations(asOf("2016"))).doesNotContain(OLD);
    }

    @Test
    void undatedRelationsFollowTheirFlag() {
        assertThat(relations(asOf("1990"))).contains(SPECULATIVE);
        assertThat(relations(asOf("1990").withShowUndated(false))).doesNotContain(SPECULATIVE).contains(OLD);
        assertThat(relations(FilterState.ALL.withShowUndated(false))).doesNotContain(SPECULATIVE).hasSize(8);
    }

    @Test
    void rangeShowsRelationsWhoseIntervalMeetsIt() {
        FilterState s = FilterState.ALL.withRange(PartialDate.of("2011"), PartialDate.of("2019"));
        assertThat(relations(s)).containsExactlyInAnyOrder(WOLF, OLD, SPECULATIVE);
        assertThat(relations(FilterState.ALL.withRange(PartialDate.of("2025-01"), null)))
                .containsExactlyInAnyOrder(US_SIGNS, FR_SIGNS, SPECULATIVE, WOLF, ILRS, PLANNED);
        assertThat(relations(FilterState.ALL.withRange(null, PartialDate.of("2020-10"))))
                .containsExactlyInAnyOrder(US_SIGNS, SPECULATIVE, WOLF, OLD);
    }

    @Test
    void focusDepthOneLeavesTheEntityAndItsNeighboursInBothDirections() {
        FilterState s = FilterState.ALL.withFocus(new Focus("esa", 1));
        assertThat(entities(s)).containsExactlyInAnyOrder("esa", "change6", "argonaut", "nasa");
        // relations among the neighbours count too (none here), and those leaving the ego network go
        assertThat(relations(s)).containsExactlyInAnyOrder(ESA_INSTRUMENT, PLANNED, OLD);
        assertThat(entities(FilterState.ALL.withFocus(new Focus("esa", 2))))
                .containsExactlyInAnyOrder("esa", "change6", "argonaut", "nasa", "cnsa", "ilrs");
        assertThat(entities(FilterState.ALL.withFocus(new Focus("artemis_accords", 1))))
                .containsExactlyInAnyOrder("artemis_accords", "cty_us", "cty_fr");
    }

    @Test
    void focusIsComputedAfterTheRelationFilters() {
        FilterState today = FilterState.ALL.withScenario(Scenario.TODAY).withFocus(new Focus("esa", 2));
        // without the planned esa→argonaut and the speculative ilrs→argonaut, argonaut is out of reach
        assertThat(entities(today)).containsExactlyInAnyOrder("esa", "change6", "nasa", "cnsa");
        assertThat(relations(today)).containsExactlyInAnyOrder(ESA_INSTRUMENT, OLD, CNSA_CHANGE6, WOLF);
    }

    @Test
    void focusFindsEntitiesByAliasAndReportsUnknownOnes() {
        assertThat(entities(FilterState.ALL.withFocus(new Focus("ESA", 1)))).contains("esa", "change6");
        FilterState unknown = FilterState.ALL.withFocus(new Focus("nope", 1));
        assertThat(entities(unknown)).isEmpty();
        assertThat(filter.problems(unknown)).containsExactly("unknown entity \"nope\" to focus on");
    }

    @Test
    void hidingIsolatedComesAfterEveryOtherFilter() {
        assertThat(entities(FilterState.ALL.withShowIsolated(false))).doesNotContain("loner").hasSize(9);
        FilterState s = FilterState.ALL.withTypes(List.of(RelationType.SIGNATORY_OF)).withShowIsolated(false);
        assertThat(entities(s)).containsExactlyInAnyOrder("cty_us", "cty_fr", "artemis_accords");
        FilterState early = asOf("2019").withShowIsolated(false).withShowUndated(false);
        assertThat(entities(early)).containsExactlyInAnyOrder("nasa", "cnsa");
    }

    @Test
    void filtersCompose() {
        FilterState s = FilterState.ALL.withScenario(Scenario.PLANS)
                .withKinds(EnumSet.of(EntityKind.AGENCY, EntityKind.MISSION, EntityKind.VEHICLE, EntityKind.PROGRAM))
                .withAsOf(PartialDate.of("2024-06"))
                .withShowIsolated(false);
        assertThat(relations(s)).containsExactlyInAnyOrder(ESA_INSTRUMENT, CNSA_CHANGE6, WOLF, ILRS);
        assertThat(entities(s)).containsExactlyInAnyOrder("esa", "cnsa", "nasa", "change6", "ilrs");
        FilteredGraph shown = filter.apply(s);
        assertThat(shown.summary()).isEqualTo(
                "5 of 10 nodes, 4 of 9 relations · kinds 4/17 · scenario Plans · as of 2024-06 · isolated hidden");
    }

    @Test
    void predicatesAgreeWithTheView() {
        FilteredGraph shown = filter.apply(asOf("2021").withShowIsolated(false));
        for (Entity e : graph.graph().vertexSet())
            assertThat(shown.isVisible(e)).isEqualTo(shown.view().containsVertex(e));
        for (Relation r : graph.graph().edgeSet())
            assertThat(shown.isVisible(r)).isEqualTo(shown.view().containsEdge(r));
        assertThat(shown.nodeCount()).isEqualTo(shown.view().vertexSet().size());
        assertThat(shown.edgeCount()).isEqualTo(shown.view().edgeSet().size());
    }

    @Test
    void countsPerKindTypeAndStatus() {
        FilterCounts totals = filter.totals();
        assertThat(totals.kind(EntityKind.AGENCY)).isEqualTo(3);
        assertThat(totals.kind(EntityKind.STATION)).isZero();
        assertThat(totals.type(RelationType.SIGNATORY_OF)).isEqualTo(2);
        assertThat(totals.status(Status.HISTORICAL)).isEqualTo(3);
        FilterCounts today = filter.apply(FilterState.ALL.withScenario(Scenario.TODAY)).counts();
        assertThat(today.status(Status.SPECULATIVE)).isZero();
        assertThat(today.status(Status.ACTIVE)).isEqualTo(4);
        assertThat(today.edges()).isEqualTo(7);
    }

    @Test
    void optionsListDocumentsThenHostsAndTheYears() {
        FilterOptions options = filter.options();
        assertThat(options.sources()).extracting(FilterOptions.SourceOption::key)
                .containsExactly("oped", "news", "congress.gov", "esa.int", "nasa.gov", "state.gov");
        assertThat(options.sources().get(0).relations()).isEqualTo(3);
        assertThat(options.firstYear()).isEqualTo(2011);
        assertThat(options.lastYear()).isEqualTo(2031);
    }
}
