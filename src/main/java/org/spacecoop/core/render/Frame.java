package org.spacecoop.core.render;

import java.util.Arrays;

/**
 * The per-frame state the painters share: the transform, which nodes are on screen, and which nodes and edges
 * stay bright while the rest fades (hover or highlight). Buffers are reused from frame to frame.
 */
final class Frame {

    RenderScene scene;
    Viewport vp;
    double width;
    double height;
    Palette palette;
    /** False turns culling off: every visible node counts as on screen and every visible edge as in view. */
    boolean cull = true;
    /** Most edges drawn in one frame (when culling); the rest, lowest priority first, are left out. */
    int edgeBudget = Integer.MAX_VALUE;
    /** Most pixels of edge line (summed screen lengths) drawn in one frame (when culling). */
    double edgeInkBudget = Double.POSITIVE_INFINITY;
    /** True when hover, a selection or a highlight makes everything not bright fade. */
    boolean emphasis;
    /** True when the emphasis comes from the selection alone: the other labels stay, faded, after the bright ones. */
    boolean fadedLabels;
    boolean[] brightNodes = new boolean[0];
    boolean[] brightEdges = new boolean[0];
    int[] onScreen = new int[0];
    int onScreenCount;
    /** World rectangle in view, grown by a margin so curves and loops just outside still count. */
    double wx0, wy0, wx1, wy1;

    void prepare(RenderScene s, Viewport v, double w, double h, Palette p, double minNodePx) {
        scene = s;
        vp = v;
        width = w;
        height = h;
        palette = p;
        int n = s.nodeCount(), m = s.edgeCount();
        if (brightNodes.length < n) brightNodes = new boolean[n];
        if (onScreen.length < n) onScreen = new int[n];
        if (brightEdges.length < m) brightEdges = new boolean[m];
        double margin = v.toWorldLength(20);
        wx0 = v.toWorldX(0) - margin;
        wy0 = v.toWorldY(0) - margin;
        wx1 = v.toWorldX(w) + margin;
        wy1 = v.toWorldY(h) + margin;
        cullNodes(minNodePx);
        computeEmphasis();
    }

    private void cullNodes(double minNodePx) {
        RenderScene s = scene;
        int count = 0;
        for (int i = 0, n = s.nodeCount(); i < n; i++) {
            if (!s.isNodeVisible(i)) continue;
            double sr = Math.max(minNodePx, s.radius(i) * vp.scale());
            double sx = vp.toScreenX(s.x(i)), sy = vp.toScreenY(s.y(i));
            if (cull && (sx + sr < 0 || sx - sr > width || sy + sr < 0 || sy - sr > height)) continue;
            onScreen[count++] = i;
        }
        onScreenCount = count;
    }

    /**
     * Hover, the selection and highlights make everything else fade: the hovered or selected node stays bright with
     * its relations and neighbours, a selected edge with its two ends, highlighted elements as they are.
     */
    private void computeEmphasis() {
        RenderScene s = scene;
        int n = s.nodeCount(), m = s.edgeCount();
        int hover = shown(s.hoverNode());
        int selected = shown(s.selectedNode());
        int selectedEdge = s.selectedEdge() >= 0 && s.selectedEdge() < m && s.isEdgeVisible(s.selectedEdge()) ? s.selectedEdge() : -1;
        emphasis = hover >= 0 || selected >= 0 || selectedEdge >= 0 || s.hasHighlight();
        fadedLabels = emphasis && hover < 0 && !s.hasHighlight();
        if (!emphasis) return;
        Arrays.fill(brightNodes, 0, n, false);
        Arrays.fill(brightEdges, 0, m, false);
        if (hover >= 0 || selected >= 0) {
            if (hover >= 0) brightNodes[hover] = true;
            if (selected >= 0) brightNodes[selected] = true;
            for (int e = 0; e < m; e++) {
                int a = s.from(e), b = s.to(e);
                if (a != hover && b != hover && a != selected && b != selected || !s.isEdgeVisible(e)) continue;
                brightEdges[e] = true;
                brightNodes[a] = true;
                brightNodes[b] = true;
            }
        }
        for (int i = s.highlightedNodes().nextSetBit(0); i >= 0 && i < n; i = s.highlightedNodes().nextSetBit(i + 1))
            brightNodes[i] = true;
        for (int e = s.highlightedEdges().nextSetBit(0); e >= 0 && e < m; e = s.highlightedEdges().nextSetBit(e + 1))
            brightEdges[e] = true;
        if (selectedEdge >= 0) {
            brightEdges[selectedEdge] = true;
            brightNodes[s.from(selectedEdge)] = true;
            brightNodes[s.to(selectedEdge)] = true;
        }
    }

    /** The node if it is in the scene and visible, else -1. */
    private int shown(int i) {
        return i >= 0 && i < scene.nodeCount() && scene.isNodeVisible(i) ? i : -1;
    }

    boolean nodeBright(int i) {
        return !emphasis || brightNodes[i];
    }

    boolean edgeBright(int e) {
        return !emphasis || brightEdges[e];
    }

    double sx(int i) {
        return vp.toScreenX(scene.x(i));
    }

    double sy(int i) {
        return vp.toScreenY(scene.y(i));
    }

    /** Whether a world-space box meets the view. */
    boolean inView(double x0, double y0, double x1, double y1) {
        return !cull || x1 >= wx0 && x0 <= wx1 && y1 >= wy0 && y0 <= wy1;
    }
}
