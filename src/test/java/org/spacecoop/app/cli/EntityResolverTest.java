package org.spacecoop.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.analysis.Fixture;
import org.spacecoop.core.graph.CooperationGraph;

class EntityResolverTest {

    private final CooperationGraph g = new Fixture().actors("nasa", "cnsa", "cmsa", "esa", "roscosmos").build();

    @Test
    void findsByIdOrNameIgnoringCase() throws BadInput {
        assertThat(EntityResolver.resolve(g, "NASA").id()).isEqualTo("nasa");
        assertThat(EntityResolver.resolve(g, " esa ").id()).isEqualTo("esa");
    }

    @Test
    void anUnknownIdListsTheNearestFirst() {
        assertThatThrownBy(() -> EntityResolver.resolve(g, "cnssa")).isInstanceOf(BadInput.class)
                .hasMessage("unknown entity \"cnssa\"; close matches: cnsa (CNSA), cmsa (CMSA), nasa (NASA)");
        assertThatThrownBy(() -> EntityResolver.resolve(g, "rosc")).hasMessageContaining("roscosmos (ROSCOSMOS)");
    }

    @Test
    void nothingCloseSaysSo() {
        assertThatThrownBy(() -> EntityResolver.resolve(g, "blue origin"))
                .hasMessage("unknown entity \"blue origin\" (no id, name or alias is close to it)");
    }

    @Test
    void levenshteinDistance() {
        assertThat(EntityResolver.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(EntityResolver.levenshtein("", "abc")).isEqualTo(3);
        assertThat(EntityResolver.levenshtein("esa", "esa")).isZero();
    }
}
