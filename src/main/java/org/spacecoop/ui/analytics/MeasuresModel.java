package org.spacecoop.ui.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.jgrapht.Graph;
import org.spacecoop.core.analysis.BlocView;
import org.spacecoop.core.analysis.Centrality;
import org.spacecoop.core.analysis.Communities;
import org.spacecoop.core.analysis.Measure;
import org.spacecoop.core.analysis.RankedEntity;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.render.Argb;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * Sizing and colouring by analysis, and the ranked table: recomputed in the background whenever the visible graph
 * or the choice changes. {@code sizeBy} null keeps the painter's own sizes (by number of relations); the table then
 * ranks by degree.
 */
public final class MeasuresModel {

    /** What the background computation returns, applied at once on the UI thread. */
    private record Result(Measure measure, List<RankedEntity> ranking, Communities communities, BlocView blocs,
                          List<RankedEntity> colourRanking) {
    }

    /** The colour ramp's measure and the range of its scores on the shown graph. */
    public record ColourScale(Measure measure, double min, double max) {
        /** Lightest for the lowest score, darkest for the highest. */
        public static final int LOW = 0xFFDCE9F5;
        public static final int HIGH = 0xFF08306B;

        public int colour(double score) {
            double t = max > min ? (score - min) / (max - min) : 1;
            return Argb.mix(LOW, HIGH, Math.max(0, Math.min(1, t)));
        }
    }

    private final ExplorerViewModel explorer;
    private final Analyses analyses;
    private final ObjectProperty<Measure> sizeBy = new SimpleObjectProperty<>(this, "sizeBy");
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(this, "colourBy", ColourBy.KIND);
    private final ObservableList<RankedEntity> ranking = FXCollections.observableArrayList();
    private final ObservableList<Communities.Community> communities = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BlocView> blocView = new ReadOnlyObjectWrapper<>(this, "blocView");
    private final ReadOnlyObjectWrapper<SizeScale> scale = new ReadOnlyObjectWrapper<>(this, "scale");
    private final ReadOnlyObjectWrapper<ColourScale> colourScale = new ReadOnlyObjectWrapper<>(this, "colourScale");
    private final ReadOnlyObjectWrapper<Map<Entity, Double>> radii = new ReadOnlyObjectWrapper<>(this, "radii", Map.of());
    private final ReadOnlyObjectWrapper<Map<Entity, Integer>> colours = new ReadOnlyObjectWrapper<>(this, "colours", Map.of());
    private final ObservableList<String> edgeAttributes = FXCollections.observableArrayList();
    private final ObjectProperty<String> edgeWidthBy = new SimpleObjectProperty<>(this, "edgeWidthBy");

    MeasuresModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.analyses = new Analyses(explorer);
        sizeBy.addListener((o, a, b) -> refresh());
        colourBy.addListener((o, a, b) -> refresh());
        explorer.visibleGraphProperty().addListener((o, a, b) -> refresh());
        explorer.graphProperty().addListener((o, a, g) -> showEdgeAttributes());
        showEdgeAttributes();
    }

    /** The new graph's numeric edge attributes; a weight is used for edge widths at once. */
    private void showEdgeAttributes() {
        var g = explorer.getGraph();
        List<String> names = g == null ? List.of() : g.dataset().edgeNumbers().keySet().stream().sorted().toList();
        edgeWidthBy.set(null);
        edgeAttributes.setAll(names);
        names.stream().filter(n -> n.equalsIgnoreCase("weight")).findFirst().ifPresent(edgeWidthBy::set);
    }

    /** Recomputes for the current visible graph and choices. */
    public void refresh() {
        Graph<Entity, Relation> view = explorer.getVisibleGraph();
        if (view == null || explorer.getGraph() == null) {
            analyses.cancel();
            apply(new Result(sizeBy.get(), List.of(), null, null, List.of()));
            return;
        }
        Graph<Entity, Relation> all = explorer.getGraph().graph();
        Measure measure = sizeBy.get() == null ? Measure.DEGREE : sizeBy.get();
        ColourBy colour = colourBy.get();
        analyses.run("Computing " + measure.label().toLowerCase(Locale.ROOT), p -> {
            List<RankedEntity> ranked = Centrality.rank(view, measure, p);
            Communities c = colour == ColourBy.COMMUNITY ? Communities.detect(view) : null;
            BlocView b = colour == ColourBy.BLOC ? BlocView.of(all, view) : null;
            Measure ramp = colour.measure();
            List<RankedEntity> byColour = ramp == null ? List.of()
                    : ramp == measure ? ranked : Centrality.rank(view, ramp, p);
            return new Result(measure, ranked, c, b, byColour);
        }, this::apply);
    }

    private void apply(Result r) {
        ranking.setAll(r.ranking());
        Map<Entity, Double> sizes = new HashMap<>();
        if (sizeBy.get() != null && !r.ranking().isEmpty()) {
            double max = r.ranking().get(0).score();
            double min = r.ranking().get(r.ranking().size() - 1).score();
            SizeScale s = new SizeScale(r.measure(), min, max);
            for (RankedEntity e : r.ranking()) sizes.put(e.entity(), s.radius(e.score()));
            scale.set(s);
        } else {
            scale.set(null);
        }
        radii.set(Map.copyOf(sizes));
        communities.setAll(r.communities() == null ? List.of() : r.communities().list());
        blocView.set(r.blocs());
        Map<Entity, Integer> cols = new HashMap<>();
        if (r.communities() != null) r.communities().indexByEntity().forEach((e, i) -> cols.put(e, GroupColours.community(i)));
        if (r.blocs() != null) r.blocs().groups().forEach((a, members) -> members.forEach(e -> cols.put(e, GroupColours.bloc(a))));
        ColourScale cs = null;
        if (!r.colourRanking().isEmpty() && colourBy.get().measure() != null) {
            List<RankedEntity> byColour = r.colourRanking();
            cs = new ColourScale(colourBy.get().measure(), byColour.get(byColour.size() - 1).score(), byColour.get(0).score());
            for (RankedEntity e : byColour) cols.put(e.entity(), cs.colour(e.score()));
        }
        colourScale.set(cs);
        colours.set(Map.copyOf(cols));
    }

    /** Numeric edge attributes of the loaded graph (an imported file's weights), by name; empty for our JSON. */
    public ObservableList<String> edgeAttributes() {
        return edgeAttributes;
    }

    /** The edge attribute edges are sized by; null for plain edges. */
    public ObjectProperty<String> edgeWidthByProperty() {
        return edgeWidthBy;
    }

    /** The values edges are sized by (relation id → value), empty when they are plain. */
    public Map<String, Double> edgeWidthValues() {
        var g = explorer.getGraph();
        String name = edgeWidthBy.get();
        if (g == null || name == null) return Map.of();
        return g.dataset().edgeNumbers().getOrDefault(name, Map.of());
    }

    /** The measure nodes are sized by; null for the default size (number of relations). */
    public ObjectProperty<Measure> sizeByProperty() {
        return sizeBy;
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    /** Visible entities by the chosen measure (degree when sizing is off), highest first. */
    public ObservableList<RankedEntity> ranking() {
        return ranking;
    }

    /** The communities while colouring by community, largest first. */
    public ObservableList<Communities.Community> communities() {
        return communities;
    }

    /** The bloc view while colouring by bloc. */
    public ReadOnlyObjectProperty<BlocView> blocViewProperty() {
        return blocView.getReadOnlyProperty();
    }

    /** The colour ramp's range while colouring by a measure (for the legend), else null. */
    public ReadOnlyObjectProperty<ColourScale> colourScaleProperty() {
        return colourScale.getReadOnlyProperty();
    }

    /** The size scale while sizing by a measure (for the legend), else null. */
    public ReadOnlyObjectProperty<SizeScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** Node radii (world units) while sizing by a measure; empty otherwise. */
    public ReadOnlyObjectProperty<Map<Entity, Double>> radiiProperty() {
        return radii.getReadOnlyProperty();
    }

    /** Node colours (ARGB) while colouring by community or bloc; empty otherwise. */
    public ReadOnlyObjectProperty<Map<Entity, Integer>> coloursProperty() {
        return colours.getReadOnlyProperty();
    }
}
