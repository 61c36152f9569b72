package org.spacecoop.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

class FilterTextTest {

    @Test
    void readsTheIssuesExample() throws Exception {
        FilterState s = FilterText.parse("status=active,planned;type=member-of;asof=2025-03;focus=esa:2");
        assertThat(s.statuses()).containsExactlyInAnyOrder(Status.ACTIVE, Status.PLANNED);
        assertThat(s.types()).containsExactly(RelationType.MEMBER_OF);
        assertThat(s.asOf()).isEqualTo(new PartialDate(2025, 3, 0));
        assertThat(s.focus()).isEqualTo(new Focus("esa", 2));
        assertThat(s.kinds()).hasSize(EntityKind.values().length);
        assertThat(FilterText.format(s)).isEqualTo("type=member-of;status=active,planned;focus=esa:2;asof=2025-03");
    }

    @Test
    void everyClause() throws Exception {
        FilterState s = FilterText.parse(" kind=agency,country ; source=oped,nasa.gov; minPassages=2; text=Chang'e;"
                + "from=2011;to=2024-06-03;undated=hide;isolated=hide;scenario=plans;");
        assertThat(s.kinds()).containsExactlyInAnyOrder(EntityKind.AGENCY, EntityKind.COUNTRY);
        assertThat(s.sources()).containsExactly("nasa.gov", "oped");
        assertThat(s.minPassages()).isEqualTo(2);
        assertThat(s.text()).isEqualTo("Chang'e");
        assertThat(s.from()).isEqualTo(PartialDate.of("2011"));
        assertThat(s.to()).isEqualTo(PartialDate.of("2024-06-03"));
        assertThat(s.showUndated()).isFalse();
        assertThat(s.showIsolated()).isFalse();
        assertThat(s.scenario()).contains(Scenario.PLANS);
        assertThat(FilterText.format(s)).isEqualTo("kind=country,agency;scenario=plans;source=nasa.gov,oped;minPassages=2;"
                + "text=Chang'e;from=2011;to=2024-06-03;undated=hide;isolated=hide");
    }

    @Test
    void blankTextIsNoFilterAndNoFilterIsBlankText() throws Exception {
        assertThat(FilterText.parse("")).isEqualTo(FilterState.ALL);
        assertThat(FilterText.parse("  ; ")).isEqualTo(FilterState.ALL);
        assertThat(FilterText.format(FilterState.ALL)).isEmpty();
    }

    @Test
    void keysAndIdsIgnoreCaseAndAnEmptyListChoosesNone() throws Exception {
        FilterState s = FilterText.parse("STATUS=Active;Kind=;MINPASSAGES=1");
        assertThat(s.statuses()).containsExactly(Status.ACTIVE);
        assertThat(s.kinds()).isEmpty();
        assertThat(FilterText.format(s)).isEqualTo("kind=;status=active;minPassages=1");
    }

    @Test
    void scenarioAndExplicitStatusesSpellTheSameState() throws Exception {
        assertThat(FilterText.parse("status=historical,active")).isEqualTo(FilterText.parse("scenario=today"));
        assertThat(FilterText.format(FilterText.parse("status=active,historical"))).isEqualTo("scenario=today");
    }

    @Test
    void separatorsInsideValuesAreEscaped() throws Exception {
        FilterState s = FilterState.ALL.withText("a;b,c\\d=e:f").withFocus(new Focus("odd;id,x:y", 3));
        String text = FilterText.format(s);
        assertThat(text).isEqualTo("text=a\\;b\\,c\\\\d=e:f;focus=odd\\;id\\,x:y:3");
        assertThat(FilterText.parse(text)).isEqualTo(s);
    }

    @Test
    void aFocusWithoutDepthMeansDepthOne() throws Exception {
        assertThat(FilterText.parse("focus=esa").focus()).isEqualTo(new Focus("esa", 1));
    }

    @Test
    void roundTripOverManyRandomStates() throws Exception {
        Random random = new Random(42);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            FilterState s = randomState(random);
            String text = FilterText.format(s);
            if (!FilterText.parse(text).equals(s)) broken.add(text);
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            status=activ                 | unknown status "activ" in clause 1 "status=activ" (did you mean "active"?)
            kind=agency;type=member      | unknown type "member" in clause 2 "type=member" (did you mean "member-of"?)
            kind=planet                  | unknown kind "planet" in clause 1 "kind=planet"
            knd=agency                   | unknown key "knd" in clause 1 "knd=agency" (did you mean "kind"? keys: kind
            asof                         | missing "=" (clauses look like key=value) in clause 1 "asof"
            asof=2025-13                 | bad date "2025-13" (dates are YYYY, YYYY-MM or YYYY-MM-DD) in clause 1 "asof=2025-13"
            from=25                      | bad date "25"
            to=2023-02-30                | bad date "2023-02-30"
            focus=esa:4                  | focus depth must be 1, 2 or 3, not "4" in clause 1 "focus=esa:4"
            focus=:2                     | focus needs an entity id (focus=ID:DEPTH) in clause 1 "focus=:2"
            minPassages=-1               | minPassages must be a whole number, 0 or more, not "-1"
            minPassages=two              | minPassages must be a whole number, 0 or more, not "two"
            undated=no                   | undated must be show or hide, not "no" in clause 1 "undated=no"
            isolated=                    | isolated must be show or hide, not ""
            scenario=tomorrow            | unknown scenario "tomorrow" (scenarios: today, plans, oped)
            scenario=today;status=active | the status filter is set twice (also in clause 1) in clause 2 "status=active"
            text=a;text=b                | the text filter is set twice (also in clause 1) in clause 2 "text=b"
            from=2020;to=2019            | the range ends (2019) before it starts (2020) in clause 2 "to=2019"
            """)
    void badFormsAreRejectedNamingTheBadPart(String text, String message) {
        assertThatThrownBy(() -> FilterText.parse(text)).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theExceptionKnowsItsClause() {
        assertThatThrownBy(() -> FilterText.parse("kind=agency;;asof=x"))
                .isInstanceOfSatisfying(FilterSyntaxException.class, e -> assertThat(e.clause()).isEqualTo(3));
    }

    private static FilterState randomState(Random r) {
        FilterState s = FilterState.ALL;
        if (r.nextInt(3) == 0) s = s.withKinds(subset(r, EntityKind.class));
        if (r.nextInt(3) == 0) s = s.withTypes(subset(r, RelationType.class));
        if (r.nextInt(3) == 0) s = r.nextBoolean() ? s.withStatuses(subset(r, Status.class))
                : s.withScenario(Scenario.values()[r.nextInt(Scenario.values().length)]);
        if (r.nextInt(3) == 0) s = s.withSources(List.of(word(r), word(r) + ".org"));
        if (r.nextInt(3) == 0) s = s.withMinPassages(r.nextInt(5));
        if (r.nextInt(3) == 0) s = s.withText(word(r));
        if (r.nextInt(3) == 0) s = s.withFocus(new Focus(word(r) + "x", 1 + r.nextInt(3)));
        if (r.nextInt(3) == 0) s = s.withAsOf(date(r));
        if (r.nextInt(3) == 0) {
            PartialDate a = date(r), b = date(r);
            boolean ordered = !a.first().isAfter(b.last());
            PartialDate lo = ordered ? a : b, hi = ordered ? b : a;
            if (lo.first().isAfter(hi.last())) hi = null; // "2020-05" and "2020" overlap either way; keep it simple
            s = s.withRange(r.nextInt(4) == 0 ? null : lo, r.nextInt(4) == 0 ? null : hi);
        }
        if (r.nextInt(3) == 0) s = s.withShowUndated(false);
        if (r.nextInt(3) == 0) s = s.withShowIsolated(false);
        return s;
    }

    private static <E extends Enum<E>> Set<E> subset(Random r, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) if (r.nextInt(3) == 0) set.add(e);
        return set;
    }

    private static final String ALPHABET = "abcxyz019 ;,\\=:-_.'\"éß欧洲🚀";

    private static String word(Random r) {
        int n = 1 + r.nextInt(8);
        List<Integer> cps = ALPHABET.codePoints().boxed().toList();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.appendCodePoint(cps.get(r.nextInt(cps.size())));
        return b.toString().isBlank() ? "q" : b.toString();
    }

    private static PartialDate date(Random r) {
        int year = 1950 + r.nextInt(100);
        return switch (r.nextInt(3)) {
            case 0 -> new PartialDate(year, 0, 0);
            case 1 -> new PartialDate(year, 1 + r.nextInt(12), 0);
            default -> new PartialDate(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }
}
