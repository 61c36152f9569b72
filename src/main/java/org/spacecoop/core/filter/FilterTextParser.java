package org.spacecoop.core.filter;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.text.EditDistance;

/** Reads one filter text form (see {@link FilterText}); every error names the clause it is in. */
final class FilterTextParser {

    private static final List<String> KEYS = List.of("kind", "type", "status", "source", "minPassages", "text", "focus",
            "asof", "from", "to", "undated", "isolated", "scenario");

    private final String text;
    private final Map<String, Integer> seen = new HashMap<>();
    private int clauseNo;
    private String clause;

    private Set<EntityKind> kinds = EnumSet.allOf(EntityKind.class);
    private Set<RelationType> types = EnumSet.allOf(RelationType.class);
    private Set<Status> statuses = EnumSet.allOf(Status.class);
    private Set<String> sources = new TreeSet<>();
    private int minPassages;
    private String query = "";
    private Focus focus;
    private PartialDate asOf, from, to;
    private boolean showUndated = true, showIsolated = true;

    FilterTextParser(String text) {
        this.text = text == null ? "" : text;
    }

    FilterState parse() throws FilterSyntaxException {
        List<String> clauses = FilterText.split(text, ';');
        for (int i = 0; i < clauses.size(); i++) {
            clause = clauses.get(i).strip();
            clauseNo = i + 1;
            if (!clause.isEmpty()) read();
        }
        if (from != null && to != null && from.first().isAfter(to.last())) {
            clauseNo = seen.get("to");
            clause = clauses.get(clauseNo - 1).strip();
            throw fail("the range ends (" + to + ") before it starts (" + from + ")");
        }
        return new FilterState(kinds, types, statuses, sources, minPassages, query, focus, asOf, from, to,
                showUndated, showIsolated);
    }

    private void read() throws FilterSyntaxException {
        int eq = clause.indexOf('=');
        if (eq < 0) throw fail("missing \"=\" (clauses look like key=value)");
        String rawKey = clause.substring(0, eq).strip();
        String key = KEYS.stream().filter(k -> k.equalsIgnoreCase(rawKey)).findFirst()
                .orElseThrow(() -> fail("unknown key \"" + rawKey + "\"", " (" + closest(rawKey, KEYS)
                        .map(k -> "did you mean \"" + k + "\"? ").orElse("") + "keys: " + String.join(", ", KEYS) + ")"));
        String value = clause.substring(eq + 1).strip();
        // scenario and status both set the statuses
        String slot = key.equals("scenario") ? "status" : key;
        Integer before = seen.putIfAbsent(slot, clauseNo);
        if (before != null) throw fail("the " + slot + " filter is set twice (also in clause " + before + ")");
        switch (key) {
            case "kind" -> kinds = values(value, "kind", v -> EntityKind.fromId(v), EnumSet.noneOf(EntityKind.class),
                    Arrays.stream(EntityKind.values()).map(EntityKind::id).toList());
            case "type" -> types = values(value, "type", v -> RelationType.fromId(v), EnumSet.noneOf(RelationType.class),
                    Arrays.stream(RelationType.values()).map(RelationType::id).toList());
            case "status" -> statuses = values(value, "status", v -> Status.fromId(v), EnumSet.noneOf(Status.class),
                    Arrays.stream(Status.values()).map(Status::id).toList());
            case "scenario" -> statuses = Scenario.fromId(value).map(Scenario::statuses)
                    .orElseThrow(() -> fail("unknown scenario \"" + value + "\" (scenarios: today, plans, oped)"));
            case "source" -> {
                for (String v : FilterText.split(value, ',')) {
                    String s = FilterText.unescape(v.strip()).strip();
                    if (!s.isEmpty()) sources.add(s);
                }
            }
            case "minPassages" -> minPassages = number(value);
            case "text" -> query = FilterText.unescape(value);
            case "focus" -> focus = focus(value);
            case "asof" -> asOf = date(value);
            case "from" -> from = date(value);
            case "to" -> to = date(value);
            case "undated" -> showUndated = showHide(value, "undated");
            case "isolated" -> showIsolated = showHide(value, "isolated");
            default -> throw new IllegalStateException(key);
        }
    }

    private <E> Set<E> values(String value, String what, Function<String, Optional<E>> lookup, Set<E> into,
                              Collection<String> known) throws FilterSyntaxException {
        for (String v : FilterText.split(value, ',')) {
            String id = FilterText.unescape(v.strip()).strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) continue;
            into.add(lookup.apply(id).orElseThrow(() -> fail("unknown " + what + " \"" + id + "\"",
                    closest(id, known).map(k -> " (did you mean \"" + k + "\"?)").orElse(""))));
        }
        return into;
    }

    private int number(String value) throws FilterSyntaxException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw fail("minPassages must be a whole number, 0 or more, not \"" + value + "\"");
    }

    private Focus focus(String value) throws FilterSyntaxException {
        int colon = value.lastIndexOf(':');
        String id = FilterText.unescape(colon < 0 ? value : value.substring(0, colon)).strip();
        String depth = colon < 0 ? "1" : value.substring(colon + 1).strip();
        if (id.isEmpty()) throw fail("focus needs an entity id (focus=ID:DEPTH)");
        if (!depth.matches("[1-" + Focus.MAX_DEPTH + "]")) throw fail("focus depth must be 1, 2 or 3, not \"" + depth + "\"");
        return new Focus(id, Integer.parseInt(depth));
    }

    private PartialDate date(String value) throws FilterSyntaxException {
        return PartialDate.parse(value)
                .orElseThrow(() -> fail("bad date \"" + value + "\" (dates are YYYY, YYYY-MM or YYYY-MM-DD)"));
    }

    private boolean showHide(String value, String what) throws FilterSyntaxException {
        if (value.equalsIgnoreCase("show")) return true;
        if (value.equalsIgnoreCase("hide")) return false;
        throw fail(what + " must be show or hide, not \"" + value + "\"");
    }

    private FilterSyntaxException fail(String problem) {
        return fail(problem, "");
    }

    private FilterSyntaxException fail(String problem, String afterwards) {
        return new FilterSyntaxException(problem + " in clause " + clauseNo + " \"" + clause + "\"" + afterwards, clauseNo);
    }

    /** A known word close to the one given ("active" for "activ"), if any. */
    static Optional<String> closest(String given, Collection<String> known) {
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = k.toLowerCase(Locale.ROOT).startsWith(g) && !g.isEmpty() ? 1 : distance(g, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
