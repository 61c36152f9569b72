package org.spacecoop.core.render;

import java.util.Arrays;
import java.util.BitSet;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * What to draw, in arrays by index: nodes 0..n-1 and edges 0..m-1. The structure (kinds, labels, edge ends,
 * parallel-edge numbering) is fixed at construction; positions, visibility, selection, hover, highlights and
 * per-node overrides change through setters. Positions are world coordinates and may be the layout's snapshot
 * arrays (they are read, never written). Not thread-safe: change and paint it on one thread (the FX thread),
 * handing it new position snapshots from background work.
 *
 * <p>Build one with {@link #builder(int, int)} or from the cooperation graph with {@link GraphScene}.
 */
public final class RenderScene {

    private final int nodeCount;
    private final int edgeCount;
    // nodes
    private double[] x;
    private double[] y;
    private final float[] radius;
    private final EntityKind.Family[] nodeFamily;
    private final String[] label;
    private final String[] nodeId;
    private final int[] priority;
    private final boolean[] nodeVisible;
    private final float[] radiusOverride;
    private final int[] colorOverride;
    // edges
    private final int[] from;
    private final int[] to;
    private final RelationType.Family[] edgeFamily;
    private final Status[] status;
    private final String[] edgeId;
    private final boolean[] edgeVisible;
    private final int[] parallelIndex;
    private final int[] parallelCount;
    private final boolean directed;
    private final float[] edgeWidth;
    private boolean hasEdgeWidths;
    // interaction
    private int selectedNode = -1;
    private int selectedEdge = -1;
    private int hoverNode = -1;
    private final BitSet highlightedNodes = new BitSet();
    private final BitSet highlightedEdges = new BitSet();
    private int[] labelOrder;
    private int version;
    private LegendKey legendKey = LegendKey.DEFAULT;

    private RenderScene(RenderSceneBuilder b) {
        nodeCount = b.nodeCount;
        edgeCount = b.edgeCount;
        x = b.x;
        y = b.y;
        radius = b.radius;
        nodeFamily = b.nodeFamily;
        label = b.label;
        nodeId = b.nodeId;
        priority = b.priority;
        nodeVisible = new boolean[nodeCount];
        Arrays.fill(nodeVisible, true);
        radiusOverride = new float[nodeCount];
        Arrays.fill(radiusOverride, Float.NaN);
        colorOverride = new int[nodeCount];
        from = b.from;
        to = b.to;
        edgeFamily = b.edgeFamily;
        status = b.status;
        edgeId = b.edgeId;
        edgeVisible = new boolean[edgeCount];
        Arrays.fill(edgeVisible, true);
        parallelIndex = new int[edgeCount];
        parallelCount = new int[edgeCount];
        ParallelEdges.number(nodeCount, from, to, parallelIndex, parallelCount);
        directed = b.directed;
        edgeWidth = new float[edgeCount];
        Arrays.fill(edgeWidth, 1f);
    }

    /** Copy of {@code s}: the structure is shared (never written after construction), the state is copied. */
    private RenderScene(RenderScene s) {
        nodeCount = s.nodeCount;
        edgeCount = s.edgeCount;
        radius = s.radius; nodeFamily = s.nodeFamily; label = s.label; nodeId = s.nodeId; priority = s.priority;
        from = s.from; to = s.to; edgeFamily = s.edgeFamily; status = s.status; edgeId = s.edgeId;
        parallelIndex = s.parallelIndex; parallelCount = s.parallelCount; directed = s.directed;
        edgeWidth = s.edgeWidth.clone(); hasEdgeWidths = s.hasEdgeWidths;
        x = Arrays.copyOf(s.x, nodeCount);
        y = Arrays.copyOf(s.y, nodeCount);
        nodeVisible = s.nodeVisible.clone(); edgeVisible = s.edgeVisible.clone();
        radiusOverride = s.radiusOverride.clone(); colorOverride = s.colorOverride.clone();
        selectedNode = s.selectedNode; selectedEdge = s.selectedEdge;
        highlightedNodes.or(s.highlightedNodes); highlightedEdges.or(s.highlightedEdges);
        legendKey = s.legendKey;
    }

    /** What this scene shows (not the hover) for another thread to paint, e.g. an export; call on the owning thread. */
    public RenderScene copy() {
        return new RenderScene(this);
    }

    public static RenderSceneBuilder builder(int nodeCount, int edgeCount) {
        return new RenderSceneBuilder(nodeCount, edgeCount);
    }

    static RenderScene of(RenderSceneBuilder b) {
        return new RenderScene(b);
    }

    // ---- structure
    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    public EntityKind.Family nodeFamily(int i) {
        return nodeFamily[i];
    }

    public String label(int i) {
        return label[i];
    }

    public String nodeId(int i) {
        return nodeId[i];
    }

    public int priority(int i) {
        return priority[i];
    }

    public int from(int e) {
        return from[e];
    }

    public int to(int e) {
        return to[e];
    }

    public RelationType.Family edgeFamily(int e) {
        return edgeFamily[e];
    }

    public Status status(int e) {
        return status[e];
    }

    public String edgeId(int e) {
        return edgeId[e];
    }

    /** Position of this edge among the edges joining the same two nodes (either direction), from 0. */
    public int parallelIndex(int e) {
        return parallelIndex[e];
    }

    /** False for an undirected graph: its edges are drawn without arrowheads. */
    public boolean isDirected() {
        return directed;
    }

    /** Number of edges joining the same two nodes (either direction); 1 for a lone edge. */
    public int parallelCount(int e) {
        return parallelCount[e];
    }

    // ---- positions
    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Replaces the positions (world coordinates; arrays of length ≥ nodeCount, kept by reference). */
    public void setPositions(double[] xs, double[] ys) {
        if (xs.length < nodeCount || ys.length < nodeCount) throw new IllegalArgumentException("positions too short");
        x = xs;
        y = ys;
        version++;
    }

    public void setPosition(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
        version++;
    }

    /** Radius in world units: the override if set, else the base radius. */
    public double radius(int i) {
        float o = radiusOverride[i];
        return Float.isNaN(o) ? radius[i] : o;
    }

    public double baseRadius(int i) {
        return radius[i];
    }

    /** Sets a radius (world units) that replaces the base one, e.g. sized by betweenness; NaN clears it. */
    public void setRadiusOverride(int i, double r) {
        radiusOverride[i] = (float) r;
        version++;
    }

    public void clearRadiusOverrides() {
        Arrays.fill(radiusOverride, Float.NaN);
        version++;
    }

    /** The node's colour override (ARGB) or 0 when it takes its family colour. */
    public int colorOverride(int i) {
        return colorOverride[i];
    }

    public void setColorOverride(int i, int argb) {
        colorOverride[i] = argb;
        version++;
    }

    public void clearColorOverrides() {
        Arrays.fill(colorOverride, 0);
        version++;
    }

    /** The edge's line width as a factor of its style's width (1 unless edges are sized by an attribute). */
    public double edgeWidth(int e) {
        return edgeWidth[e];
    }

    /** True while some edge has a width factor other than 1 (edges are then stroked one by one). */
    public boolean hasEdgeWidths() {
        return hasEdgeWidths;
    }

    /** Sets every edge's width factor (e.g. from a weight); null or an array of the wrong length clears them. */
    public void setEdgeWidths(float[] factors) {
        boolean any = false;
        for (int e = 0; e < edgeCount; e++) {
            float w = factors != null && factors.length == edgeCount && factors[e] > 0 ? factors[e] : 1f;
            edgeWidth[e] = w;
            any |= w != 1f;
        }
        hasEdgeWidths = any;
        version++;
    }

    // ---- visibility
    public boolean isNodeVisible(int i) {
        return nodeVisible[i];
    }

    public void setNodeVisible(int i, boolean v) {
        nodeVisible[i] = v;
        version++;
    }

    /** An edge is drawn when it and both its ends are visible. */
    public boolean isEdgeVisible(int e) {
        return edgeVisible[e] && nodeVisible[from[e]] && nodeVisible[to[e]];
    }

    public void setEdgeVisible(int e, boolean v) {
        edgeVisible[e] = v;
        version++;
    }

    public void setAllVisible(boolean v) {
        Arrays.fill(nodeVisible, v);
        Arrays.fill(edgeVisible, v);
        version++;
    }

    // ---- interaction
    public int selectedNode() {
        return selectedNode;
    }

    public int selectedEdge() {
        return selectedEdge;
    }

    /** Selects one node (or none with -1); clears an edge selection. */
    public void selectNode(int i) {
        selectedNode = i;
        selectedEdge = -1;
        version++;
    }

    /** Selects one edge (or none with -1); clears a node selection. */
    public void selectEdge(int e) {
        selectedEdge = e;
        selectedNode = -1;
        version++;
    }

    public void clearSelection() {
        selectedNode = -1;
        selectedEdge = -1;
        version++;
    }

    public int hoverNode() {
        return hoverNode;
    }

    /** The hovered node stays bright with its neighbours; the rest fades. -1 for none. */
    public void setHoverNode(int i) {
        hoverNode = i;
        version++;
    }

    /** Nodes drawn emphasised (a path, a what-if set); when any node or edge is highlighted the rest fades. */
    public BitSet highlightedNodes() {
        return highlightedNodes;
    }

    public BitSet highlightedEdges() {
        return highlightedEdges;
    }

    public void setHighlight(BitSet nodes, BitSet edges) {
        highlightedNodes.clear();
        highlightedEdges.clear();
        if (nodes != null) highlightedNodes.or(nodes);
        if (edges != null) highlightedEdges.or(edges);
        version++;
    }

    public boolean hasHighlight() {
        return !highlightedNodes.isEmpty() || !highlightedEdges.isEmpty();
    }

    /** What node colours and sizes and edge widths mean, for the legend; {@link LegendKey#DEFAULT} for kinds. */
    public LegendKey legendKey() {
        return legendKey;
    }

    public void setLegendKey(LegendKey key) {
        legendKey = key == null ? LegendKey.DEFAULT : key;
        version++;
    }

    /** Increases on every change; a canvas can repaint when it differs from the last painted one. */
    public int version() {
        return version;
    }

    /** Node indices by descending priority (then index): the order in which labels claim space. Cached. */
    int[] labelOrder() {
        if (labelOrder == null) {
            Integer[] boxed = new Integer[nodeCount];
            for (int i = 0; i < nodeCount; i++) boxed[i] = i;
            Arrays.sort(boxed, (a, b) -> priority[a] != priority[b] ? Integer.compare(priority[b], priority[a])
                    : Integer.compare(a, b));
            labelOrder = new int[nodeCount];
            for (int i = 0; i < nodeCount; i++) labelOrder[i] = boxed[i];
        }
        return labelOrder;
    }

    /** Bounds of the visible nodes (with their radii) in world coordinates; empty bounds if none is visible. */
    public Viewport.Bounds visibleBounds() {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nodeCount; i++) {
            if (!nodeVisible[i]) continue;
            double r = radius(i);
            minX = Math.min(minX, x[i] - r);
            minY = Math.min(minY, y[i] - r);
            maxX = Math.max(maxX, x[i] + r);
            maxY = Math.max(maxY, y[i] + r);
        }
        return new Viewport.Bounds(minX, minY, maxX, maxY);
    }
}
