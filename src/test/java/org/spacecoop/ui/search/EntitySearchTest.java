package org.spacecoop.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.ui.TestGraphs;

class EntitySearchTest {

    private final CooperationGraph g = TestGraphs.opEd();
    private final EntitySearch search = new EntitySearch(g.graph());

    private List<String> ids(String q) {
        return search.suggest(q, 10).stream().map(h -> h.entity().id()).toList();
    }

    @Test
    void findsByNameOrAliasIgnoringCase() {
        assertThat(ids("esa")).first().isEqualTo("esa");
        assertThat(ids("tiangong")).containsExactly("tiangong");
        assertThat(ids("天宫")).containsExactly("tiangong");
    }

    @Test
    void exactBeforePrefixBeforeWordPrefixBeforeSubstring() {
        assertThat(EntitySearch.rank("svom", "svom")).isZero();
        assertThat(EntitySearch.rank("space station", "spa")).isEqualTo(1);
        assertThat(EntitySearch.rank("tiangong space station", "spa")).isEqualTo(2);
        assertThat(EntitySearch.rank("aerospace", "spa")).isEqualTo(3);
        assertThat(EntitySearch.rank("china", "spa")).isEqualTo(-1);
        // "Space": the International Space Station and Tiangong by word prefix; ESA by a word of its name too.
        assertThat(ids("space")).contains("iss", "tiangong", "esa");
        assertThat(search.suggest("station", 10).get(0).rank()).isEqualTo(2);
    }

    @Test
    void substringMatchesAndHitShowsTheMatchedAlias() {
        assertThat(ids("ngong")).containsExactly("tiangong");
        EntitySearch.Hit hit = search.suggest("天宫", 1).get(0);
        assertThat(hit.toString()).isEqualTo("Tiangong Space Station (天宫)");
    }

    @Test
    void blankOrUnknownFindsNothing() {
        assertThat(ids("  ")).isEmpty();
        assertThat(ids("zzz")).isEmpty();
        assertThat(search.find("zzz")).isEmpty();
    }

    @Test
    void limitsAndRanksTiesByDegree() {
        assertThat(search.suggest("a", 3)).hasSize(3);
        // "c": China (degree 3) before China Manned Space Agency (2): both prefixes.
        assertThat(ids("chin")).startsWith("cty_cn", "cmsa");
    }

    @Test
    void misspellingsGetCloseMatchesOnlyWhenNothingMatchesAsTyped() {
        assertThat(ids("tiangnog")).first().isEqualTo("tiangong");
        assertThat(search.suggest("tiangnog", 5)).allMatch(EntitySearch.Hit::isClose);
        assertThat(search.suggest("tiangong", 5)).noneMatch(EntitySearch.Hit::isClose);
        assertThat(ids("tia")).doesNotContain("esa"); // short texts: no close matches
        assertThat(ids("qqqqqqqq")).isEmpty();
    }
}
