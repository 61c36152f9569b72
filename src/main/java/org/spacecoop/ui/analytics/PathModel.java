package org.spacecoop.ui.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.jgrapht.Graph;
import org.spacecoop.core.analysis.Connection;
import org.spacecoop.core.analysis.ConnectionFinder;
import org.spacecoop.core.analysis.Step;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * "How are they connected": two chosen entities, options, and the shortest chains found. With "only what is shown"
 * the search keeps to the visible graph (so to the statuses, types and dates the filters show); without it, it may
 * pass through hidden relations.
 */
public final class PathModel {

    static final int MAX_CHAINS = 5;

    private final ExplorerViewModel explorer;
    private final Analyses analyses;
    private final ObjectProperty<Entity> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<Entity> to = new SimpleObjectProperty<>(this, "to");
    private final BooleanProperty undirected = new SimpleBooleanProperty(this, "undirected", true);
    private final BooleanProperty onlyShown = new SimpleBooleanProperty(this, "onlyShown", true);
    private final ObservableList<Connection> chains = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    PathModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.analyses = new Analyses(explorer);
        explorer.graphProperty().addListener((o, a, b) -> clear());
    }

    /** Uses the selected entity as the start (or the end when {@code asEnd}). */
    public void takeSelection(boolean asEnd) {
        explorer.getSelection().selectedEntity().ifPresent(e -> (asEnd ? to : from).set(e));
    }

    /**
     * Find as clicked: the texts in the two fields are resolved first (so typing a name and clicking Find is enough);
     * a text that matches nothing is named in the summary.
     */
    public void find(String fromText, String toText) {
        TypedEntity a = TypedEntity.resolve(explorer, fromText, from.get());
        TypedEntity b = TypedEntity.resolve(explorer, toText, to.get());
        String problem = a.problem() != null ? a.problem() : b.problem();
        if (problem == null && (a.isBlank() || b.isBlank())) {
            problem = "Type or choose " + (a.isBlank() ? "where to start (From)." : "where to end (To).");
        }
        if (problem != null) {
            chains.clear();
            chosen.set(null);
            summary.set(problem);
            return;
        }
        from.set(a.entity());
        to.set(b.entity());
        find();
    }

    public void find() {
        Entity a = from.get();
        Entity b = to.get();
        if (a == null || b == null || explorer.getGraph() == null) {
            summary.set("Choose two entities.");
            return;
        }
        Graph<Entity, Relation> view = onlyShown.get() ? explorer.getVisibleGraph() : explorer.getGraph().graph();
        if (!view.containsVertex(a) || !view.containsVertex(b)) {
            summary.set((view.containsVertex(a) ? b : a).name() + " is hidden by the filters.");
            chains.clear();
            chosen.set(null);
            return;
        }
        var options = new ConnectionFinder.Options(undirected.get(), Set.of(), MAX_CHAINS);
        analyses.run("Finding connections", p -> new ConnectionFinder(view, options).shortest(a, b), found -> {
            chains.setAll(found);
            chosen.set(found.isEmpty() ? null : found.get(0));
            summary.set(found.isEmpty()
                    ? "No connection" + (undirected.get() ? "." : " following directions; try ignoring them.")
                    : found.size() + (found.size() == MAX_CHAINS ? "+" : "") + " shortest chain" + (found.size() == 1 ? "" : "s")
                    + " of " + found.get(0).length() + " step" + (found.get(0).length() == 1 ? "" : "s") + ".");
        });
    }

    public void clear() {
        analyses.cancel();
        chains.clear();
        chosen.set(null);
        summary.set("");
    }

    /** The chosen chain's entities and relations. */
    public Highlight highlight() {
        Connection c = chosen.get();
        if (c == null) return Highlight.NONE;
        Set<Relation> rels = new HashSet<>();
        for (Step s : c.steps()) rels.add(s.relation());
        return new Highlight(new HashSet<>(c.entities()), rels);
    }

    public ObjectProperty<Entity> fromProperty() {
        return from;
    }

    public ObjectProperty<Entity> toProperty() {
        return to;
    }

    public BooleanProperty undirectedProperty() {
        return undirected;
    }

    public BooleanProperty onlyShownProperty() {
        return onlyShown;
    }

    public ObservableList<Connection> chains() {
        return chains;
    }

    /** The chain shown in detail and highlighted on the canvas. */
    public ObjectProperty<Connection> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

}
