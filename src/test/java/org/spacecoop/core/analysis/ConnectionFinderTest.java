package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.analysis.ConnectionFinder.Options;
import org.spacecoop.core.analysis.Step.Direction;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Status;

class ConnectionFinderTest {

    private static Entity e(CooperationGraph g, String id) {
        return g.entity(id).orElseThrow();
    }

    @Test
    void followsRelationDirectionsUnlessToldNotTo() {
        CooperationGraph g = new Fixture().path("a", "b", "c").build();

        List<Connection> forward = new ConnectionFinder(g.graph(), Options.directed()).shortest(e(g, "a"), e(g, "c"));
        List<Connection> backward = new ConnectionFinder(g.graph(), Options.directed()).shortest(e(g, "c"), e(g, "a"));
        List<Connection> undirected = new ConnectionFinder(g.graph(), Options.ignoringDirection())
                .shortest(e(g, "c"), e(g, "a"));

        assertThat(forward).hasSize(1);
        assertThat(forward.get(0).entities()).extracting(Entity::id).containsExactly("a", "b", "c");
        assertThat(forward.get(0).steps()).extracting(Step::direction).containsOnly(Direction.FORWARD);
        assertThat(backward).isEmpty();
        assertThat(undirected.get(0).steps()).extracting(Step::direction).containsOnly(Direction.BACKWARD);
        assertThat(undirected.get(0).steps().get(0).describe()).isEqualTo("C ←cooperates-on— B");
    }

    @Test
    void listsEveryShortestChainButNoLongerOnes() {
        CooperationGraph g = new Fixture().path("a", "b", "d").path("a", "c", "d").path("a", "x", "y", "d").build();

        List<Connection> found = new ConnectionFinder(g.graph(), Options.directed()).shortest(e(g, "a"), e(g, "d"));

        assertThat(found).extracting(c -> c.entities().get(1).id()).containsExactlyInAnyOrder("b", "c");
        assertThat(found).allSatisfy(c -> assertThat(c.length()).isEqualTo(2));
    }

    @Test
    void eachStepCarriesItsRelationsEvidenceAndTheAlternatives() {
        CooperationGraph g = new Fixture().actors("a", "b")
                .rel("b", "member-of", "a").rel("a", "trains-with", "b", Status.PLANNED).rel("a", "cooperates-on", "b")
                .build();

        Step step = new ConnectionFinder(g.graph(), Options.ignoringDirection()).first(e(g, "a"), e(g, "b"))
                .orElseThrow().steps().get(0);

        assertThat(step.relation().id()).isEqualTo("a.cooperates-on.b"); // forward and active beats the rest
        assertThat(step.evidence().passages()).extracting(p -> p.text()).containsExactly("quote for a.cooperates-on.b");
        assertThat(step.alternatives()).extracting(r -> r.id()).containsExactly("a.trains-with.b", "b.member-of.a");
    }

    @Test
    void canUseOnlyTheShownStatuses() {
        CooperationGraph g = new Fixture().actors("a", "b", "x").rel("a", "cooperates-on", "b", Status.CANCELLED)
                .path("a", "x", "b").build();
        Options activeOnly = Options.directed().withStatuses(Set.of(Status.ACTIVE));

        Connection all = new ConnectionFinder(g.graph(), Options.directed()).first(e(g, "a"), e(g, "b")).orElseThrow();
        Connection active = new ConnectionFinder(g.graph(), activeOnly).first(e(g, "a"), e(g, "b")).orElseThrow();

        assertThat(all.length()).isEqualTo(1);
        assertThat(active.entities()).extracting(Entity::id).containsExactly("a", "x", "b");
    }

    @Test
    void noChainBetweenSeparatePartsAndAnEmptyOneToItself() {
        CooperationGraph g = new Fixture().path("a", "b").path("c", "d").build();
        ConnectionFinder finder = new ConnectionFinder(g.graph(), Options.ignoringDirection());

        assertThat(finder.shortest(e(g, "a"), e(g, "d"))).isEmpty();
        assertThat(finder.shortest(e(g, "a"), e(g, "a"))).singleElement().satisfies(c -> assertThat(c.length()).isZero());
    }

    @Test
    void stopsAtTheRequestedNumberOfChains() {
        Fixture f = new Fixture().actors("s", "t");
        for (int i = 0; i < 5; i++) f.path("s", "m" + i, "t");
        CooperationGraph g = f.build();

        var finder = new ConnectionFinder(g.graph(), new Options(false, Set.of(), 3));

        assertThat(finder.shortest(e(g, "s"), e(g, "t"))).hasSize(3);
    }
}
