package org.spacecoop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFinderTest {

    private static List<String> found(String text, String... names) {
        return new MentionFinder(List.of(names)).find(text).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest(name = "\"{0}\" names US: {1}")
    @CsvSource(delimiter = '|', value = {
            "the US will go|true",
            "US-based companies|true",       // a hyphen is a word boundary: a US-based company is about the US
            "the US's program|true",
            "(US)|true",
            "we use it|false",               // not inside a word
            "the USA|false",                 // not inside a longer acronym
            "let us go|false",               // acronyms keep their case
            "Us and them|false",
            "BUS stop|false",
            "US2 rocket|false"})             // digits are word characters too
    void acronymsMatchWholeWordsWithTheirCase(String text, boolean expected) {
        assertThat(new MentionFinder(List.of("US")).mentions(text)).isEqualTo(expected);
    }

    @Test
    void longerNamesIgnoreCaseAndWhiteSpaceRuns() {
        assertThat(found("the european space agency and the EUROPEAN\n  SPACE Agency", "European Space Agency"))
                .containsExactly("european space agency", "EUROPEAN\n  SPACE Agency");
        assertThat(found("Europeans are not Europe", "Europe")).containsExactly("Europe");
    }

    @Test
    void apostrophesAreInterchangeable() {
        assertThat(found("the Chang’e mission and Chang'e-6", "Chang'e")).containsExactly("Chang’e", "Chang'e");
    }

    @Test
    void dottedInitialismsNeedAWordEndAfterTheirLastPeriod() {
        assertThat(found("As the U.S. does this", "U.S.")).containsExactly("U.S.");
        assertThat(found("the U.S.A. flag", "U.S.")).isEmpty();
    }

    @Test
    void theLongestOverlappingNameWinsAndSpansDoNotOverlap() {
        String text = "the European Space Agency (ESA) said";
        assertThat(new MentionFinder(List.of("ESA", "Space Agency", "European Space Agency")).find(text))
                .containsExactly(new Span(4, 25), new Span(27, 30));
    }

    @Test
    void namesInChineseMatchInsideRunningText() {
        assertThat(found("中国与欧洲空间局合作", "欧洲空间局")).containsExactly("欧洲空间局");
    }

    @Test
    void acronymRule() {
        assertThat(MentionFinder.isAcronym("ESA")).isTrue();
        assertThat(MentionFinder.isAcronym("U.S.")).isTrue();
        assertThat(MentionFinder.isAcronym("INRRI")).isTrue();
        assertThat(MentionFinder.isAcronym("ROSCOSMOS")).isFalse(); // long all-caps names are written both ways
        assertThat(MentionFinder.isAcronym("SpaceX")).isFalse();
        assertThat(MentionFinder.isAcronym("42")).isFalse();
    }

    @Test
    void regionSearchSeesTheNeighbouringCharacters() {
        String text = "USA and US";
        assertThat(new MentionFinder(List.of("US")).find(text, 0, 2)).isEmpty();
        assertThat(new MentionFinder(List.of("US")).find(text, 4, 10)).containsExactly(new Span(8, 10));
    }

    @Test
    void noUsableNamesFindNothing() {
        assertThat(new MentionFinder(List.of("", "X")).find("X marks")).isEmpty();
    }
}
