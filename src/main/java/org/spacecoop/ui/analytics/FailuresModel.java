package org.spacecoop.ui.analytics;

import java.util.HashSet;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.spacecoop.core.analysis.SinglePointsOfFailure;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.ui.state.ExplorerViewModel;

/** Articulation points and bridges of the visible graph, computed on request; one of them highlighted on demand. */
public final class FailuresModel {

    private final ExplorerViewModel explorer;
    private final Analyses analyses;
    private final ReadOnlyObjectWrapper<SinglePointsOfFailure.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** A {@link SinglePointsOfFailure.CutPoint} or {@link SinglePointsOfFailure.Bridge}, or null. */
    private final ObjectProperty<Object> focused = new SimpleObjectProperty<>(this, "focused");

    FailuresModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.analyses = new Analyses(explorer);
        explorer.visibleGraphProperty().addListener((o, a, b) -> {
            if (result.get() != null) compute();
        });
    }

    public void compute() {
        var view = explorer.getVisibleGraph();
        if (view == null) return;
        analyses.run("Finding single points of failure", p -> SinglePointsOfFailure.of(view, p), r -> {
            focused.set(null);
            result.set(r);
        });
    }

    public ReadOnlyObjectProperty<SinglePointsOfFailure.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<Object> focusedProperty() {
        return focused;
    }

    /** The focused point or bridge with what it separates. */
    public Highlight highlight() {
        Object f = focused.get();
        Set<Entity> nodes = new HashSet<>();
        Set<Relation> edges = new HashSet<>();
        if (f instanceof SinglePointsOfFailure.CutPoint c) {
            nodes.add(c.entity());
            nodes.addAll(c.separated());
        } else if (f instanceof SinglePointsOfFailure.Bridge b) {
            edges.add(b.relation());
            nodes.addAll(b.separated());
            nodes.add(explorer.getGraph().from(b.relation()));
            nodes.add(explorer.getGraph().to(b.relation()));
        } else {
            return Highlight.NONE;
        }
        return new Highlight(nodes, edges);
    }
}
