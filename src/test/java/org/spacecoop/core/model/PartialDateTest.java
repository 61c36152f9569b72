package org.spacecoop.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesTheThreeFormsAndRejectsTheRest() {
        assertThat(PartialDate.parse("2011")).contains(new PartialDate(2011, 0, 0));
        assertThat(PartialDate.parse("2025-03")).contains(new PartialDate(2025, 3, 0));
        assertThat(PartialDate.parse("2024-06-03")).contains(new PartialDate(2024, 6, 3));
        assertThat(PartialDate.parse("2023-02-29")).isEmpty();
        assertThat(PartialDate.parse("2025-13")).isEmpty();
        assertThat(PartialDate.parse("25-03")).isEmpty();
    }

    /** endsBefore is the allocation-free form of last().isBefore(other.first()); check it on every pair. */
    @Test
    void endsBeforeAgreesWithTheCalendarOnEveryPair() {
        List<PartialDate> dates = new ArrayList<>();
        for (int year = 2023; year <= 2025; year++) {
            dates.add(new PartialDate(year, 0, 0));
            for (int month = 1; month <= 12; month++) {
                dates.add(new PartialDate(year, month, 0));
                for (int day : new int[] {1, 15, 28}) dates.add(new PartialDate(year, month, day));
                int last = java.time.YearMonth.of(year, month).lengthOfMonth();
                dates.add(new PartialDate(year, month, last));
            }
        }
        int before = 0;
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                boolean expected = a.last().isBefore(b.first());
                assertThat(a.endsBefore(b)).as("%s ends before %s", a, b).isEqualTo(expected);
                if (expected) before++;
            }
        }
        assertThat(before).isGreaterThan(dates.size()); // both answers occur
    }

    @Test
    void textsOfTheFormatParseAndOthersDoNot() {
        for (String t : List.of("2011", "1975-06", "1971-12-18", "2024-02-29", "9999-12-31")) {
            assertThat(PartialDate.parseOrNull(t)).as(t).hasToString(t);
        }
        for (String t : List.of("2023-02-29", "2011-13", "2011-00", "2011-05-00", "201", "20111", "2011-5", "2011/05",
                "abcd", "2011-05-1x")) {
            assertThat(PartialDate.parseOrNull(t)).as(t).isNull();
        }
        assertThat(PartialDate.parseOrNull("1975-06")).isSameAs(PartialDate.of(1975, 6, 0)); // the shared instance for a month
    }
}
