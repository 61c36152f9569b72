package org.spacecoop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAtTerminalPunctuationBeforeACapital() {
        assertThat(sentences("China launched it. Europe watched! Did Japan? Yes."))
                .containsExactly("China launched it.", "Europe watched!", "Did Japan?", "Yes.");
    }

    @Test
    void keepsInitialismsAbbreviationsAndDecimalsInside() {
        assertThat(sentences("As the U.S. does this, Dr. Smith met Mr. Li at 3.5 km, e.g. on Mars. Then it ended."))
                .containsExactly("As the U.S. does this, Dr. Smith met Mr. Li at 3.5 km, e.g. on Mars.", "Then it ended.");
    }

    @Test
    void doesNotSplitBeforeALowerCaseWordOrInsideNames() {
        assertThat(sentences("The Chang'e lunar mission returned samples. it continues."))
                .containsExactly("The Chang'e lunar mission returned samples. it continues.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(sentences("He said \"we will go.\" Then (they went.) Later it rained."))
                .containsExactly("He said \"we will go.\"", "Then (they went.)", "Later it rained.");
    }

    @Test
    void lineBreaksEndHeadingsAndParagraphsButNotHardWraps() {
        String text = "China & Europe\nTo begin with, Europe is in an awkward\nposition today.\n\nNew paragraph";
        assertThat(sentences(text)).containsExactly("China & Europe",
                "To begin with, Europe is in an awkward\nposition today.", "New paragraph");
    }

    @Test
    void spansExcludeSurroundingWhiteSpace() {
        String text = "  One.   Two.  \n";
        assertThat(SentenceSplitter.split(text)).containsExactly(new Span(2, 6), new Span(9, 13));
        assertThat(SentenceSplitter.split("")).isEmpty();
    }
}
