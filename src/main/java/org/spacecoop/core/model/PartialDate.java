package org.spacecoop.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date known to the year, the month or the day ("2011", "2025-03", "2024-06-03").
 * Comparisons use the interval the date covers: {@link #first()} and {@link #last()}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (month == 0 && day != 0) throw new IllegalArgumentException("day without month");
        if (day != 0) LocalDate.of(year, month, day); // throws DateTimeException when the day does not exist
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; empty when the text has another form or names no real date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim();
        // by hand rather than with a regular expression: a dataset read parses two dates per relation
        int n = t.length();
        if (!(n == 4 || n == 7 && t.charAt(4) == '-' || n == 10 && t.charAt(4) == '-' && t.charAt(7) == '-')) {
            return Optional.empty();
        }
        int y = digits(t, 0, 4);
        int mo = n >= 7 ? digits(t, 5, 7) : 0;
        int d = n == 10 ? digits(t, 8, 10) : 0;
        if (y < 0 || mo < 0 || d < 0 || n >= 7 && mo == 0 || n == 10 && d == 0) return Optional.empty();
        try {
            return Optional.of(new PartialDate(y, mo, d));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The number written by the ASCII digits in [from, to), or -1. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static PartialDate of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text));
    }

    /** The first day this date may mean. */
    public LocalDate first() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may mean. */
    public LocalDate last() {
        if (day != 0) return LocalDate.of(year, month, day);
        if (month != 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate o) {
        return first().compareTo(o.first());
    }

    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
