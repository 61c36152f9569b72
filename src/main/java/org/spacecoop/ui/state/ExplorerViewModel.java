package org.spacecoop.ui.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;

import org.jgrapht.Graph;
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.ui.search.EntitySearch;
import org.spacecoop.ui.task.BackgroundTask;
import org.spacecoop.ui.task.BackgroundWork;
import org.spacecoop.ui.task.Cancellable;
import org.spacecoop.ui.task.TaskExecutor;

/**
 * The explorer's state: the loaded graph, the visible part of it (filters set a view), the selection and the status
 * texts, with plain command methods. Tested without the toolkit (javafx.beans only).
 */
public final class ExplorerViewModel {

    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<CooperationGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ObjectProperty<Graph<Entity, Relation>> visibleGraph = new SimpleObjectProperty<>(this, "visibleGraph");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection", Selection.NONE);
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "No dataset");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper sourceName = new ReadOnlyStringWrapper(this, "sourceName", "");
    private final ReadOnlyObjectWrapper<Throwable> loadError = new ReadOnlyObjectWrapper<>(this, "loadError");
    private final List<Consumer<Entity>> centreListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CooperationGraph>> preparations = new CopyOnWriteArrayList<>();
    private final SelectionHistory history = new SelectionHistory();
    private boolean travelling;
    private boolean revising;
    private EntitySearch search;
    /** The filter result last shown through {@link #showFiltered}; only used while its view is the visible one. */
    private FilteredGraph visibleFilter;

    public ExplorerViewModel(TaskExecutor executor) {
        this.work = new BackgroundWork(executor);
        visibleGraph.addListener((o, a, b) -> visibleChanged());
        selection.addListener((o, a, b) -> selectionText.set(describe(b)));
        selection.addListener((o, a, b) -> {
            if (!travelling) history.visited(b);
        });
    }

    // ---- loading

    /** Loads a graph in the background (the bundled dataset, a dataset file, an imported graph file). */
    public Cancellable load(String what, BackgroundTask.Work<CooperationGraph> loader) {
        message.set("Loading " + what + "…");
        loadError.set(null);
        List<Consumer<CooperationGraph>> steps = List.copyOf(preparations);
        return work.run(BackgroundTask.<CooperationGraph>of("Loading " + what, p -> {
                    CooperationGraph g = loader.call(p);
                    for (Consumer<CooperationGraph> step : steps) step.accept(g);
                    return g;
                })
                .onSuccess(g -> {
                    setGraph(g);
                    sourceName.set(what);
                    message.set("Loaded " + what);
                })
                .onFailure(e -> {
                    message.set("Could not load " + what + ": " + firstLine(describe(e)));
                    loadError.set(e);
                }));
    }

    /**
     * Adds work to do with each loaded graph inside the loading task, off the FX thread, before the graph is shown
     * (the canvas builds its scene there: 0.2 s at 50,000 entities that would otherwise hold up the window).
     */
    public Subscription addPreparation(Consumer<CooperationGraph> step) {
        preparations.add(step);
        return () -> preparations.remove(step);
    }

    /**
     * Shows a graph at once (also used by tests and importers). Clears the selection; every vertex visible unless
     * a listener of {@link #graphProperty()} sets the visible graph (a filtered view) meanwhile.
     */
    public void setGraph(CooperationGraph g) {
        selection.set(Selection.NONE);
        history.clear();
        search = new EntitySearch(g.graph());
        Graph<Entity, Relation> before = visibleGraph.get();
        graph.set(g);
        if (visibleGraph.get() != before) return; // a graph listener (the filters) has set the view already
        if (visibleGraph.get() == g.graph()) visibleChanged();
        else visibleGraph.set(g.graph());
    }

    /**
     * Shows an edited version of the graph: the selection stays on the same records (by id), the canvas keeps the
     * nodes where they are ({@link #isRevising} tells the listeners it is an edit, not a new graph).
     */
    public void revise(CooperationGraph g) {
        Selection kept = Selection.NONE;
        if (selection.get() instanceof Selection.Node n) kept = g.entity(n.entity().id()).map(Selection::of).orElse(Selection.NONE);
        if (selection.get() instanceof Selection.Edge e) kept = g.relation(e.relation().id()).map(Selection::of).orElse(Selection.NONE);
        revising = true;
        travelling = true; // the same selection, not a new step in the history
        try {
            selection.set(Selection.NONE);
            search = new EntitySearch(g.graph());
            Graph<Entity, Relation> before = visibleGraph.get();
            graph.set(g);
            if (visibleGraph.get() == before) visibleGraph.set(g.graph());
            selection.set(kept);
        } finally {
            revising = false;
            travelling = false;
        }
    }

    /** True while {@link #revise} shows an edited graph (listeners keep positions rather than start afresh). */
    public boolean isRevising() {
        return revising;
    }

    // ---- commands

    public void select(Entity entity) {
        selection.set(Selection.of(entity));
    }

    public void selectRelation(Relation relation) {
        selection.set(Selection.of(relation));
    }

    public void clearSelection() {
        selection.set(Selection.NONE);
    }

    /** Selects what was selected before (Alt+Left), centring on it when it is an entity. */
    public void back() {
        travelTo(history.back());
    }

    /** Selects what was selected after, once gone back (Alt+Right). */
    public void forward() {
        travelTo(history.forward());
    }

    /** Back and forward through the selections. */
    public SelectionHistory history() {
        return history;
    }

    private void travelTo(Selection s) {
        if (s == null) return;
        travelling = true;
        try {
            selection.set(s);
        } finally {
            travelling = false;
        }
        s.selectedEntity().ifPresent(this::centreOn);
    }

    /** Suggestions for the search field. */
    public List<EntitySearch.Hit> suggest(String text, int limit) {
        return search == null ? List.of() : search.suggest(text, limit);
    }

    /** The best match for the text (name, alias, id, else a close match), selecting nothing. */
    public Optional<Entity> find(String text) {
        return search == null ? Optional.empty() : search.find(text);
    }

    /** "European Space Agency → provides-hardware → Lunar Gateway": a relation by the names of its ends. */
    public String describe(Relation r) {
        CooperationGraph g = graph.get();
        return g == null ? r.id() : g.from(r).name() + " → " + r.typeName() + " → " + g.to(r).name();
    }

    /** Selects the best match for the text and asks the view to centre on it; empty (and a message) when none. */
    public Optional<Entity> search(String text) {
        Optional<Entity> found = search == null ? Optional.empty() : search.find(text);
        found.ifPresentOrElse(e -> {
            select(e);
            if (!isVisible(e)) message.set(e.name() + " is hidden by the current filters");
            else message.set("");
            centreListeners.forEach(l -> l.accept(e));
        }, () -> message.set(text == null || text.isBlank() ? "" : "No entity matches \"" + text.strip() + "\""));
        return found;
    }

    /** Asks the view to centre on the entity (search, "show in graph" links). */
    public void centreOn(Entity entity) {
        centreListeners.forEach(l -> l.accept(entity));
    }

    /** The view listens here to centre on an entity. */
    public Subscription addCentreListener(Consumer<Entity> listener) {
        centreListeners.add(listener);
        return () -> centreListeners.remove(listener);
    }

    /** Tells the status bar something (an export finished, a file could not be read, …). */
    public void setMessage(String text) {
        message.set(text == null ? "" : text);
    }

    public boolean isVisible(Entity e) {
        Graph<Entity, Relation> v = getVisibleGraph();
        return v != null && v.containsVertex(e);
    }

    // ---- properties

    /** Runs background work with its progress in the status bar. Filters, analytics and export use it too. */
    public BackgroundWork work() {
        return work;
    }

    public ReadOnlyObjectProperty<CooperationGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public CooperationGraph getGraph() {
        return graph.get();
    }

    /**
     * The part of the graph that is drawn: the full graph after loading; the filters set a view (a MaskSubgraph)
     * here. Set a new view object each time its content changes, so listeners fire.
     */
    public ObjectProperty<Graph<Entity, Relation>> visibleGraphProperty() {
        return visibleGraph;
    }

    public Graph<Entity, Relation> getVisibleGraph() {
        return visibleGraph.get();
    }

    /** Shows a filter's result: its view becomes the visible graph, and {@link #filterOf} knows its bit sets. */
    public void showFiltered(FilteredGraph f) {
        visibleFilter = f;
        visibleGraph.set(f.view());
    }

    /** The filter result whose view {@code view} is (cheap per-element predicates), or null if it is not one. */
    public FilteredGraph filterOf(Graph<Entity, Relation> view) {
        FilteredGraph f = visibleFilter;
        return f != null && view != null && f.view() == view ? f : null;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection getSelection() {
        return selection.get();
    }

    /** "120 of 152 nodes · 240 of 281 edges". */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** "Selected: European Space Agency (agency)". */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** The last thing the app has to say (loaded, not found, errors). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last loading failure (the window shows it in a dialog), null after a success. */
    public ReadOnlyObjectProperty<Throwable> loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** What was loaded ("bundled dataset", a file name). */
    public ReadOnlyStringProperty sourceNameProperty() {
        return sourceName.getReadOnlyProperty();
    }

    // ---- internals

    private void visibleChanged() {
        Graph<Entity, Relation> v = visibleGraph.get();
        CooperationGraph g = graph.get();
        if (g == null || v == null) {
            countsText.set("No dataset");
            return;
        }
        Graph<Entity, Relation> all = g.graph();
        countsText.set(v.vertexSet().size() + " of " + all.vertexSet().size() + " nodes · "
                + v.edgeSet().size() + " of " + all.edgeSet().size() + " edges");
        Selection s = selection.get();
        if (s instanceof Selection.Node n && !v.containsVertex(n.entity())) clearSelection();
        if (s instanceof Selection.Edge e && !v.containsEdge(e.relation())) clearSelection();
    }

    private String describe(Selection s) {
        if (s instanceof Selection.Node n) {
            return "Selected: " + n.entity().name() + " (" + n.entity().kind().id() + ")";
        }
        if (s instanceof Selection.Edge e && graph.get() != null) {
            Relation r = e.relation();
            return "Selected: " + graph.get().from(r).name() + " → " + r.typeName() + " → " + graph.get().to(r).name();
        }
        return "";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }

    public static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
