package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.ui.common.Dates;
import org.spacecoop.ui.common.Subscriptions;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.state.Selection;

/**
 * The detail panel's state: what the selection is and the evidence behind it, as a {@link DetailContent} worked out
 * again on every selection or graph change. Tested without the toolkit (javafx.beans only).
 */
public final class DetailViewModel {

    /** Relation lists longer than this start folded. */
    static final int FOLD_RELATIONS_ABOVE = 12;

    private final ExplorerViewModel explorer;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReadOnlyObjectWrapper<DetailContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private EvidenceIndex evidence;

    public DetailViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        subscriptions.onChange(explorer.graphProperty(), (a, g) -> {
            evidence = g == null ? null : new EvidenceIndex(g);
            refresh();
        });
        subscriptions.onChange(explorer.selectionProperty(), (a, b) -> refresh());
        if (explorer.getGraph() != null) evidence = new EvidenceIndex(explorer.getGraph());
        refresh();
    }

    /** Stops following the explorer (the panel is gone). */
    public void dispose() {
        subscriptions.unsubscribeAll();
    }

    public ReadOnlyObjectProperty<DetailContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public DetailContent getContent() {
        return content.get();
    }

    /** The evidence index of the loaded graph (shared with the source viewer); null before a graph is loaded. */
    public EvidenceIndex evidence() {
        return evidence;
    }

    // ---- commands

    public void select(Entity e) {
        explorer.select(e);
    }

    public void selectRelation(Relation r) {
        explorer.selectRelation(r);
    }

    /** The panel has put the relation with its evidence on the clipboard. */
    public void relationCopied() {
        explorer.setMessage("Copied the relation with its evidence");
    }

    /** The panel has put a quote with its citation on the clipboard. */
    public void quoteCopied() {
        explorer.setMessage("Copied the quote with its citation");
    }

    // ---- content

    private void refresh() {
        CooperationGraph g = explorer.getGraph();
        Selection s = explorer.getSelection();
        if (g == null || evidence == null) content.set(new DetailContent.Loading());
        else if (s instanceof Selection.Node n) content.set(ofEntity(g, n.entity()));
        else if (s instanceof Selection.Edge e) content.set(ofRelation(g, e.relation()));
        else content.set(new DetailContent.Overview(g.dataset().title() == null ? "Dataset" : g.dataset().title(),
                plural(g.entities().size(), "entity", "entities") + ", "
                        + plural(g.relations().size(), "relation", "relations") + ", "
                        + plural(g.dataset().sources().size(), "source", "sources") + "."));
    }

    private DetailContent.OfEntity ofEntity(CooperationGraph g, Entity e) {
        Map<String, List<DetailContent.RelationRow>> byType = new TreeMap<>();
        for (Relation r : g.graph().edgesOf(e)) {
            byType.computeIfAbsent(r.typeName(), t -> new ArrayList<>()).add(row(g, e, r));
        }
        List<DetailContent.RelationGroup> groups = new ArrayList<>();
        byType.forEach((type, rows) -> groups.add(new DetailContent.RelationGroup(type, List.copyOf(rows))));
        int degree = g.graph().degreeOf(e);
        String facts = facts(e.kind().id(), e.country(), Dates.range(e.start(), e.end()),
                e.status() == null ? null : e.status().id(), e.unverified() ? "unverified" : null);
        // A hub's relations would push its passages far down: long lists start folded.
        return new DetailContent.OfEntity(e, facts, List.copyOf(groups), degree, degree > FOLD_RELATIONS_ABOVE,
                quotes(evidence.passagesOf(e), List.of(e)), e.evidence().references());
    }

    private DetailContent.OfRelation ofRelation(CooperationGraph g, Relation r) {
        Entity from = g.from(r);
        Entity to = g.to(r);
        String facts = facts(r.status().id(), Dates.range(r.start(), r.end()), r.unverified() ? "unverified" : null);
        String note = r.note() == null || r.note().isBlank() ? null : r.note();
        EvidenceIndex index = evidence;
        return new DetailContent.OfRelation(r, from, to, facts, note,
                Citation.of(r, from, to, id -> index.source(id).orElse(null)),
                quotes(evidence.passagesOf(r), List.of(from, to)), r.evidence().references());
    }

    private DetailContent.RelationRow row(CooperationGraph g, Entity self, Relation r) {
        boolean outgoing = g.from(r).equals(self);
        Entity other = outgoing ? g.to(r) : g.from(r);
        String dates = Dates.range(r.start(), r.end());
        return new DetailContent.RelationRow(r, outgoing, other, r.status().id() + yearsSuffix(r) + " ›",
                "Open this relation: " + explorer.describe(r) + (dates == null ? "" : ", " + dates)
                        + ", with its quotes and references");
    }

    private List<DetailContent.Quote> quotes(List<Passage> passages, List<Entity> highlight) {
        List<DetailContent.Quote> quotes = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            Source src = evidence.source(p.sourceId()).orElse(null);
            quotes.add(new DetailContent.Quote(p, src, evidence.mentions(p.text(), highlight, "mention"),
                    src != null && src.hasText()));
        }
        return List.copyOf(quotes);
    }

    /** ", since 2015" or ", 2015–2024": years only, so the pill stays short. */
    static String yearsSuffix(Relation r) {
        Integer from = r.start() == null ? null : r.start().year();
        Integer to = r.end() == null ? null : r.end().year();
        if (from == null && to == null) return "";
        if (to == null) return ", since " + from;
        if (from == null) return ", until " + to;
        return from.equals(to) ? ", " + from : ", " + from + "–" + to;
    }

    /** "agency  ·  FR  ·  1975–": the parts that are there. */
    static String facts(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (sb.length() > 0) sb.append("  ·  ");
            sb.append(p);
        }
        return sb.toString();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
