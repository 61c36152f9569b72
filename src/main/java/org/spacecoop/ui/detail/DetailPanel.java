package org.spacecoop.ui.detail;

import java.util.List;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.render.FontFallback;
import org.spacecoop.ui.common.ScriptFonts;
import org.spacecoop.ui.common.Subscriptions;

/**
 * The right-hand panel: what the selection is and the evidence behind it, drawn from its {@link DetailViewModel}'s
 * content on every change; every name in it is a link that selects that entity or relation.
 */
public final class DetailPanel extends ScrollPane {

    private final VBox content = new VBox(6);
    private final Consumer<String> openUrl;
    private final BiConsumer<Source, Passage> openSource;
    private final Subscriptions subscriptions = new Subscriptions();
    private DetailViewModel vm;

    /**
     * @param openUrl    opens a web reference (HostServices.showDocument in the app)
     * @param openSource opens a passage in the source viewer
     */
    public DetailPanel(DetailViewModel vm, Consumer<String> openUrl, BiConsumer<Source, Passage> openSource) {
        this.openUrl = openUrl;
        this.openSource = openSource;
        setId("detail-panel");
        getStyleClass().add("detail-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("detail-content");
        setContent(content);
        setViewModel(vm);
    }

    /** Shows another model's content from now on, no longer following the previous one (null: shows nothing). */
    public void setViewModel(DetailViewModel model) {
        subscriptions.unsubscribeAll();
        vm = model;
        if (model != null) subscriptions.onInvalid(model.contentProperty(), this::rebuild);
        rebuild();
    }

    public DetailViewModel viewModel() {
        return vm;
    }

    /** Stops following the model, leaving the panel as it is (the window is closing). */
    public void dispose() {
        subscriptions.unsubscribeAll();
    }

    private void rebuild() {
        content.getChildren().clear();
        DetailContent c = vm == null ? null : vm.getContent();
        if (c instanceof DetailContent.Loading) {
            content.getChildren().add(hint("Loading…"));
        } else if (c instanceof DetailContent.OfEntity e) {
            showEntity(e);
        } else if (c instanceof DetailContent.OfRelation r) {
            showRelation(r);
        } else if (c instanceof DetailContent.Overview o) {
            content.getChildren().addAll(title(o.title()), hint(o.counts()),
                    hint("Click a node or an edge to see the passages that support it; search by name or alias above."));
        }
        setVvalue(0);
    }

    private void showEntity(DetailContent.OfEntity c) {
        Entity e = c.entity();
        content.getChildren().add(title(e.name()));
        content.getChildren().add(facts(c.facts()));
        if (!e.aliases().isEmpty()) {
            TextFlow aliases = ScriptFonts.flow("Also: " + String.join(", ", e.aliases()), "aliases");
            aliases.getStyleClass().add("aliases-flow");
            content.getChildren().add(aliases);
        }
        if (e.description() != null) content.getChildren().add(wrapped(e.description(), "description"));

        VBox relations = new VBox(2);
        relations.setId("relation-list");
        relations.getChildren().add(hint("A name goes to that entity; the grey pill after it (status, years ›) opens the relation."));
        for (DetailContent.RelationGroup group : c.relationGroups()) {
            Label l = new Label(group.type() + " (" + group.rows().size() + ")");
            l.getStyleClass().add("relation-type");
            VBox rows = new VBox(1);
            for (DetailContent.RelationRow row : group.rows()) rows.getChildren().add(relationRow(row));
            relations.getChildren().addAll(l, rows);
        }
        TitledPane fold = new TitledPane("Relations (" + c.relationCount() + ")", relations);
        fold.getStyleClass().add("relation-fold");
        fold.setExpanded(!c.relationsFolded());
        fold.setAnimated(false);
        content.getChildren().add(fold);

        content.getChildren().add(heading("Passages (" + c.passages().size() + ")"));
        VBox list = passageList();
        for (DetailContent.Quote q : c.passages()) list.getChildren().add(card(q));
        if (c.passages().isEmpty()) list.getChildren().add(hint("No source document quotes this entity."));
        content.getChildren().addAll(list, referenceList(c.references()));
    }

    private void showRelation(DetailContent.OfRelation c) {
        Relation r = c.relation();
        FlowPane head = new FlowPane(4, 2, entityLink(c.from(), "detail-title-link"), styled(new Label("→ " + r.typeName() + " →"),
                "detail-title-type"), entityLink(c.to(), "detail-title-link"));
        head.getStyleClass().add("detail-title");
        content.getChildren().add(head);
        content.getChildren().add(facts(c.facts()));
        Hyperlink copy = new Hyperlink("Copy with citation");
        copy.setId("copy-relation-citation");
        copy.getStyleClass().add("copy-citation");
        copy.setTooltip(new Tooltip("Copy from → type → to, status, dates, the quotes with their sources and the references"));
        DetailViewModel model = vm;
        copy.setOnAction(ev -> {
            SelectableFlow.putOnClipboard(c.citation());
            model.relationCopied();
        });
        content.getChildren().add(copy);
        if (c.note() != null) content.getChildren().add(wrapped(c.note(), "description"));
        content.getChildren().add(heading("Evidence (" + c.passages().size() + ")"));
        VBox list = passageList();
        for (DetailContent.Quote q : c.passages()) list.getChildren().add(card(q));
        if (c.passages().isEmpty()) list.getChildren().add(hint("No quoted passage; see the references."));
        content.getChildren().addAll(list, referenceList(c.references()));
    }

    /**
     * "→ Lunar Gateway  (active, since 2020 ›)": the blue name goes to the other entity; the grey pill after it, kept
     * whole while a long name gives way, opens the relation itself. Tooltips say which is which.
     */
    private Node relationRow(DetailContent.RelationRow row) {
        Entity other = row.other();
        Label arrow = styled(new Label(row.outgoing() ? "→" : "←"), "relation-arrow");
        Hyperlink otherLink = entityLink(other, "relation-other");
        otherLink.setTooltip(new Tooltip("Go to " + other.name() + " (" + other.kind().id() + ")"));
        otherLink.setMinWidth(40);
        Relation r = row.relation();
        Hyperlink edgeLink = new Hyperlink(row.pill());
        edgeLink.getStyleClass().addAll("relation-link", "status-" + r.status().id());
        edgeLink.setTooltip(new Tooltip(row.tooltip()));
        DetailViewModel model = vm;
        edgeLink.setOnAction(ev -> model.selectRelation(r));
        edgeLink.setUserData(r);
        edgeLink.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(2, arrow, otherLink, edgeLink);
        box.getStyleClass().add("relation-row");
        return box;
    }

    private Node card(DetailContent.Quote q) {
        DetailViewModel model = vm;
        Passage p = q.passage();
        Source src = q.source();
        return new PassageCard(p, src, q.marks(), model::select, q.opensInSource() ? () -> openSource.accept(src, p) : null,
                text -> model.quoteCopied());
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
        DetailViewModel model = vm;
        link.setOnAction(ev -> model.select(e));
        return link;
    }

    private static Label facts(String text) {
        return styled(new Label(text), "facts");
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
