package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;

class SinglePointsOfFailureTest {

    /** Triangles a-b-c and d-e-f joined by the single relation c → d. */
    private static Fixture twoTriangles() {
        return new Fixture().path("a", "b", "c", "a").path("d", "e", "f", "d").rel("c", "depends-on", "d");
    }

    @Test
    void theRelationJoiningTwoTrianglesIsTheOnlyBridge() {
        CooperationGraph g = twoTriangles().build();

        var result = SinglePointsOfFailure.of(g.graph());

        assertThat(result.bridges()).singleElement().satisfies(b -> {
            assertThat(b.relation().id()).isEqualTo("c.depends-on.d");
            assertThat(b.separated()).hasSize(3);
        });
        assertThat(result.articulationPoints()).extracting(p -> p.entity().id()).containsExactlyInAnyOrder("c", "d");
        // without c, a and b lose the other triangle (the larger piece, d-e-f, is kept as "the rest")
        assertThat(result.articulationPoints()).filteredOn(p -> p.entity().id().equals("c")).singleElement()
                .satisfies(p -> assertThat(p.separated()).extracting(Entity::id).containsExactly("a", "b"));
    }

    @Test
    void aSecondRelationBetweenTheSamePairIsNoLongerABridge() {
        CooperationGraph g = twoTriangles().rel("d", "cooperates-on", "c").build();

        var result = SinglePointsOfFailure.of(g.graph());

        assertThat(result.bridges()).isEmpty();
        assertThat(result.articulationPoints()).hasSize(2);
    }

    @Test
    void theHubOfAStarSeparatesAllButOneLeafAndSelfLoopsAreHarmless() {
        CooperationGraph g = new Fixture().path("hub", "l1").path("hub", "l2").path("hub", "l3")
                .rel("hub", "cooperates-on", "hub").build();

        var result = SinglePointsOfFailure.of(g.graph());

        assertThat(result.articulationPoints()).singleElement().satisfies(p -> {
            assertThat(p.entity().id()).isEqualTo("hub");
            assertThat(p.separated()).extracting(Entity::id).hasSize(2).doesNotContain("hub");
        });
        assertThat(result.bridges()).hasSize(3).allSatisfy(b -> assertThat(b.separated()).hasSize(1));
    }
}
