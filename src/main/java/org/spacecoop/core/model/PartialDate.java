package org.spacecoop.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ("2011", "2025-03", "2024-06-03").
 * Comparisons use the interval the date covers: {@link #first()} and {@link #last()}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (month == 0 && day != 0) throw new IllegalArgumentException("day without month");
        if (day != 0) LocalDate.of(year, month, day); // throws DateTimeException when the day does not exist
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; empty when the text has another form or names no real date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new PartialDate(y, mo, d));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
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
