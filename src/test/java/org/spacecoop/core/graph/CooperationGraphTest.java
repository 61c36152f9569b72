package org.spacecoop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

class CooperationGraphTest {

    private static Entity entity(String id, String name, String... aliases) {
        return new Entity(id, name, List.of(aliases), EntityKind.AGENCY, null, "d", null, null, Status.ACTIVE, false, null);
    }

    private static Relation relation(String id, String from, String to) {
        return new Relation(id, from, to, RelationType.values()[0], null, Status.ACTIVE, null, null, null, false, null);
    }

    @Test
    void theBundledDatasetKeepsFileOrderAndFindsByIdNameAndAlias() {
        Dataset d = DatasetReader.loadBundled();
        CooperationGraph g = CooperationGraph.of(d);
        assertThat(g.graph().vertexSet()).containsExactlyElementsOf(d.entities());
        assertThat(g.graph().edgeSet()).containsExactlyElementsOf(d.relations());
        assertThat(g.find("ESA")).map(Entity::id).contains("esa");
        assertThat(g.find("european space agency")).map(Entity::id).contains("esa");
        Relation first = d.relations().get(0);
        assertThat(g.relation(first.id())).contains(first);
        assertThat(g.graph().getEdge(g.from(first), g.to(first))).isNotNull(); // no pair index, still answered
    }

    @Test
    void aNameWinsOverAnotherEntitysAlias() {
        Dataset d = new Dataset(1, "t", List.of(), List.of(entity("a", "Alpha", "Beta"), entity("b", "Beta")),
                List.of(relation("r", "a", "b")));
        assertThat(CooperationGraph.of(d).find("beta")).map(Entity::id).contains("b");
    }

    @Test
    void anUncheckedDatasetWithARepeatedEntityIdStillBuildsAndAnUnknownEndIsRefused() {
        Dataset repeated = new Dataset(1, "t", List.of(), List.of(entity("a", "A"), entity("a", "A again"), entity("b", "B")),
                List.of(relation("r", "a", "b")));
        CooperationGraph g = CooperationGraph.of(repeated);
        assertThat(g.graph().vertexSet()).hasSize(2);
        assertThat(g.graph().edgeSet()).hasSize(1);

        Dataset dangling = new Dataset(1, "t", List.of(), List.of(entity("a", "A")), List.of(relation("r", "a", "zz")));
        assertThatThrownBy(() -> CooperationGraph.of(dangling)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r");
    }
}
