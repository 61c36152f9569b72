package org.spacecoop.core.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * The compact text form of a {@link FilterState}, e.g. {@code status=active,planned;type=member-of;asof=2025-03;focus=esa:2}.
 *
 * <p>Clauses are separated by {@code ;}, values by {@code ,}; a backslash escapes {@code ; , \} inside a value.
 * Keys: {@code kind type status source minPassages text focus asof from to undated isolated scenario}.
 * A clause left out means "no restriction"; an empty value ({@code kind=}) chooses none. When the statuses are
 * those of a {@link Scenario} the form says {@code scenario=…} instead of listing them. {@link #format} writes
 * clauses in a fixed order and {@link #parse} reads them back to an equal state.
 */
public final class FilterText {

    private FilterText() {
    }

    public static String format(FilterState s) {
        List<String> clauses = new ArrayList<>();
        if (s.kinds().size() < EntityKind.values().length)
            clauses.add("kind=" + s.kinds().stream().map(EntityKind::id).collect(Collectors.joining(",")));
        if (s.types().size() < RelationType.values().length)
            clauses.add("type=" + s.types().stream().map(RelationType::id).collect(Collectors.joining(",")));
        if (s.statuses().size() < Status.values().length) {
            clauses.add(s.scenario().map(sc -> "scenario=" + sc.id())
                    .orElse("status=" + s.statuses().stream().map(Status::id).collect(Collectors.joining(","))));
        }
        if (!s.sources().isEmpty())
            clauses.add("source=" + s.sources().stream().map(FilterText::escape).collect(Collectors.joining(",")));
        if (s.minPassages() > 0) clauses.add("minPassages=" + s.minPassages());
        if (!s.text().isEmpty()) clauses.add("text=" + escape(s.text()));
        if (s.focus() != null) clauses.add("focus=" + escape(s.focus().entityId()) + ":" + s.focus().depth());
        if (s.asOf() != null) clauses.add("asof=" + s.asOf());
        if (s.from() != null) clauses.add("from=" + s.from());
        if (s.to() != null) clauses.add("to=" + s.to());
        if (!s.showUndated()) clauses.add("undated=hide");
        if (!s.showIsolated()) clauses.add("isolated=hide");
        return String.join(";", clauses);
    }

    /** Reads a text form; blank text gives {@link FilterState#ALL}. */
    public static FilterState parse(String text) throws FilterSyntaxException {
        return new FilterTextParser(text).parse();
    }

    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == ';' || c == ',') b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** Splits at every unescaped separator, keeping escapes in the pieces. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                b.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        parts.add(b.toString());
        return parts;
    }

    static String unescape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) c = value.charAt(++i);
            b.append(c);
        }
        return b.toString();
    }

    static PartialDate date(String text) {
        return PartialDate.parse(text).orElse(null);
    }
}
