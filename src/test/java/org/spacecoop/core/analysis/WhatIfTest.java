package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.analysis.WhatIfReport.MeasureChange;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;

class WhatIfTest {

    private static Entity e(CooperationGraph g, String id) {
        return g.entity(id).orElseThrow();
    }

    private static CooperationGraph star() {
        return new Fixture().path("hub", "a").path("hub", "b").path("hub", "c").path("d", "hub").build();
    }

    @Test
    void removingTheCentreOfAStarDisconnectsEveryLeaf() {
        CooperationGraph g = star();

        WhatIfReport r = new WhatIf(g.graph()).run(List.of(e(g, "hub")), e(g, "a"));

        assertThat(r.lostRelations()).extracting(x -> x.id())
                .containsExactly("d.cooperates-on.hub", "hub.cooperates-on.a", "hub.cooperates-on.b", "hub.cooperates-on.c");
        assertThat(r.componentsBefore()).isEqualTo(1);
        assertThat(r.componentsAfter()).isEqualTo(4);
        assertThat(r.largestBefore()).isEqualTo(5);
        assertThat(r.largestAfter()).isEqualTo(1);
        assertThat(r.cutOff()).extracting(Entity::id).containsExactly("b", "c", "d");
    }

    @Test
    void theDatasetIsUntouchedAndTheViewWithoutIsLive() {
        CooperationGraph g = star();

        var without = WhatIf.without(g.graph(), List.of(e(g, "hub")));
        new WhatIf(g.graph()).run(List.of(e(g, "hub")), null);

        assertThat(without.vertexSet()).hasSize(4);
        assertThat(without.edgeSet()).isEmpty();
        assertThat(g.graph().vertexSet()).hasSize(5);
        assertThat(g.graph().edgeSet()).hasSize(4);
    }

    @Test
    void reportsTheLargestChangesOfEachMeasure() {
        CooperationGraph g = new Fixture().path("a", "b", "c", "d", "e").path("a", "x", "e").build();

        WhatIfReport r = new WhatIf(g.graph()).measures(Set.of(Measure.DEGREE, Measure.BETWEENNESS)).topMovers(3)
                .run(List.of(e(g, "x")), null);

        assertThat(r.changes()).extracting(MeasureChange::measure).containsExactlyInAnyOrder(Measure.DEGREE, Measure.BETWEENNESS);
        MeasureChange degree = r.changes().stream().filter(c -> c.measure() == Measure.DEGREE).findFirst().orElseThrow();
        assertThat(degree.movers()).extracting(m -> m.entity().id()).containsExactly("a", "e");  // only two changed
        assertThat(degree.movers().get(0).change()).isEqualTo(-1.0);
        MeasureChange between = r.changes().stream().filter(c -> c.measure() == Measure.BETWEENNESS).findFirst().orElseThrow();
        // on the ring of six every vertex carries 2; on the path a..e the ends carry 0 and the middle 4
        assertThat(between.movers()).extracting(m -> m.entity().id()).containsExactly("a", "c", "e");
        assertThat(between.movers().get(1)).satisfies(m -> {
            assertThat(m.before()).isEqualTo(2.0);
            assertThat(m.after()).isEqualTo(4.0);
            assertThat(m.rankAfter()).isEqualTo(1);
        });
    }

    @Test
    void listsProgramsLeftWithoutAnyPartnerFromABloc() {
        CooperationGraph g = new Fixture().actor("nasa", "US").actor("spacex", "US").actor("esa", "Europe")
                .actor("jaxa", "JP").program("gateway").program("iss")
                .rel("nasa", "develops", "gateway").rel("esa", "provides-hardware", "gateway")
                .rel("nasa", "operates", "iss").rel("spacex", "crew-transport", "iss").rel("jaxa", "operates", "iss")
                .build();

        WhatIfReport r = new WhatIf(g.graph()).fallout(false).run(List.of(e(g, "nasa")), e(g, "esa"));

        assertThat(r.blocLosses()).singleElement().satisfies(l -> {
            assertThat(l.program().id()).isEqualTo("gateway");
            assertThat(l.bloc()).isEqualTo("US");
            assertThat(l.lostPartners()).extracting(Entity::id).containsExactly("nasa");
        });
        // ESA keeps Gateway but reached the ISS side only through NASA
        assertThat(r.cutOff()).extracting(Entity::id).containsExactly("iss", "jaxa", "spacex");
    }

    @Test
    void partsOfARemovedActorAndProgramsOnlyItLedGoWithIt() {
        CooperationGraph g = new Fixture().entity("cty_us", EntityKind.COUNTRY, "US").actor("nasa", "US")
                .actor("esa", "Europe").actor("jaxa", "JP").program("gateway").program("iss").program("ariane")
                .rel("nasa", "part-of", "cty_us")
                .rel("nasa", "develops", "gateway").rel("esa", "provides-hardware", "gateway")
                .rel("jaxa", "provides-hardware", "gateway")
                .rel("nasa", "operates", "iss").rel("jaxa", "operates", "iss").rel("esa", "develops", "ariane")
                .build();

        WhatIfReport r = new WhatIf(g.graph()).run(List.of(e(g, "cty_us")), e(g, "esa"));

        assertThat(r.removed()).extracting(Entity::id).containsExactly("cty_us");
        assertThat(r.fallout()).extracting(f -> f.entity().id() + ": " + f.reason())
                .containsExactly("nasa: part of CTY_US", "gateway: led only by NASA");
        assertThat(r.lostRelations()).extracting(x -> x.id()).contains("esa.provides-hardware.gateway",
                "jaxa.provides-hardware.gateway", "nasa.operates.iss").doesNotContain("jaxa.operates.iss");
        assertThat(r.cutOff()).extracting(Entity::id).containsExactly("iss", "jaxa");
        assertThat(r.allRemoved()).extracting(Entity::id).containsExactly("cty_us", "nasa", "gateway");
    }

    @Test
    void theAnchorCannotGoWithTheRemovedOnes() {
        CooperationGraph g = new Fixture().actor("nasa", "US").program("gateway").actor("esa", "Europe")
                .rel("nasa", "develops", "gateway").rel("esa", "provides-hardware", "gateway").build();

        assertThatThrownBy(() -> new WhatIf(g.graph()).run(List.of(e(g, "nasa")), e(g, "gateway")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("led only by NASA");
    }

    @Test
    void theAnchorCannotBeRemoved() {
        CooperationGraph g = star();

        assertThatThrownBy(() -> new WhatIf(g.graph()).run(List.of(e(g, "hub")), e(g, "hub")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub");
    }
}
