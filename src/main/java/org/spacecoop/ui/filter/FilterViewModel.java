package org.spacecoop.ui.filter;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.spacecoop.core.filter.FilterCounts;
import org.spacecoop.core.filter.FilterOptions;
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.filter.FilterSyntaxException;
import org.spacecoop.core.filter.FilterText;
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.filter.Focus;
import org.spacecoop.core.filter.GraphFilter;
import org.spacecoop.core.filter.Scenario;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.ui.common.Subscriptions;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.BackgroundTask;

/**
 * The filter panel's state: one {@link FilterState}, the {@link FilteredGraph} it gives, and plain commands that
 * each make a new state and apply it at once. {@link #follow Following} an explorer, it indexes each graph loaded
 * there and shows each result as the explorer's visible graph. Tested without the toolkit (javafx.beans only).
 */
public final class FilterViewModel {

    /** Graphs with more relations than this are indexed off the UI thread (about 20 ms of work at this size). */
    static final int INDEX_IN_BACKGROUND_ABOVE = 20_000;

    private final ReadOnlyObjectWrapper<FilterState> state = new ReadOnlyObjectWrapper<>(this, "state", FilterState.ALL);
    private final ReadOnlyObjectWrapper<FilteredGraph> filtered = new ReadOnlyObjectWrapper<>(this, "filtered");
    private final ReadOnlyObjectWrapper<FilterOptions> options = new ReadOnlyObjectWrapper<>(this, "options");
    private final ReadOnlyObjectWrapper<FilterCounts> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ReadOnlyStringWrapper textForm = new ReadOnlyStringWrapper(this, "textForm", "");
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper(this, "textError", "");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(this, "statusLine", "");
    private final IntegerProperty focusDepth = new SimpleIntegerProperty(this, "focusDepth", 1);
    private final Subscriptions subscriptions = new Subscriptions();
    private GraphFilter filter;
    private ExplorerViewModel explorer;

    public FilterViewModel() {
        state.addListener((o, a, s) -> {
            if (s.focus() != null) focusDepth.set(s.focus().depth());
            refresh();
        });
        focusDepth.addListener((o, a, d) -> {
            Focus f = get().focus();
            int depth = Math.max(1, Math.min(Focus.MAX_DEPTH, d.intValue()));
            if (f != null && f.depth() != depth) apply(get().withFocus(new Focus(f.entityId(), depth)));
        });
    }

    /**
     * Filters the explorer's graph from now on: each loaded graph is indexed (at once when small, in the background
     * when large, the full graph showing meanwhile) and each result becomes the explorer's visible graph, so the
     * canvas keeps every position (hidden nodes come back where they were).
     */
    public void follow(ExplorerViewModel explorer) {
        subscriptions.unsubscribeAll();
        this.explorer = explorer;
        subscriptions.onChange(explorer.graphProperty(), (a, g) -> graphLoaded(g));
        subscriptions.onChange(filteredProperty(), (a, f) -> showInExplorer(f));
        if (explorer.getGraph() != null) graphLoaded(explorer.getGraph());
    }

    /** Stops following the explorer (the panel is gone). */
    public void dispose() {
        subscriptions.unsubscribeAll();
        explorer = null;
    }

    private void graphLoaded(CooperationGraph g) {
        if (g == null || g.relations().size() <= INDEX_IN_BACKGROUND_ABOVE) {
            setGraph(g);
            return;
        }
        setGraph(null);
        ExplorerViewModel from = explorer;
        from.work().run(BackgroundTask.of("Indexing for filters", p -> new GraphFilter(g))
                .onSuccess(f -> {
                    if (explorer == from && from.getGraph() == g) setFilter(f);
                }));
    }

    private void showInExplorer(FilteredGraph f) {
        if (f != null) explorer.showFiltered(f);
        else explorer.visibleGraphProperty().set(explorer.getGraph() == null ? null : explorer.getGraph().graph());
    }

    /** Indexes a newly loaded graph and applies the current filters to it (null: no graph). */
    public void setGraph(CooperationGraph graph) {
        setFilter(graph == null ? null : new GraphFilter(graph));
    }

    /** Uses a filter indexed elsewhere (off the UI thread, for a large graph) and applies the current state. */
    public void setFilter(GraphFilter graphFilter) {
        filter = graphFilter;
        options.set(filter == null ? null : filter.options());
        totals.set(filter == null ? null : filter.totals());
        refresh();
    }

    // ---- commands

    public void apply(FilterState s) {
        state.set(s);
        textError.set("");
    }

    /** Reads the text form and applies it; false (and {@link #textErrorProperty()} says why) when it is bad. */
    public boolean applyText(String text) {
        try {
            apply(FilterText.parse(text));
            return true;
        } catch (FilterSyntaxException e) {
            textError.set(e.getMessage());
            return false;
        }
    }

    public void clear() {
        apply(FilterState.ALL);
    }

    public void chooseScenario(Scenario scenario) {
        apply(get().withScenario(scenario));
    }

    public void setKinds(Collection<EntityKind> kinds) {
        apply(get().withKinds(kinds));
    }

    public void setKind(EntityKind kind, boolean shown) {
        apply(get().withKinds(toggle(get().kinds(), kind, shown, EntityKind.class)));
    }

    public void setTypes(Collection<RelationType> types) {
        apply(get().withTypes(types));
    }

    public void setType(RelationType type, boolean shown) {
        apply(get().withTypes(toggle(get().types(), type, shown, RelationType.class)));
    }

    public void setStatuses(Collection<Status> statuses) {
        apply(get().withStatuses(statuses));
    }

    public void setStatus(Status status, boolean shown) {
        apply(get().withStatuses(toggle(get().statuses(), status, shown, Status.class)));
    }

    public void setSources(Collection<String> sources) {
        apply(get().withSources(sources));
    }

    public void setMinPassages(int n) {
        apply(get().withMinPassages(Math.max(0, n)));
    }

    public void setText(String text) {
        apply(get().withText(text));
    }

    /** Focuses on the entity's neighbourhood at the current {@link #focusDepthProperty() depth}. */
    public void focusOn(Entity entity) {
        if (entity != null) apply(get().withFocus(new Focus(entity.id(), focusDepth.get())));
    }

    /** Focuses on the explorer's selected entity; without one, the explorer's status says what to do. */
    public void focusOnSelection() {
        if (explorer == null) return;
        explorer.getSelection().selectedEntity().ifPresentOrElse(this::focusOn,
                () -> explorer.setMessage("Select an entity to focus on its neighbourhood"));
    }

    public void clearFocus() {
        apply(get().withFocus(null));
    }

    /** @param date the "as of" date, null to clear it */
    public void setAsOf(PartialDate date) {
        apply(get().withAsOf(date));
    }

    /** A range of whole years, each end null for open. */
    public void setRange(Integer fromYear, Integer toYear) {
        apply(get().withRange(fromYear == null ? null : new PartialDate(fromYear, 0, 0),
                toYear == null ? null : new PartialDate(toYear, 0, 0)));
    }

    public void setShowUndated(boolean show) {
        apply(get().withShowUndated(show));
    }

    public void setShowIsolated(boolean show) {
        apply(get().withShowIsolated(show));
    }

    /**
     * One step of the history player: the "as of" date moves to the next year (starting at the data's first year).
     * False, and nothing changes, once the last year of the data is reached.
     */
    public boolean stepAsOf() {
        FilterOptions o = options.get();
        if (o == null || !o.hasDates()) return false;
        PartialDate now = get().asOf();
        int next = now == null ? o.firstYear() : now.year() + 1;
        if (next > o.lastYear()) return false;
        setAsOf(new PartialDate(next, 0, 0));
        return true;
    }

    // ---- properties

    public FilterState get() {
        return state.get();
    }

    public ReadOnlyObjectProperty<FilterState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The filtered graph; its {@link FilteredGraph#view()} is what the canvas shows. Null without a graph. */
    public ReadOnlyObjectProperty<FilteredGraph> filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    public FilteredGraph getFiltered() {
        return filtered.get();
    }

    public ReadOnlyObjectProperty<FilterOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    /** Entities per kind and relations per type and status in the whole graph. */
    public ReadOnlyObjectProperty<FilterCounts> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The current state in its text form ("scenario=today;asof=2025"). */
    public ReadOnlyStringProperty textFormProperty() {
        return textForm.getReadOnlyProperty();
    }

    /** Why the last text form could not be read; empty when it could. */
    public ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    /** "Showing 40 of 229 nodes, 51 of 377 relations · scenario Today · as of 2019". */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    /** The depth the next focus uses (1–3). */
    public IntegerProperty focusDepthProperty() {
        return focusDepth;
    }

    private void refresh() {
        FilterState s = state.get();
        textForm.set(FilterText.format(s));
        if (filter == null) {
            filtered.set(null);
            statusLine.set("");
            return;
        }
        FilteredGraph f = filter.apply(s);
        filtered.set(f);
        List<String> problems = filter.problems(s);
        statusLine.set("Showing " + f.summary() + (problems.isEmpty() ? "" : " · " + String.join("; ", problems)));
    }

    private static <E extends Enum<E>> Set<E> toggle(Set<E> current, E value, boolean on, Class<E> type) {
        Set<E> next = current.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(current);
        if (on) next.add(value);
        else next.remove(value);
        return new HashSet<>(next);
    }
}
