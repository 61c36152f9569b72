package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;

class CentralityTest {

    private static Map<String, Double> byId(Map<Entity, Double> scores) {
        var map = new java.util.HashMap<String, Double>();
        scores.forEach((e, s) -> map.put(e.id(), s));
        return map;
    }

    @Test
    void betweennessOfAPathCountsThePairsEachInnerVertexSeparates() {
        CooperationGraph g = new Fixture().path("a", "b", "c", "d", "e").build();

        Map<String, Double> s = byId(Centrality.scores(g.graph(), Measure.BETWEENNESS));

        // b lies between a and {c, d, e}; c between {a, b} and {d, e}
        assertThat(s).containsEntry("a", 0.0).containsEntry("b", 3.0).containsEntry("c", 4.0)
                .containsEntry("d", 3.0).containsEntry("e", 0.0);
    }

    @Test
    void parallelAndOpposedRelationsDoNotChangeBetweenness() {
        CooperationGraph g = new Fixture().path("a", "b", "c", "d", "e")
                .rel("c", "member-of", "b").rel("b", "trains-with", "c").rel("a", "cooperates-on", "a").build();

        Map<String, Double> s = byId(Centrality.scores(g.graph(), Measure.BETWEENNESS));

        assertThat(s).containsEntry("b", 3.0).containsEntry("c", 4.0).containsEntry("d", 3.0);
    }

    @Test
    void degreeCountsRelationsInBothDirections() {
        CooperationGraph g = new Fixture().path("a", "b", "c").rel("c", "member-of", "b").build();

        assertThat(byId(Centrality.scores(g.graph(), Measure.DEGREE)))
                .containsEntry("a", 1.0).containsEntry("b", 3.0).containsEntry("c", 2.0);
    }

    @Test
    void closenessStaysInformativeWhenTheGraphIsDisconnected() {
        CooperationGraph g = new Fixture().path("a", "b", "c").actor("lonely").build();

        Map<String, Double> s = byId(Centrality.scores(g.graph(), Measure.CLOSENESS));

        // b reaches 2 of 3 others at distance 1 each: (2/2)·(2/3); a reaches 2 at total distance 3: (2/3)·(2/3)
        assertThat(s.get("b")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.get("a")).isCloseTo(4.0 / 9, within(1e-9));
        assertThat(s.get("lonely")).isZero();
    }

    @Test
    void closenessOfAConnectedGraphIsTheClassicNormalisedForm() {
        CooperationGraph g = new Fixture().path("a", "b", "c", "d").build();

        Map<String, Double> s = byId(Centrality.scores(g.graph(), Measure.CLOSENESS));

        assertThat(s.get("a")).isCloseTo(3.0 / (1 + 2 + 3), within(1e-9));
        assertThat(s.get("b")).isCloseTo(3.0 / (1 + 1 + 2), within(1e-9));
    }

    @Test
    void pageRankFavoursWhatEveryoneJoins() {
        CooperationGraph g = new Fixture().actors("a", "b", "c").program("hub")
                .rel("a", "member-of", "hub").rel("b", "member-of", "hub").rel("c", "member-of", "hub").build();

        List<RankedEntity> ranked = Centrality.rank(g.graph(), Measure.PAGERANK);

        assertThat(ranked.get(0).entity().id()).isEqualTo("hub");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void equalScoresShareARankAndAreOrderedByName() {
        CooperationGraph g = new Fixture().path("e", "d", "c", "b", "a").build();

        List<RankedEntity> ranked = Centrality.rank(g.graph(), Measure.BETWEENNESS);

        assertThat(ranked).extracting(r -> r.entity().id()).containsExactly("c", "b", "d", "a", "e");
        assertThat(ranked).extracting(RankedEntity::rank).containsExactly(1, 2, 2, 4, 4);
    }

    @Test
    void anEmptyViewHasNoScores() {
        CooperationGraph g = new Fixture().build();
        for (Measure m : Measure.values()) assertThat(Centrality.scores(g.graph(), m)).isEmpty();
    }

    @Test
    void measuresAreNamedOnTheCommandLineByLowerCaseIds() {
        assertThat(Measure.fromId("PageRank")).contains(Measure.PAGERANK);
        assertThat(Measure.fromId("betweenness")).contains(Measure.BETWEENNESS);
        assertThat(Measure.fromId("fame")).isEmpty();
    }
}
