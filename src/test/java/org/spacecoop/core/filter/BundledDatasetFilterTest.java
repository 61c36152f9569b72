package org.spacecoop.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;

/** The filters on the bundled dataset: the questions the issue asks of the real data. */
class BundledDatasetFilterTest {

    private static final String ILRS_ARGONAUT = "argonaut.compatible-with.ilrs";

    private static CooperationGraph graph;
    private static GraphFilter filter;

    @BeforeAll
    static void load() {
        graph = CooperationGraph.of(DatasetReader.loadBundled());
        filter = new GraphFilter(graph);
    }

    private static List<Relation> artemisSignatures() {
        Entity accords = graph.entity("artemis_accords").orElseThrow();
        return graph.graph().incomingEdgesOf(accords).stream().filter(r -> r.type() == RelationType.SIGNATORY_OF).toList();
    }

    private static FilteredGraph apply(String text) throws FilterSyntaxException {
        return filter.apply(FilterText.parse(text));
    }

    @Test
    void todayHidesTheSpeculativeIlrsArgonautRelationAndTheOpEdsScenarioShowsIt() throws Exception {
        Relation r = graph.relation(ILRS_ARGONAUT).orElseThrow();
        assertThat(apply("scenario=today").isVisible(r)).isFalse();
        assertThat(apply("scenario=plans").isVisible(r)).isFalse();
        assertThat(apply("scenario=oped").isVisible(r)).isTrue();
        assertThat(apply("scenario=oped").counts().status(org.spacecoop.core.model.Status.SPECULATIVE))
                .isEqualTo(filter.totals().status(org.spacecoop.core.model.Status.SPECULATIVE));
    }

    @Test
    void asOf2019HidesEveryArtemisAccordsSignature() throws Exception {
        List<Relation> signatures = artemisSignatures();
        assertThat(signatures).hasSizeGreaterThan(40);
        FilteredGraph in2019 = apply("asof=2019");
        assertThat(signatures).noneMatch(in2019::isVisible);
        FilteredGraph in2020 = apply("asof=2020");
        assertThat(signatures).anyMatch(in2020::isVisible);
        FilteredGraph in2025 = apply("asof=2025-12");
        assertThat(signatures.stream().filter(in2025::isVisible).count()).isGreaterThan(40);
    }

    @Test
    void focusOnEsaDepthOneLeavesOnlyEsaAndItsNeighbours() throws Exception {
        Entity esa = graph.entity("esa").orElseThrow();
        Set<Entity> expected = new HashSet<>(Graphs.neighborSetOf(graph.graph(), esa));
        expected.add(esa);
        assertThat(apply("focus=esa:1").view().vertexSet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(apply("focus=esa:2").nodeCount()).isGreaterThan(expected.size());
    }

    @Test
    void theWolfAmendmentIsOnFrom2011() throws Exception {
        Set<String> in2010 = ids(apply("asof=2010;type=bans"));
        Set<String> in2012 = ids(apply("asof=2012;type=bans"));
        assertThat(in2010).doesNotContain("us_congress.bans.cnsa");
        assertThat(in2012).contains("us_congress.bans.cnsa", "wolf_amendment.bans.nasa");
    }

    @Test
    void theIssuesExampleRunsAndEveryScenarioNarrowsTheLast() throws Exception {
        FilteredGraph example = apply("status=active,planned;type=member-of;asof=2025-03;focus=esa:2");
        assertThat(example.view().edgeSet()).allMatch(r -> r.type() == RelationType.MEMBER_OF);
        assertThat(filter.problems(example.state())).isEmpty();
        int today = apply("scenario=today").edgeCount();
        int plans = apply("scenario=plans").edgeCount();
        int oped = apply("scenario=oped").edgeCount();
        assertThat(today).isLessThan(plans);
        assertThat(plans).isLessThan(oped);
        assertThat(oped).isLessThan(graph.relations().size()); // suspended and cancelled stay out
    }

    @Test
    void hidingIsolatedLeavesNoNodeWithoutARelation() throws Exception {
        FilteredGraph g = apply("scenario=today;asof=2015;isolated=hide");
        assertThat(g.view().vertexSet()).allMatch(v -> g.view().degreeOf(v) > 0);
        assertThat(g.nodeCount()).isLessThan(graph.entities().size());
    }

    private static Set<String> ids(FilteredGraph g) {
        return g.view().edgeSet().stream().map(Relation::id).collect(Collectors.toSet());
    }
}
