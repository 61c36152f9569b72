package org.spacecoop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.ui.TestGraphs;

class NameMatcherTest {

    private final CooperationGraph g = TestGraphs.opEd();

    private List<String> found(String text, String... ids) {
        var entities = java.util.Arrays.stream(ids).map(id -> g.entity(id).orElseThrow()).toList();
        return new NameMatcher(entities).find(text, "mention").stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.entity().id()).toList();
    }

    @Test
    void findsEveryNameOnWordBoundariesLongestFirst() {
        assertThat(found(TestGraphs.INSTRUMENTS + ". ESA agreed; esa is lower case.", "esa"))
                .containsExactly("European Space Agency=esa", "ESA=esa");
    }

    @Test
    void shortAcronymsAreCaseSensitiveOthersNot() {
        assertThat(found("Busy US and us; the u.s. and the U.S. and tiangong", "cty_us", "tiangong"))
                .containsExactly("U.S.=cty_us", "tiangong=tiangong");
    }

    @Test
    void noMatchInsideAWordButCjkNeedsNoSpaces() {
        assertThat(found("ESAX and XESA", "esa")).isEmpty();
        assertThat(found("中国的天宫空间站", "tiangong", "cty_cn")).containsExactly("中国=cty_cn", "天宫=tiangong");
    }
}
