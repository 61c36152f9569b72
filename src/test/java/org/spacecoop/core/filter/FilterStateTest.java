package org.spacecoop.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Status;

class FilterStateTest {

    @Test
    void allIsTheDefaultAndDescribesNothing() {
        assertThat(FilterState.ALL.isAll()).isTrue();
        assertThat(FilterState.ALL.describe()).isEmpty();
        assertThat(FilterState.ALL.scenario()).isEmpty();
        assertThat(FilterState.ALL.withText("x").isAll()).isFalse();
    }

    @Test
    void theScenarioFollowsTheStatuses() {
        FilterState today = FilterState.ALL.withScenario(Scenario.TODAY);
        assertThat(today.statuses()).containsExactly(Status.HISTORICAL, Status.ACTIVE);
        assertThat(today.scenario()).contains(Scenario.TODAY);
        assertThat(today.withStatuses(EnumSet.of(Status.ACTIVE)).scenario()).isEmpty();
        assertThat(FilterState.ALL.withScenario(Scenario.OPED).statuses())
                .doesNotContain(Status.SUSPENDED, Status.CANCELLED).contains(Status.SPECULATIVE, Status.PROPOSED);
    }

    @Test
    void valuesAreNormalisedSoEqualStatesCompareEqual() {
        FilterState a = FilterState.ALL.withText("  esa ").withSources(List.of(" oped", "", "news"));
        FilterState b = FilterState.ALL.withText("esa").withSources(List.of("news", "oped"));
        assertThat(a).isEqualTo(b);
        assertThat(a.sources()).containsExactly("news", "oped");
        assertThat(new Focus(" esa ", 2).entityId()).isEqualTo("esa");
    }

    @Test
    void setsCannotBeChangedFromOutside() {
        EnumSet<EntityKind> kinds = EnumSet.of(EntityKind.AGENCY);
        FilterState s = FilterState.ALL.withKinds(kinds);
        kinds.add(EntityKind.COUNTRY);
        assertThat(s.kinds()).containsExactly(EntityKind.AGENCY);
        assertThatThrownBy(() -> s.kinds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsImpossibleValues() {
        assertThatThrownBy(() -> FilterState.ALL.withMinPassages(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> FilterState.ALL.withRange(PartialDate.of("2021"), PartialDate.of("2020-12")))
                .hasMessageContaining("after it ends");
        assertThatThrownBy(() -> new Focus("esa", 0)).hasMessageContaining("1, 2 or 3");
        // a month within the year is a valid range either way round
        FilterState monthInYear = FilterState.ALL.withRange(PartialDate.of("2020-05"), PartialDate.of("2020"));
        assertThat(monthInYear.from()).isEqualTo(PartialDate.of("2020-05"));
        assertThat(monthInYear.to()).isEqualTo(PartialDate.of("2020"));
    }

    @Test
    void describesWhatIsOn() {
        FilterState s = FilterState.ALL.withStatuses(EnumSet.of(Status.ACTIVE, Status.PLANNED))
                .withSources(List.of("oped")).withMinPassages(2).withText("esa").withFocus(new Focus("esa", 2))
                .withRange(PartialDate.of("2011"), null).withShowUndated(false);
        assertThat(s.describe()).containsExactly("statuses active,planned", "sources oped", "≥2 evidence", "text \"esa\"",
                "focus esa depth 2", "range 2011–…", "undated hidden");
    }
}
