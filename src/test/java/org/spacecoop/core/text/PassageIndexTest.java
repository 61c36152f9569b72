package org.spacecoop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;

class PassageIndexTest {

    static final String CHANGE_SENTENCE = "The European Space Agency has previously provided two instruments for the Chang'e "
            + "lunar mission, which returned the first lunar samples from the far side.";

    static CooperationGraph bundled;
    static PassageIndex index;

    @BeforeAll
    static void load() {
        bundled = CooperationGraph.of(DatasetReader.loadBundled());
        index = new PassageIndex(bundled);
    }

    private static Entity entity(String id) {
        return bundled.entity(id).orElseThrow();
    }

    @Test
    void esaPassagesIncludeTheOpEdSentenceAboutTheChangeInstruments() {
        assertThat(index.passagesOf(entity("esa"))).extracting(Passage::text).contains(CHANGE_SENTENCE);
    }

    @Test
    void curatedQuotesComeFirstThenFoundSentences() {
        List<Passage> ps = index.passagesOf(entity("esa"));
        int firstFound = 0;
        while (firstFound < ps.size() && ps.get(firstFound).curated()) firstFound++;
        assertThat(firstFound).isPositive();
        assertThat(ps.subList(firstFound, ps.size())).isNotEmpty().noneMatch(Passage::curated);
    }

    @Test
    void passagesPointIntoTheirSourceAndNameTheEntity() {
        Entity esa = entity("esa");
        for (Passage p : index.passagesOf(esa)) {
            String text = bundled.dataset().sources().stream().filter(s -> s.id().equals(p.sourceId())).findFirst()
                    .orElseThrow().text();
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            if (!p.curated()) assertThat(index.mentions(p.text(), esa)).isNotEmpty();
        }
    }

    @Test
    void noPassageIsListedTwice() {
        for (Entity e : bundled.entities()) {
            List<Passage> ps = index.passagesOf(e);
            assertThat(ps.stream().map(p -> p.sourceId() + ":" + p.start() + "-" + p.end()).distinct().count())
                    .as(e.id()).isEqualTo(ps.size());
        }
    }

    @Test
    void usSentencesDoNotComeFromWordsLikeUse() {
        for (Passage p : index.passagesOf(entity("cty_us"))) {
            if (!p.curated()) assertThat(p.text()).containsPattern("\\bUS\\b|U\\.S\\.|(?i)united states|America|USA|美国");
        }
    }

    @Test
    void relationPassagesStartWithItsQuotes() {
        var relation = bundled.relations().stream().filter(r -> !r.evidence().passages().isEmpty()).findFirst().orElseThrow();
        List<Passage> ps = index.passagesOf(relation);
        assertThat(ps.subList(0, relation.evidence().passages().size())).isEqualTo(relation.evidence().passages());
    }

    @Test
    void mentionsOfSeveralEntitiesAreHighlighted() {
        String text = "ESA's NILS flew on Chang’e 6 (CE-6); the European Space Agency, not ESAs, paid.";
        List<Span> spans = index.mentions(text, entity("esa"), entity("change6"));
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("ESA", "Chang’e 6", "CE-6", "European Space Agency");
    }
}
