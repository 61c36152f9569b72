package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;

/** The analyses on the bundled dataset, answering the op-ed's questions. */
class BundledDatasetAnalysisTest {

    private static CooperationGraph graph;

    @BeforeAll
    static void load() {
        graph = CooperationGraph.of(DatasetReader.loadBundled());
    }

    private static Entity e(String id) {
        return graph.entity(id).orElseThrow();
    }

    @Test
    void removingNasaLosesTheGatewayContributions() {
        WhatIfReport r = new WhatIf(graph.graph()).measures(java.util.Set.of()).run(List.of(e("nasa")), e("esa"));

        List<Relation> toGateway = graph.graph().incomingEdgesOf(e("gateway")).stream()
                .filter(x -> x.type() == RelationType.PROVIDES_HARDWARE).toList();
        assertThat(toGateway).extracting(Relation::from).contains("esa", "jaxa", "csa", "mbrsc");
        assertThat(r.lostRelations()).containsAll(toGateway).contains(graph.relation("nasa.develops.gateway").orElseThrow());
        assertThat(r.fallout()).extracting(f -> f.entity().id()).contains("gateway");
    }

    @Test
    void mbrscAndCnsaAreConnectedAndEveryStepHasEvidence() {
        var finder = new ConnectionFinder(graph.graph(), ConnectionFinder.Options.ignoringDirection());

        List<Connection> found = finder.shortest(e("mbrsc"), e("cnsa"));

        assertThat(found).isNotEmpty();
        for (Connection c : found) {
            assertThat(c.start().id()).isEqualTo("mbrsc");
            assertThat(c.end().id()).isEqualTo("cnsa");
            assertThat(c.steps()).allSatisfy(s -> assertThat(s.evidence().isEmpty()).isFalse());
        }
    }

    @Test
    void everyMeasureScoresEveryEntity() {
        for (Measure m : Measure.values()) {
            assertThat(Centrality.scores(graph.graph(), m)).hasSize(graph.entities().size());
        }
        assertThat(Centrality.rank(graph.graph(), Measure.DEGREE).get(0).score()).isGreaterThan(10);
    }

    @Test
    void theBlocsHaveTheirKnownMembers() {
        BlocView blocs = BlocView.of(graph.graph(), graph.graph());

        assertThat(blocs.member(e("cty_us")).alignment()).isEqualTo(Alignment.ARTEMIS);
        assertThat(blocs.member(e("cnsa")).alignment()).isEqualTo(Alignment.ILRS);
        assertThat(blocs.member(e("nasa")).alignment()).isEqualTo(Alignment.ARTEMIS);
        assertThat(blocs.across()).isNotEmpty();
    }

    @Test
    void singlePointsOfFailureAndCommunitiesAreFound() {
        var spof = SinglePointsOfFailure.of(graph.graph());
        var communities = Communities.detect(graph.graph());

        assertThat(spof.articulationPoints()).isNotEmpty();
        assertThat(spof.bridges()).isNotEmpty();
        assertThat(communities.list().size()).isBetween(2, graph.entities().size() / 2);
    }
}
