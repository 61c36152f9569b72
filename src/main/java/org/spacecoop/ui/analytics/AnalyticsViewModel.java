package org.spacecoop.ui.analytics;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * The analytics side panel's state, over the explorer's visible graph: measures (sizes, colours, ranking),
 * connections, what-if and single points of failure. The canvas decoration (sizes, colours, highlight) is exposed
 * as data; {@link SceneDecorator} puts it on the drawing. Tested without the toolkit.
 */
public final class AnalyticsViewModel {

    private final ExplorerViewModel explorer;
    private final MeasuresModel measures;
    private final PathModel paths;
    private final WhatIfModel whatIf;
    private final FailuresModel failures;
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight", Highlight.NONE);

    public AnalyticsViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.measures = new MeasuresModel(explorer);
        this.paths = new PathModel(explorer);
        this.whatIf = new WhatIfModel(explorer);
        this.failures = new FailuresModel(explorer);
        // the newest thing asked for is highlighted
        paths.chosenProperty().addListener((o, a, b) -> highlight.set(paths.highlight()));
        failures.focusedProperty().addListener((o, a, b) -> highlight.set(failures.highlight()));
        explorer.graphProperty().addListener((o, a, b) -> clearHighlight());
        whatIf.activeProperty().addListener((o, a, b) -> clearHighlight()); // a path may run through what went
    }

    public void clearHighlight() {
        highlight.set(Highlight.NONE);
    }

    /**
     * Clears every analytics highlight at once (Escape, the Clear buttons): the path and its chains, the focused
     * single point of failure, and a what-if on show (its view is undone).
     */
    public void clearHighlights() {
        paths.clear();
        failures.focusedProperty().set(null);
        whatIf.undo();
        clearHighlight();
    }

    /** Whether anything analytics put on the canvas is on show (so Escape has something to clear). */
    public boolean showsHighlight() {
        return !highlight.get().isEmpty() || whatIf.activeProperty().get();
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public MeasuresModel measures() {
        return measures;
    }

    public PathModel paths() {
        return paths;
    }

    public WhatIfModel whatIf() {
        return whatIf;
    }

    public FailuresModel failures() {
        return failures;
    }

    /** What the canvas shows emphasised (the chosen path, a focused single point of failure). */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }
}
