package org.spacecoop.core.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Turns {@link FilterState}s into {@link FilteredGraph} views of one {@link CooperationGraph}.
 * The per-entity and per-relation facts the filters test are indexed once, in the constructor;
 * {@link #apply} then makes a few linear passes over arrays.
 *
 * <p>Order: entity filters (kind, text); relation filters (type, status, source, evidence count, time, undated),
 * a relation needing both ends shown; entities whose own dates miss the time filter, unless a shown relation
 * reaches them; the focus, an ego network found over what is left, keeping its root; last, entities left without a
 * relation are hidden when isolated ones are not wanted.
 *
 * <p>Time: a relation covers [first day of start, last day of end]; a missing end runs forever, a missing start
 * from always; "as of" D shows relations whose interval meets D's days (so "as of 2019" shows one that started in
 * December 2019), a range shows those whose interval meets it. Relations with neither date are "undated" and follow
 * {@link FilterState#showUndated()} alone. An entity's own dates (a mission's launch, an agreement's signing) are
 * tested the same way, but a shown dated relation keeps its ends: a mission is shown as of the year its partners
 * agreed to build it, before its launch. Entities without dates pass.
 */
public final class GraphFilter {

    private final FilterIndex index;
    private final FilterCounts totals;
    private final FilterOptions options;

    public GraphFilter(CooperationGraph graph) {
        this.index = new FilterIndex(graph);
        this.totals = FilterCounts.of(index, null, null);
        this.options = FilterOptions.of(index);
    }

    /** The sources and the span of years a filter panel can offer. */
    public FilterOptions options() {
        return options;
    }

    public CooperationGraph graph() {
        return index.cg;
    }

    /** Entities per kind and relations per type and status in the whole graph. */
    public FilterCounts totals() {
        return totals;
    }

    public FilteredGraph apply(FilterState state) {
        int n = index.vertices.length, m = index.edges.length;
        BitSet vs = entityFilter(state, n);
        BitSet es = relationFilter(state, vs, m);
        if (state.hasTimeFilter()) hideEntitiesOutOfTime(state, vs, es);
        if (state.focus() != null) {
            int root = focusRoot(state);
            BitSet reach = root < 0 ? new BitSet() : egoNetwork(root, state.focus().depth(), vs, es);
            vs.and(reach);
            if (root >= 0) vs.set(root);
            for (int e = es.nextSetBit(0); e >= 0; e = es.nextSetBit(e + 1)) {
                if (!vs.get(index.eFrom[e]) || !vs.get(index.eTo[e])) es.clear(e);
            }
        }
        if (!state.showIsolated()) {
            BitSet connected = new BitSet(n);
            for (int e = es.nextSetBit(0); e >= 0; e = es.nextSetBit(e + 1)) {
                connected.set(index.eFrom[e]);
                connected.set(index.eTo[e]);
            }
            vs.and(connected);
        }
        return new FilteredGraph(index, state, vs, es);
    }

    /** Problems that make a state show less than its author may expect: an unknown focus entity or source. */
    public List<String> problems(FilterState state) {
        List<String> problems = new ArrayList<>();
        if (state.focus() != null && focusRoot(state) < 0)
            problems.add("unknown entity \"" + state.focus().entityId() + "\" to focus on");
        for (String s : state.sources()) {
            if (!index.sourceKeys.containsKey(s)) problems.add("no relation is evidenced by source \"" + s + "\"");
        }
        return problems;
    }

    private BitSet entityFilter(FilterState state, int n) {
        boolean[] kind = mask(state.kinds().stream().mapToInt(EntityKind::ordinal).toArray(), EntityKind.values().length);
        String text = state.text().toLowerCase(Locale.ROOT);
        BitSet vs = new BitSet(n);
        for (int v = 0; v < n; v++) {
            if (kind[index.vKind[v]] && (text.isEmpty() || index.vNames[v].contains(text))) vs.set(v);
        }
        return vs;
    }

    private BitSet relationFilter(FilterState state, BitSet vs, int m) {
        boolean[] type = mask(state.types().stream().mapToInt(RelationType::ordinal).toArray(), RelationType.values().length);
        boolean[] status = mask(state.statuses().stream().mapToInt(Status::ordinal).toArray(), Status.values().length);
        BitSet sources = null;
        if (!state.sources().isEmpty()) {
            sources = new BitSet();
            for (String s : state.sources()) {
                Integer k = index.sourceKeys.get(s);
                if (k != null) sources.set(k);
            }
        }
        long asOfLo = FilterIndex.firstDay(state.asOf()), asOfHi = FilterIndex.lastDay(state.asOf());
        long rangeLo = FilterIndex.firstDay(state.from()), rangeHi = FilterIndex.lastDay(state.to());
        int min = state.minPassages();
        boolean undated = state.showUndated();
        BitSet es = new BitSet(m);
        for (int e = 0; e < m; e++) {
            if (!vs.get(index.eFrom[e]) || !vs.get(index.eTo[e])) continue;
            if (!type[index.eType[e]] || !status[index.eStatus[e]] || index.eEvidence[e] < min) continue;
            if (index.eUndated[e]) {
                if (!undated) continue;
            } else {
                long start = index.eStart[e], end = index.eEnd[e];
                if (start > asOfHi || end < asOfLo || start > rangeHi || end < rangeLo) continue;
            }
            if (sources != null && !anySet(index.eSources[e], sources)) continue;
            es.set(e);
        }
        return es;
    }

    /** Hides entities whose own dates miss the "as of" date or the range and that no shown relation reaches. */
    private void hideEntitiesOutOfTime(FilterState state, BitSet vs, BitSet es) {
        long asOfLo = FilterIndex.firstDay(state.asOf()), asOfHi = FilterIndex.lastDay(state.asOf());
        long rangeLo = FilterIndex.firstDay(state.from()), rangeHi = FilterIndex.lastDay(state.to());
        BitSet reached = new BitSet(vs.size());
        for (int e = es.nextSetBit(0); e >= 0; e = es.nextSetBit(e + 1)) {
            if (index.eUndated[e]) continue; // says nothing about when its ends existed
            reached.set(index.eFrom[e]);
            reached.set(index.eTo[e]);
        }
        boolean hid = false;
        for (int v = vs.nextSetBit(0); v >= 0; v = vs.nextSetBit(v + 1)) {
            long start = index.vStart[v], end = index.vEnd[v];
            boolean inTime = start <= asOfHi && end >= asOfLo && start <= rangeHi && end >= rangeLo;
            if (!inTime && !reached.get(v)) {
                vs.clear(v);
                hid = true;
            }
        }
        if (!hid) return;
        for (int e = es.nextSetBit(0); e >= 0; e = es.nextSetBit(e + 1)) { // undated relations of hidden entities
            if (!vs.get(index.eFrom[e]) || !vs.get(index.eTo[e])) es.clear(e);
        }
    }

    private int focusRoot(FilterState state) {
        String id = state.focus().entityId();
        Optional<Entity> e = index.cg.entity(id).or(() -> index.cg.find(id));
        return e.map(index::vertex).orElse(-1);
    }

    /** Breadth-first search from root over the shown relations, both directions, to the given depth. */
    private BitSet egoNetwork(int root, int depth, BitSet vs, BitSet es) {
        BitSet seen = new BitSet(index.vertices.length);
        seen.set(root);
        int[] frontier = {root};
        for (int d = 0; d < depth && frontier.length > 0; d++) {
            int[] next = new int[16];
            int size = 0;
            for (int v : frontier) {
                for (int a = index.adjStart[v]; a < index.adjStart[v + 1]; a++) {
                    int e = index.adjEdge[a];
                    if (!es.get(e)) continue;
                    int w = index.other(e, v);
                    if (seen.get(w) || !vs.get(w)) continue;
                    seen.set(w);
                    if (size == next.length) next = Arrays.copyOf(next, size * 2);
                    next[size++] = w;
                }
            }
            frontier = Arrays.copyOf(next, size);
        }
        return seen;
    }

    private static boolean anySet(int[] keys, BitSet chosen) {
        for (int k : keys) if (chosen.get(k)) return true;
        return false;
    }

    private static boolean[] mask(int[] ordinals, int size) {
        boolean[] mask = new boolean[size];
        for (int o : ordinals) mask[o] = true;
        return mask;
    }
}
