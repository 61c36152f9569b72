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

/** The filters on the bundled dataset: the questions a reader of the op-ed asks of the real data. */
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
    void asOf2009HidesEntitiesThatDidNotExistYetUnlessAShownRelationReachesThem() throws Exception {
        Entity svom = graph.entity("svom").orElseThrow(); // launched 2024-06-22; CNES and CNSA co-lead it from 2014
        Entity accords = graph.entity("artemis_accords").orElseThrow(); // signed 2020-10-13
        Entity esa = graph.entity("esa").orElseThrow(); // no dates of its own

        FilteredGraph in2009 = apply("asof=2009");
        assertThat(in2009.isVisible(svom)).isFalse();
        assertThat(in2009.isVisible(accords)).isFalse();
        assertThat(in2009.isVisible(esa)).isTrue();
        // an entity that began later is shown only through a dated relation of 2009
        assertThat(in2009.view().vertexSet()).filteredOn(e -> e.start() != null && e.start().year() > 2009)
                .allMatch(e -> in2009.view().edgesOf(e).stream().anyMatch(r -> r.start() != null || r.end() != null));
        assertThat(in2009.view().edgeSet()).allMatch(r -> in2009.isVisible(graph.entity(r.from()).orElseThrow())
                && in2009.isVisible(graph.entity(r.to()).orElseThrow()));

        FilteredGraph in2016 = apply("asof=2016");
        assertThat(in2016.isVisible(svom)).as("its builders' relations keep it").isTrue();
        assertThat(in2016.isVisible(accords)).isFalse();
        assertThat(apply("asof=2020-10").isVisible(accords)).isTrue();
        assertThat(apply("from=2000;to=2005").isVisible(accords)).isFalse();
        assertThat(apply("from=2000;to=2021").isVisible(accords)).isTrue();
        assertThat(apply("").view().vertexSet()).contains(svom, accords);
    }

    @Test
    void anInstrumentIsShownWhileItOrItsRelationsLastAndHiddenAfter() throws Exception {
        // NILS flew on Chang'e-6 from 2024-06-01 to 06-03; IRF and ESA developed it until 2024 (no start)
        Entity nils = graph.entity("nils").orElseThrow();
        assertThat(apply("asof=2024-06-02").isVisible(nils)).isTrue();
        assertThat(apply("asof=2019").isVisible(nils)).as("its developers' relations, open at the start").isTrue();
        assertThat(apply("asof=2025").isVisible(nils)).isFalse();
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
