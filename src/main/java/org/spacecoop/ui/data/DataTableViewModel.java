package org.spacecoop.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import org.jgrapht.Graph;
import org.spacecoop.core.edit.Edit;
import org.spacecoop.core.edit.EditRejected;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;
import org.spacecoop.ui.common.Dates;
import org.spacecoop.ui.edit.EditingViewModel;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * The Data tab's state: the entities and relations the current filter shows, narrowed by a search text, as rows
 * with the columns the tables show; and the edits its cells make (name, status, dates, note), each one step of the
 * command stack. A rejected edit changes nothing and returns why. Tested without the toolkit (javafx.beans only).
 */
public final class DataTableViewModel {

    /** An entity row: the entity and its counts in the whole graph. */
    public record EntityRow(Entity entity, int relations, int passages) {
        public String dates() {
            return Dates.range(entity.start(), entity.end());
        }
    }

    /** A relation row: the relation with the names of its ends. */
    public record RelationRow(Relation relation, String fromName, String toName) {
        public String dates() {
            return Dates.range(relation.start(), relation.end());
        }

        public int quotes() {
            return relation.evidence().passages().size();
        }

        public int references() {
            return relation.evidence().references().size();
        }
    }

    private final ExplorerViewModel explorer;
    private final EditingViewModel editing;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<List<EntityRow>> entities = new ReadOnlyObjectWrapper<>(this, "entities", List.of());
    private final ReadOnlyObjectWrapper<List<RelationRow>> relations = new ReadOnlyObjectWrapper<>(this, "relations", List.of());

    public DataTableViewModel(ExplorerViewModel explorer, EditingViewModel editing) {
        this.explorer = explorer;
        this.editing = editing;
        explorer.visibleGraphProperty().addListener((o, a, v) -> refresh());
        search.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The text rows must contain (id, name, country, type, an end's name), any case; blank: all rows. */
    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<List<EntityRow>> entitiesProperty() {
        return entities.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RelationRow>> relationsProperty() {
        return relations.getReadOnlyProperty();
    }

    private void refresh() {
        CooperationGraph g = explorer.getGraph();
        Graph<Entity, Relation> v = explorer.getVisibleGraph();
        if (g == null || v == null) {
            entities.set(List.of());
            relations.set(List.of());
            return;
        }
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<EntityRow> es = new ArrayList<>();
        for (Entity e : g.entities()) {
            if (!v.containsVertex(e) || !matches(q, e.id(), e.name(), e.country(), e.kind() == null ? null : e.kind().id())) continue;
            es.add(new EntityRow(e, g.graph().degreeOf(e), e.evidence().passages().size()));
        }
        List<RelationRow> rs = new ArrayList<>();
        for (Relation r : g.relations()) {
            if (!v.containsEdge(r)) continue;
            String from = g.from(r).name();
            String to = g.to(r).name();
            if (matches(q, r.id(), from, to, r.typeName())) rs.add(new RelationRow(r, from, to));
        }
        entities.set(List.copyOf(es));
        relations.set(List.copyOf(rs));
    }

    private static boolean matches(String q, String... fields) {
        if (q.isEmpty()) return true;
        for (String f : fields) if (f != null && f.toLowerCase(Locale.ROOT).contains(q)) return true;
        return false;
    }

    /** Whether cells can be edited (a dataset file is open for editing, no save running). */
    public boolean canEdit() {
        return editing.canEdit();
    }

    // ---- edits: empty when done, else why not (nothing changed)

    public Optional<String> rename(Entity e, String name) {
        return apply(Edit.change(new Entity(e.id(), name == null ? "" : name.strip(), e.aliases(), e.kind(), e.country(),
                e.description(), e.start(), e.end(), e.status(), e.unverified(), e.evidence())));
    }

    public Optional<String> setStatus(Entity e, Status s) {
        return apply(Edit.change(new Entity(e.id(), e.name(), e.aliases(), e.kind(), e.country(), e.description(),
                e.start(), e.end(), s, e.unverified(), e.evidence())));
    }

    /** Dates as typed: "2019" (the start), "2019-05", "2019–2024", "since 2021", "until 2010"; blank: none. */
    public Optional<String> setDates(Entity e, String text) {
        return parseRange(text).map(d -> apply(Edit.change(new Entity(e.id(), e.name(), e.aliases(), e.kind(), e.country(),
                e.description(), d[0], d[1], e.status(), e.unverified(), e.evidence()))))
                .orElseGet(() -> Optional.of(badDates(text)));
    }

    public Optional<String> setStatus(Relation r, Status s) {
        return apply(Edit.change(relation(r, s, r.start(), r.end(), r.note())));
    }

    public Optional<String> setDates(Relation r, String text) {
        return parseRange(text).map(d -> apply(Edit.change(relation(r, r.status(), d[0], d[1], r.note()))))
                .orElseGet(() -> Optional.of(badDates(text)));
    }

    public Optional<String> setNote(Relation r, String note) {
        return apply(Edit.change(relation(r, r.status(), r.start(), r.end(), note == null || note.isBlank() ? null : note.strip())));
    }

    private static Relation relation(Relation r, Status s, PartialDate start, PartialDate end, String note) {
        return new Relation(r.id(), r.from(), r.to(), r.type(), r.typeName(), s, start, end, note, r.unverified(), r.evidence());
    }

    private Optional<String> apply(Edit edit) {
        if (!editing.canEdit()) return Optional.of("Open a dataset file to edit it (File > Open).");
        try {
            editing.apply(edit);
            return Optional.empty();
        } catch (EditRejected rejected) {
            explorer.setMessage(rejected.getMessage());
            return Optional.of(rejected.getMessage());
        }
    }

    private static String badDates(String text) {
        return "Cannot read the dates \"" + text + "\": write 2019, 2019-05-17, 2019–2024, since 2021 or until 2010.";
    }

    /** {start, end} from the forms {@link Dates#range} shows (either may be null); empty when unreadable. */
    static Optional<PartialDate[]> parseRange(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return Optional.of(new PartialDate[2]);
        if (t.startsWith("since ")) return date(t.substring(6)).map(d -> new PartialDate[] {d, null});
        if (t.startsWith("until ")) return date(t.substring(6)).map(d -> new PartialDate[] {null, d});
        int dash = t.indexOf('–');
        if (dash < 0 && t.contains("..")) dash = t.indexOf("..");
        if (dash < 0) return date(t).map(d -> new PartialDate[] {d, null}); // one date: the start
        Optional<PartialDate> a = date(t.substring(0, dash));
        Optional<PartialDate> b = date(t.substring(t.charAt(dash) == '–' ? dash + 1 : dash + 2));
        return a.isPresent() && b.isPresent() ? Optional.of(new PartialDate[] {a.get(), b.get()}) : Optional.empty();
    }

    private static Optional<PartialDate> date(String s) {
        return PartialDate.parse(s.strip());
    }
}
