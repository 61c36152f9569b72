package org.spacecoop.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.render.FontFallback;
import org.spacecoop.ui.common.Dates;
import org.spacecoop.ui.common.ScriptFonts;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.state.Selection;

/**
 * The right-hand panel: what the selection is and the evidence behind it. Rebuilt on every selection change; every
 * name in it is a link that selects that entity or relation.
 */
public final class DetailPanel extends ScrollPane {

    /** Relation lists longer than this start folded. */
    static final int FOLD_RELATIONS_ABOVE = 12;

    private final ExplorerViewModel vm;
    private final VBox content = new VBox(6);
    private final Consumer<String> openUrl;
    private final BiConsumer<Source, Passage> openSource;
    private EvidenceIndex evidence;

    /**
     * @param openUrl    opens a web reference (HostServices.showDocument in the app)
     * @param openSource opens a passage in the source viewer
     */
    public DetailPanel(ExplorerViewModel vm, Consumer<String> openUrl, BiConsumer<Source, Passage> openSource) {
        this.vm = vm;
        this.openUrl = openUrl;
        this.openSource = openSource;
        setId("detail-panel");
        getStyleClass().add("detail-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("detail-content");
        setContent(content);
        vm.graphProperty().addListener((o, a, g) -> {
            evidence = g == null ? null : new EvidenceIndex(g);
            rebuild();
        });
        if (vm.getGraph() != null) evidence = new EvidenceIndex(vm.getGraph());
        vm.selectionProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** The evidence index of the loaded graph (shared with the source viewer). */
    public EvidenceIndex evidence() {
        return evidence;
    }

    private void rebuild() {
        content.getChildren().clear();
        CooperationGraph g = vm.getGraph();
        Selection s = vm.getSelection();
        if (g == null) {
            content.getChildren().add(hint("Loading…"));
        } else if (s instanceof Selection.Node n) {
            showEntity(g, n.entity());
        } else if (s instanceof Selection.Edge e) {
            showRelation(g, e.relation());
        } else {
            content.getChildren().addAll(title(g.dataset().title() == null ? "Dataset" : g.dataset().title()),
                    hint(plural(g.entities().size(), "entity", "entities") + ", "
                            + plural(g.relations().size(), "relation", "relations") + ", "
                            + plural(g.dataset().sources().size(), "source", "sources") + "."),
                    hint("Click a node or an edge to see the passages that support it; search by name or alias above."));
        }
        setVvalue(0);
    }

    private void showEntity(CooperationGraph g, Entity e) {
        content.getChildren().add(title(e.name()));
        content.getChildren().add(facts(e.kind().id(), e.country(), Dates.range(e.start(), e.end()),
                e.status() == null ? null : e.status().id(), e.unverified() ? "unverified" : null));
        if (!e.aliases().isEmpty()) {
            TextFlow aliases = ScriptFonts.flow("Also: " + String.join(", ", e.aliases()), "aliases");
            aliases.getStyleClass().add("aliases-flow");
            content.getChildren().add(aliases);
        }
        if (e.description() != null) content.getChildren().add(wrapped(e.description(), "description"));

        Map<String, VBox> byType = new TreeMap<>();
        for (Relation r : g.graph().edgesOf(e)) {
            VBox group = byType.computeIfAbsent(r.typeName(), t -> new VBox(1));
            group.getChildren().add(relationRow(g, e, r));
        }
        VBox relations = new VBox(2);
        relations.setId("relation-list");
        relations.getChildren().add(hint("A name goes to that entity; the grey pill after it (status, years ›) opens the relation."));
        byType.forEach((type, rows) -> {
            Label l = new Label(type + " (" + rows.getChildren().size() + ")");
            l.getStyleClass().add("relation-type");
            relations.getChildren().addAll(l, rows);
        });
        // A hub's relations would push its passages far down: long lists start folded.
        TitledPane fold = new TitledPane("Relations (" + g.graph().degreeOf(e) + ")", relations);
        fold.getStyleClass().add("relation-fold");
        fold.setExpanded(g.graph().degreeOf(e) <= FOLD_RELATIONS_ABOVE);
        fold.setAnimated(false);
        content.getChildren().add(fold);

        List<Passage> passages = evidence.passagesOf(e);
        content.getChildren().add(heading("Passages (" + passages.size() + ")"));
        VBox list = passageList();
        for (Passage p : passages) list.getChildren().add(card(p, List.of(e)));
        if (passages.isEmpty()) list.getChildren().add(hint("No source document quotes this entity."));
        content.getChildren().addAll(list, referenceList(e.evidence().references()));
    }

    private void showRelation(CooperationGraph g, Relation r) {
        Entity from = g.from(r);
        Entity to = g.to(r);
        FlowPane head = new FlowPane(4, 2, entityLink(from, "detail-title-link"), styled(new Label("→ " + r.typeName() + " →"),
                "detail-title-type"), entityLink(to, "detail-title-link"));
        head.getStyleClass().add("detail-title");
        content.getChildren().add(head);
        content.getChildren().add(facts(r.status().id(), Dates.range(r.start(), r.end()),
                r.unverified() ? "unverified" : null));
        Hyperlink copy = new Hyperlink("Copy with citation");
        copy.setId("copy-relation-citation");
        copy.getStyleClass().add("copy-citation");
        copy.setTooltip(new Tooltip("Copy from → type → to, status, dates, the quotes with their sources and the references"));
        copy.setOnAction(ev -> {
            SelectableFlow.putOnClipboard(Citation.of(r, from, to, id -> evidence.source(id).orElse(null)));
            vm.setMessage("Copied the relation with its evidence");
        });
        content.getChildren().add(copy);
        if (r.note() != null && !r.note().isBlank()) content.getChildren().add(wrapped(r.note(), "description"));
        List<Passage> passages = evidence.passagesOf(r);
        content.getChildren().add(heading("Evidence (" + passages.size() + ")"));
        VBox list = passageList();
        for (Passage p : passages) list.getChildren().add(card(p, List.of(from, to)));
        if (passages.isEmpty()) list.getChildren().add(hint("No quoted passage; see the references."));
        content.getChildren().addAll(list, referenceList(r.evidence().references()));
    }

    /**
     * "→ Lunar Gateway  (active, since 2020 ›)": the blue name goes to the other entity; the grey pill after it, kept
     * whole while a long name gives way, opens the relation itself. Tooltips say which is which.
     */
    private Node relationRow(CooperationGraph g, Entity self, Relation r) {
        boolean outgoing = g.from(r).equals(self);
        Entity other = outgoing ? g.to(r) : g.from(r);
        Label arrow = styled(new Label(outgoing ? "→" : "←"), "relation-arrow");
        Hyperlink otherLink = entityLink(other, "relation-other");
        otherLink.setTooltip(new Tooltip("Go to " + other.name() + " (" + other.kind().id() + ")"));
        otherLink.setMinWidth(40);
        Hyperlink edgeLink = new Hyperlink(r.status().id() + yearsSuffix(r) + " ›");
        edgeLink.getStyleClass().addAll("relation-link", "status-" + r.status().id());
        String dates = Dates.range(r.start(), r.end());
        edgeLink.setTooltip(new Tooltip("Open this relation: " + vm.describe(r) + (dates == null ? "" : ", " + dates)
                + ", with its quotes and references"));
        edgeLink.setOnAction(ev -> vm.selectRelation(r));
        edgeLink.setUserData(r);
        edgeLink.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(2, arrow, otherLink, edgeLink);
        row.getStyleClass().add("relation-row");
        return row;
    }

    /** ", since 2015" or ", 2015–2024": years only, so the pill stays short. */
    private static String yearsSuffix(Relation r) {
        Integer from = r.start() == null ? null : r.start().year();
        Integer to = r.end() == null ? null : r.end().year();
        if (from == null && to == null) return "";
        if (to == null) return ", since " + from;
        if (from == null) return ", until " + to;
        return from.equals(to) ? ", " + from : ", " + from + "–" + to;
    }

    private Node card(Passage p, List<Entity> highlight) {
        Source src = evidence.source(p.sourceId()).orElse(null);
        return new PassageCard(p, src, evidence.mentions(p.text(), highlight, "mention"),
                vm::select, src != null && src.hasText() ? () -> openSource.accept(src, p) : null,
                text -> vm.setMessage("Copied the quote with its citation"));
    }

    private VBox passageList() {
        VBox list = new VBox(8);
        list.setId("passage-list");
        list.getStyleClass().add("passage-list");
        return list;
    }

    private Node referenceList(List<Reference> refs) {
        VBox box = new VBox(2);
        if (refs.isEmpty()) return box;
        box.getChildren().add(heading("References (" + refs.size() + ")"));
        for (Reference ref : refs) {
            Hyperlink link = new Hyperlink(ref.title() == null || ref.title().isBlank() ? ref.url() : ref.title());
            link.getStyleClass().add("reference-link");
            link.setOnAction(e -> openUrl.accept(ref.url()));
            Label url = styled(new Label(ref.url()), "reference-url");
            box.getChildren().add(new VBox(0, link, url));
        }
        return box;
    }

    private Hyperlink entityLink(Entity e, String style) {
        Hyperlink link = new Hyperlink(e.name());
        link.getStyleClass().add(style);
        link.setUserData(e);
        link.setOnAction(ev -> vm.select(e));
        return link;
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Label facts(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (sb.length() > 0) sb.append("  ·  ");
            sb.append(p);
        }
        return styled(new Label(sb.toString()), "facts");
    }

    private static Label title(String text) {
        Label l = wrapped(text, "detail-title");
        if (ScriptFonts.needsFallback(text)) l.setStyle(ScriptFonts.familyStyle(FontFallback.scriptOf(text)));
        return l;
    }

    private static Label heading(String text) {
        return styled(new Label(text), "detail-heading");
    }

    private static Label hint(String text) {
        return wrapped(text, "hint");
    }

    private static Label wrapped(String text, String style) {
        Label l = styled(new Label(text), style);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static <T extends javafx.scene.control.Control> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }
}
