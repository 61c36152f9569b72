package org.spacecoop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.ui.TestGraphs;

class CitationTest {

    private final Source paper = new Source("notes", "Station notes", "Orbital Review", "2024-05",
            "https://example.org/notes", "news", "notes.txt", "Two  agencies\\nagreed to share a module.");

    @Test
    void aPassageIsQuotedWithTitlePublisherDateAndAddress() {
        Passage p = new Passage("notes", 0, 39, "Two  agencies\nagreed to share a module.", true);
        assertThat(Citation.of(p, paper)).isEqualTo(
                "“Two agencies agreed to share a module.”\n— Station notes, Orbital Review, 2024-05. https://example.org/notes");
    }

    @Test
    void aRelationIsCitedWithItsEndsStatusQuotesAndReferences() {
        CooperationGraph g = TestGraphs.opEd();
        Relation r = g.relations().stream().filter(x -> !x.evidence().passages().isEmpty()).findFirst().orElseThrow();
        Entity from = g.from(r);
        Entity to = g.to(r);
        Relation cited = new Relation(r.id(), r.from(), r.to(), r.type(), r.typeName(), r.status(), r.start(), r.end(),
                r.note(), r.unverified(), new Evidence(List.of(new Passage("notes", 15, 39, "agreed to share a module", true)),
                        List.of(new Reference("https://example.org/ref", "A reference"))));
        String text = Citation.of(cited, from, to, id -> paper);
        assertThat(text).startsWith(from.name() + " → " + r.typeName() + " → " + to.name() + "\nStatus: " + r.status().id())
                .contains("Quotes:\n“agreed to share a module”\n— Station notes, Orbital Review, 2024-05. https://example.org/notes")
                .contains("References:\n- A reference. https://example.org/ref");
    }
}
