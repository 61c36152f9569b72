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
        return Optional.ofNullable(parseOrNull(text));
    }

    /** Years and months from 1800 to 2199, shared: a loader reads hundreds of thousands of "2011" and "2025-03". */
    private static final int FIRST_CACHED = 1800;
    private static final PartialDate[] CACHE = new PartialDate[400 * 13];

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new PartialDate(FIRST_CACHED + i / 13, i % 13, 0);
    }

    /** The date; a shared instance for a year or a month (day 0) between 1800 and 2199. */
    public static PartialDate of(int year, int month, int day) {
        int i = (year - FIRST_CACHED) * 13 + month;
        if (day == 0 && year >= FIRST_CACHED && i < CACHE.length && month >= 0 && month <= 12) return CACHE[i];
        return new PartialDate(year, month, day);
    }

    /** {@link #parse}, null for text that is not a date. */
    public static PartialDate parseOrNull(String text) {
        if (text == null) return null;
        String t = text.trim();
        // by hand rather than with a regular expression: a dataset read parses two dates per relation
        int n = t.length();
        if (!(n == 4 || n == 7 && t.charAt(4) == '-' || n == 10 && t.charAt(4) == '-' && t.charAt(7) == '-')) {
            return null;
        }
        int y = digits(t, 0, 4);
        int mo = n >= 7 ? digits(t, 5, 7) : 0;
        int d = n == 10 ? digits(t, 8, 10) : 0;
        return ofParts(n, y, mo, d);
    }

    /** The date of parts read from {@code n} characters (-1: not digits); null when they break the format. */
    private static PartialDate ofParts(int n, int y, int mo, int d) {
        if (y < 0 || mo < 0 || d < 0 || n >= 7 && mo == 0 || n == 10 && d == 0) return null;
        try {
            return of(y, mo, d);
        } catch (RuntimeException e) {
            return null;
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

    /**
     * True when every day this date may mean lies before every day {@code other} may mean
     * ({@code last().isBefore(other.first())}), computed without building dates: a loader checks it per relation.
     * An unknown day counts as 31; that gives the same answer because {@code other}'s day is a real day.
     */
    public boolean endsBefore(PartialDate other) {
        int last = year * 10_000 + (month == 0 ? 12 : month) * 100 + (day == 0 ? 31 : day);
        int first = other.year * 10_000 + Math.max(other.month, 1) * 100 + Math.max(other.day, 1);
        return last < first;
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
