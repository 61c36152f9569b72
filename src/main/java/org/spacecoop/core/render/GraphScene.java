package org.spacecoop.core.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * A {@link RenderScene} built from the whole cooperation graph, with the mapping between entities/relations and
 * scene indices. Build it once from the full graph and show a filter through {@link #showOnly(Graph)}, so indices
 * (and layout positions) stay put when filters change. Labels are entity names; priority is the degree.
 */
public final class GraphScene {

    private final RenderScene scene;
    private final List<Entity> entities;
    private final List<Relation> relations;
    private final Map<Entity, Integer> nodeIndex;
    private final Map<Relation, Integer> edgeIndex;

    private GraphScene(Graph<Entity, Relation> g, boolean directed) {
        entities = new ArrayList<>(g.vertexSet());
        relations = new ArrayList<>(g.edgeSet());
        nodeIndex = new HashMap<>(entities.size() * 2);
        edgeIndex = new HashMap<>(relations.size() * 2);
        for (int i = 0; i < entities.size(); i++) nodeIndex.put(entities.get(i), i);
        for (int e = 0; e < relations.size(); e++) edgeIndex.put(relations.get(e), e);
        RenderSceneBuilder b = RenderScene.builder(entities.size(), relations.size()).directed(directed);
        for (int i = 0; i < entities.size(); i++) {
            Entity en = entities.get(i);
            int degree = g.degreeOf(en);
            EntityKind.Family fam = en.kind() == null ? EntityKind.Family.OTHER : en.kind().family();
            b.node(i, en.id(), en.name(), fam, degree, radiusForDegree(degree));
        }
        for (int e = 0; e < relations.size(); e++) {
            Relation r = relations.get(e);
            RelationType.Family fam = r.type() == null ? RelationType.Family.OTHER : r.type().family();
            Status st = r.status() == null ? Status.ACTIVE : r.status();
            b.edge(e, r.id(), nodeIndex.get(g.getEdgeSource(r)), nodeIndex.get(g.getEdgeTarget(r)), fam, st);
        }
        scene = b.build();
    }

    /** The graph's scene; an undirected dataset's edges are drawn without arrowheads. */
    public static GraphScene of(CooperationGraph graph) {
        return new GraphScene(graph.graph(), graph.dataset().directed());
    }

    public static GraphScene of(Graph<Entity, Relation> graph) {
        return new GraphScene(graph, true);
    }

    /**
     * Sizes the edges by a numeric attribute (see {@code Dataset.edgeNumbers()}): widths from 1× for the lowest value
     * to {@link #MAX_EDGE_WIDTH}× for the highest; edges without a value keep 1×. Null values clear the sizing.
     */
    public void sizeEdgesBy(Map<String, Double> values) {
        if (values == null || values.isEmpty()) {
            scene.setEdgeWidths(null);
            return;
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : values.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float[] widths = new float[relations.size()];
        for (int e = 0; e < widths.length; e++) {
            Double v = values.get(relations.get(e).id());
            widths[e] = v == null ? 1f : (float) edgeWidthFor(v, min, max);
        }
        scene.setEdgeWidths(widths);
    }

    /** Widest edge, as a factor of the normal width, when edges are sized by an attribute. */
    public static final double MAX_EDGE_WIDTH = 5;

    /** The width factor of a value between min and max: linear from 1 to {@link #MAX_EDGE_WIDTH}; 1 when all are alike. */
    public static double edgeWidthFor(double v, double min, double max) {
        if (!(max > min)) return 1; // all alike: nothing to tell apart
        return 1 + (MAX_EDGE_WIDTH - 1) * (v - min) / (max - min);
    }

    /** Node radius in world units for a degree: grows with its square root, from 6 for isolated nodes. */
    public static double radiusForDegree(int degree) {
        return 6 + 2.4 * Math.sqrt(degree);
    }

    public RenderScene scene() {
        return scene;
    }

    /** Scene index of the entity, or -1 if it is not in the scene. */
    public int indexOf(Entity e) {
        Integer i = nodeIndex.get(e);
        return i == null ? -1 : i;
    }

    public int indexOf(Relation r) {
        Integer i = edgeIndex.get(r);
        return i == null ? -1 : i;
    }

    public Entity entity(int i) {
        return entities.get(i);
    }

    public Relation relation(int e) {
        return relations.get(e);
    }

    public Optional<Entity> entityAt(int i) {
        return i < 0 || i >= entities.size() ? Optional.empty() : Optional.of(entities.get(i));
    }

    public Optional<Relation> relationAt(int e) {
        return e < 0 || e >= relations.size() ? Optional.empty() : Optional.of(relations.get(e));
    }

    /** Entities in index order (read-only). */
    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    public List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    /**
     * Shows exactly the entities and relations the predicates accept (e.g. a {@code FilteredGraph}'s
     * {@code vertexPredicate()} and {@code edgePredicate()}, which answer from bit sets: far cheaper than asking a
     * MaskSubgraph view about every element).
     */
    public void showOnly(Predicate<Entity> nodes, Predicate<Relation> edges) {
        for (int i = 0; i < entities.size(); i++) scene.setNodeVisible(i, nodes.test(entities.get(i)));
        for (int e = 0; e < relations.size(); e++) scene.setEdgeVisible(e, edges.test(relations.get(e)));
    }

    /** Makes exactly the vertices and edges of {@code view} (e.g. a filter's MaskSubgraph) visible. */
    public void showOnly(Graph<Entity, Relation> view) {
        for (int i = 0; i < entities.size(); i++) scene.setNodeVisible(i, view.containsVertex(entities.get(i)));
        for (int e = 0; e < relations.size(); e++) scene.setEdgeVisible(e, view.containsEdge(relations.get(e)));
    }
}
