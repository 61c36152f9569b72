package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;

class CommunitiesTest {

    /** Two cliques of four joined by one relation, and an entity with nothing but a relation to itself. */
    private static CooperationGraph twoCliques() {
        Fixture f = new Fixture().actors("a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4", "alone");
        for (String side : new String[] {"a", "b"}) {
            for (int i = 1; i <= 4; i++) for (int j = i + 1; j <= 4; j++) f.rel(side + i, "cooperates-on", side + j);
        }
        return f.rel("a1", "trains-with", "b1").rel("alone", "cooperates-on", "alone").build();
    }

    @Test
    void findsTheTwoCliquesAndLeavesTheLoneEntityOnItsOwn() {
        Communities c = Communities.detect(twoCliques().graph());

        assertThat(c.list()).hasSize(3);
        assertThat(c.list().get(0).members()).extracting(e -> e.id()).containsExactly("a1", "a2", "a3", "a4");
        assertThat(c.list().get(1).members()).extracting(e -> e.id()).containsExactly("b1", "b2", "b3", "b4");
        assertThat(c.list().get(2).members()).extracting(e -> e.id()).containsExactly("alone");
    }

    @Test
    void theSameSeedGivesTheSameCommunities() {
        CooperationGraph g = twoCliques();

        assertThat(Communities.detect(g.graph(), 7).list()).isEqualTo(Communities.detect(g.graph(), 7).list());
    }

    @Test
    void everyEntityHasItsCommunityNumber() {
        CooperationGraph g = twoCliques();
        Communities c = Communities.detect(g.graph());

        var index = c.indexByEntity();
        assertThat(index).hasSize(9);
        assertThat(index.get(g.entity("a3").orElseThrow())).isEqualTo(0);
        assertThat(c.of(g.entity("b2").orElseThrow()).orElseThrow().index()).isEqualTo(1);
    }
}
