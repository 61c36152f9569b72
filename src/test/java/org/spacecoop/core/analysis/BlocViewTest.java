package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Status;

class BlocViewTest {

    private static CooperationGraph world() {
        return new Fixture()
                .entity("artemis_accords", EntityKind.AGREEMENT, "international")
                .entity("ilrs", EntityKind.PROGRAM, "CN")
                .entity("cty_us", EntityKind.COUNTRY, "US").entity("cty_cn", EntityKind.COUNTRY, "CN")
                .entity("cty_ae", EntityKind.COUNTRY, "AE").entity("cty_xx", EntityKind.COUNTRY, "XX")
                .entity("cty_pe", EntityKind.COUNTRY, "PE")
                .actor("nasa", "US").actor("cnsa", "CN")
                .rel("cty_us", "signatory-of", "artemis_accords")
                .rel("cnsa", "co-leads", "ilrs")
                .rel("cty_ae", "signatory-of", "artemis_accords").rel("cty_ae", "member-of", "ilrs")
                .rel("cty_pe", "signatory-of", "artemis_accords", Status.SPECULATIVE)
                .rel("nasa", "cooperates-on", "cnsa").rel("nasa", "trains-with", "cty_ae").rel("cty_xx", "member-of", "cty_pe")
                .build();
    }

    @Test
    void groupsEntitiesByTheirMemberships() {
        CooperationGraph g = world();

        var groups = BlocView.of(g.graph(), g.graph()).groups();

        assertThat(groups.get(Alignment.ARTEMIS)).extracting(Entity::id).containsExactlyInAnyOrder("artemis_accords", "cty_us", "nasa");
        assertThat(groups.get(Alignment.ILRS)).extracting(Entity::id).containsExactlyInAnyOrder("ilrs", "cnsa");
        assertThat(groups.get(Alignment.BOTH)).extracting(Entity::id).containsExactly("cty_ae");
        assertThat(groups.get(Alignment.NEITHER)).extracting(Entity::id).containsExactlyInAnyOrder("cty_cn", "cty_pe", "cty_xx");
    }

    @Test
    void anAgencyTakesItsCountrysAlignment() {
        CooperationGraph g = world();

        var member = BlocView.of(g.graph(), g.graph()).member(g.entity("nasa").orElseThrow());

        assertThat(member.alignment()).isEqualTo(Alignment.ARTEMIS);
        assertThat(member.inherited()).isTrue();
    }

    @Test
    void countsTheRelationsAcrossBlocs() {
        CooperationGraph g = world();

        var view = BlocView.of(g.graph(), g.graph());

        assertThat(view.across()).extracting(r -> r.id()).containsExactly(
                "cty_ae.member-of.ilrs", "cty_ae.signatory-of.artemis_accords", "cty_pe.signatory-of.artemis_accords",
                "nasa.cooperates-on.cnsa", "nasa.trains-with.cty_ae");
        assertThat(view.ties()).filteredOn(t -> t.a() == Alignment.NEITHER && t.b() == Alignment.NEITHER)
                .singleElement().satisfies(t -> assertThat(t.relations()).hasSize(1));
    }
}
