package org.spacecoop.core.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Everything that narrows the graph, as one immutable value. {@link #ALL} shows everything.
 *
 * <ul>
 * <li>{@code kinds}: entity kinds shown; {@code types}, {@code statuses}: relation types and statuses shown.
 *     A full set means "no restriction", an empty set shows nothing.</li>
 * <li>{@code sources}: source document ids or web hosts; a relation is shown when one of its passages comes from
 *     one of them or one of its references (or its passages' sources) lives on one of the hosts. Empty: any source.</li>
 * <li>{@code minPassages}: least number of passages plus references supporting a relation.</li>
 * <li>{@code text}: entities whose name or an alias contains it (ignoring case); blank: all.</li>
 * <li>{@code focus}, {@code asOf}, {@code from}, {@code to}: null when unused.</li>
 * <li>{@code showUndated}: relations with neither start nor end; {@code showIsolated}: entities left without
 *     a shown relation.</li>
 * </ul>
 * The scenario is not stored: it is the {@link Scenario} whose statuses equal {@code statuses}, see {@link #scenario()}.
 */
public record FilterState(Set<EntityKind> kinds, Set<RelationType> types, Set<Status> statuses, Set<String> sources,
                          int minPassages, String text, Focus focus, PartialDate asOf, PartialDate from,
                          PartialDate to, boolean showUndated, boolean showIsolated) {

    public static final FilterState ALL = new FilterState(EnumSet.allOf(EntityKind.class),
            EnumSet.allOf(RelationType.class), EnumSet.allOf(Status.class), Set.of(), 0, "", null, null, null, null,
            true, true);

    public FilterState {
        kinds = Collections.unmodifiableSet(enumCopy(kinds, EntityKind.class));
        types = Collections.unmodifiableSet(enumCopy(types, RelationType.class));
        statuses = Collections.unmodifiableSet(enumCopy(statuses, Status.class));
        sources = Collections.unmodifiableSortedSet(sources.stream().map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)));
        text = text == null ? "" : text.strip();
        if (minPassages < 0) throw new IllegalArgumentException("minPassages must not be negative: " + minPassages);
        if (from != null && to != null && from.first().isAfter(to.last()))
            throw new IllegalArgumentException("range starts (" + from + ") after it ends (" + to + ")");
    }

    private static <E extends Enum<E>> EnumSet<E> enumCopy(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    /** The scenario these statuses make, empty for the user's own combination. */
    public Optional<Scenario> scenario() {
        return Scenario.matching(statuses);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean hasTimeFilter() {
        return asOf != null || from != null || to != null;
    }

    public FilterState withKinds(Collection<EntityKind> k) {
        return new FilterState(enumCopy(k, EntityKind.class), types, statuses, sources, minPassages, text, focus, asOf, from, to, showUndated, showIsolated);
    }

    public FilterState withTypes(Collection<RelationType> t) {
        return new FilterState(kinds, enumCopy(t, RelationType.class), statuses, sources, minPassages, text, focus, asOf, from, to, showUndated, showIsolated);
    }

    public FilterState withStatuses(Collection<Status> s) {
        return new FilterState(kinds, types, enumCopy(s, Status.class), sources, minPassages, text, focus, asOf, from, to, showUndated, showIsolated);
    }

    public FilterState withScenario(Scenario s) {
        return withStatuses(s.statuses());
    }

    public FilterState withSources(Collection<String> s) {
        return new FilterState(kinds, types, statuses, new TreeSet<>(s), minPassages, text, focus, asOf, from, to, showUndated, showIsolated);
    }

    public FilterState withMinPassages(int n) {
        return new FilterState(kinds, types, statuses, sources, n, text, focus, asOf, from, to, showUndated, showIsolated);
    }

    public FilterState withText(String t) {
        return new FilterState(kinds, types, statuses, sources, minPassages, t, focus, asOf, from, to, showUndated, showIsolated);
    }

    /** @param f the focus, or null to clear it */
    public FilterState withFocus(Focus f) {
        return new FilterState(kinds, types, statuses, sources, minPassages, text, f, asOf, from, to, showUndated, showIsolated);
    }

    /** @param date the as-of date, or null to clear it */
    public FilterState withAsOf(PartialDate date) {
        return new FilterState(kinds, types, statuses, sources, minPassages, text, focus, date, from, to, showUndated, showIsolated);
    }

    /** @param start the range's start or null (open); @param end its end or null (open) */
    public FilterState withRange(PartialDate start, PartialDate end) {
        return new FilterState(kinds, types, statuses, sources, minPassages, text, focus, asOf, start, end, showUndated, showIsolated);
    }

    public FilterState withShowUndated(boolean show) {
        return new FilterState(kinds, types, statuses, sources, minPassages, text, focus, asOf, from, to, show, showIsolated);
    }

    public FilterState withShowIsolated(boolean show) {
        return new FilterState(kinds, types, statuses, sources, minPassages, text, focus, asOf, from, to, showUndated, show);
    }

    /** Short descriptions of the filters that are on, for a status line ("scenario Today", "as of 2025-03"). */
    public List<String> describe() {
        List<String> on = new ArrayList<>();
        int allKinds = EntityKind.values().length;
        int allTypes = RelationType.values().length;
        if (kinds.size() < allKinds) on.add("kinds " + kinds.size() + "/" + allKinds);
        if (types.size() < allTypes) on.add("types " + types.size() + "/" + allTypes);
        if (statuses.size() < Status.values().length) {
            on.add(scenario().map(s -> "scenario " + s.label())
                    .orElse("statuses " + String.join(",", statuses.stream().map(Status::id).toList())));
        }
        if (!sources.isEmpty()) on.add("sources " + String.join(",", sources));
        if (minPassages > 0) on.add("≥" + minPassages + " evidence");
        if (!text.isEmpty()) on.add("text \"" + text + "\"");
        if (focus != null) on.add("focus " + focus.entityId() + " depth " + focus.depth());
        if (asOf != null) on.add("as of " + asOf);
        if (from != null || to != null) on.add("range " + (from == null ? "…" : from) + "–" + (to == null ? "…" : to));
        if (!showUndated) on.add("undated hidden");
        if (!showIsolated) on.add("isolated hidden");
        return on;
    }
}
