package org.spacecoop.ui.analytics;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.jgrapht.Graph;
import org.spacecoop.core.analysis.Measure;
import org.spacecoop.core.analysis.WhatIf;
import org.spacecoop.core.analysis.WhatIfReport;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * Hypothetical removal: the user lists entities (and optionally an anchor), {@link #run()} computes the report in
 * the background and shows the graph without them (a mask over the visible graph; the dataset is untouched);
 * {@link #undo()} puts the previous view back. Changing the filters meanwhile ends the what-if.
 */
public final class WhatIfModel {

    private final ExplorerViewModel explorer;
    private final Analyses analyses;
    private final ObservableList<Entity> toRemove = FXCollections.observableArrayList();
    private final ObjectProperty<Entity> anchor = new SimpleObjectProperty<>(this, "anchor");
    private final BooleanProperty fallout = new SimpleBooleanProperty(this, "fallout", true);
    private final ReadOnlyObjectWrapper<WhatIfReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private Graph<Entity, Relation> before;
    private Graph<Entity, Relation> after;

    WhatIfModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.analyses = new Analyses(explorer);
        explorer.visibleGraphProperty().addListener((o, a, b) -> {
            if (active.get() && b != after) end(); // the filters moved on: the what-if no longer describes the view
        });
        explorer.graphProperty().addListener((o, a, b) -> {
            end();
            toRemove.clear();
            anchor.set(null);
        });
    }

    /** Adds the selected entity to the removal list. */
    public void addSelection() {
        explorer.getSelection().selectedEntity().ifPresent(this::add);
    }

    public void add(Entity e) {
        if (!toRemove.contains(e)) toRemove.add(e);
    }

    /**
     * Run as clicked: a name still in the entry field joins the list and the anchor field's text is resolved first (so
     * typing and clicking Run is enough); a text that matches nothing is named in {@link #problemProperty()}.
     */
    public void run(String pendingText, String anchorText) {
        TypedEntity pending = TypedEntity.resolve(explorer, pendingText, null);
        TypedEntity anchorTyped = TypedEntity.resolve(explorer, anchorText, anchor.get());
        String trouble = pending.problem() != null ? pending.problem() : anchorTyped.problem();
        if (trouble != null) {
            problem.set(trouble);
            return;
        }
        if (pending.entity() != null) add(pending.entity());
        anchor.set(anchorTyped.entity());
        run();
    }

    /** Computes the report and shows the graph without the listed entities (undoing a previous what-if first). */
    public void run() {
        problem.set("");
        if (toRemove.isEmpty() || explorer.getVisibleGraph() == null) {
            problem.set("Choose entities to remove first.");
            return;
        }
        if (active.get()) undo();
        Graph<Entity, Relation> base = explorer.getVisibleGraph();
        List<Entity> removed = List.copyOf(toRemove);
        Entity anchorEntity = anchor.get();
        if (anchorEntity != null && removed.contains(anchorEntity)) {
            problem.set("The anchor, " + anchorEntity.name() + ", cannot be removed too.");
            return;
        }
        boolean withFallout = fallout.get();
        analyses.run("What-if", p -> new WhatIf(base).fallout(withFallout)
                .measures(EnumSet.of(Measure.DEGREE, Measure.BETWEENNESS)).topMovers(8)
                .run(removed, anchorEntity, p), r -> show(base, r));
    }

    private void show(Graph<Entity, Relation> base, WhatIfReport r) {
        if (explorer.getVisibleGraph() != base) return; // the view changed while computing
        before = base;
        after = WhatIf.without(base, new HashSet<>(r.allRemoved()));
        report.set(r);
        active.set(true);
        explorer.visibleGraphProperty().set(after);
        explorer.setMessage("What-if: " + r.allRemoved().size() + " entities and " + r.lostRelations().size()
                + " relations removed from the view (Undo restores them)");
    }

    /** Restores the view the what-if started from. */
    public void undo() {
        if (!active.get()) return;
        Graph<Entity, Relation> restore = before;
        end();
        if (explorer.getVisibleGraph() != restore) explorer.visibleGraphProperty().set(restore);
        explorer.setMessage("What-if undone");
    }

    private void end() {
        analyses.cancel();
        active.set(false);
        report.set(null);
        before = null;
        after = null;
    }

    public ObservableList<Entity> toRemove() {
        return toRemove;
    }

    /** The entity whose connections the report follows (e.g. ESA); may be null. */
    public ObjectProperty<Entity> anchorProperty() {
        return anchor;
    }

    /** Whether parts of removed actors and programs only they lead go too. */
    public BooleanProperty falloutProperty() {
        return fallout;
    }

    /** The report of the what-if on show, null when none is. */
    public ReadOnlyObjectProperty<WhatIfReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last Run did nothing ("No entity matches “Foo”."), empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Undoes a what-if on show and empties the list and the report. */
    public void clear() {
        undo();
        toRemove.clear();
        problem.set("");
    }

    /** True while the canvas shows the graph without the removed entities. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The removed entities and what went with them, for highlighting "what disappears" before applying. */
    public Highlight removedHighlight() {
        WhatIfReport r = report.get();
        return r == null ? Highlight.NONE : new Highlight(new HashSet<>(r.allRemoved()), new HashSet<>(r.lostRelations()));
    }
}
