package org.spacecoop.core.render;

import java.util.Locale;
import java.util.Objects;

import org.spacecoop.core.model.EntityKind;

/**
 * Paints a {@link RenderScene} through a {@link Surface}: the one painter behind the canvas, PNG and SVG.
 *
 * <p>Level of detail: only nodes and edges in view are drawn; labels appear once nodes are at least
 * {@link #LABEL_MIN_NODE_PX} pixels in radius (or the scene is small), in priority order without overlaps;
 * arrowheads only on edges at least {@link #ARROW_MIN_EDGE_PX} long and when at most {@link #ARROW_MAX_EDGES}
 * edges are in view; above {@link #BATCH_EDGES} edges each line style is stroked as one path. Nodes never shrink
 * below {@link #MIN_NODE_PX}. One instance per canvas (it keeps buffers and a text-width cache); not thread-safe.
 */
public final class GraphPainter {

    public static final double MIN_NODE_PX = 1.5;
    public static final double LABEL_MIN_NODE_PX = 3.0;
    /** Below the label level of detail, nodes at least this large on screen (the hubs) keep their labels. */
    public static final double LABEL_HUB_NODE_PX = 4.0;
    /** Scenes with at most this many visible nodes show labels whatever the zoom (collision still applies). */
    public static final int LABEL_ALWAYS_NODES = 60;
    public static final double ARROW_MIN_EDGE_PX = 18;
    public static final int ARROW_MAX_EDGES = 6000;
    public static final double ARROW_LENGTH = 8;
    public static final int BATCH_EDGES = 400;
    public static final int MAX_LABELS = 2500;
    /**
     * Most edges drawn in one screen frame. In JavaFX's software pipeline 100,000 antialiased lines take seconds to
     * rasterise (about 1 s on an idle 2-core machine, 10 s on a busy one), so a whole view of a huge graph draws the
     * edges between its hubs and leaves the rest until zoomed in. {@link #edgeBudget(int)} changes it (exports draw all).
     */
    public static final int EDGE_BUDGET = 20_000;
    /**
     * Most pixels of edge line (the edges' summed lengths on screen) in one screen frame; edges with an end off
     * screen may use a quarter of it. A laid-out whole view of 10,000 nodes needs about 2.2 million. Zoomed into a big
     * graph, a few thousand hub edges cross the whole screen and cost as much as tens of thousands of short ones,
     * and before the layout has run every edge is long; past the budget the edges crossing the view go first, then
     * those leaving it, then the rest from the leaves up. {@link #edgeInkBudget(double)}.
     */
    public static final double EDGE_INK_BUDGET = 4_000_000;
    /** Nodes smaller than this (screen radius) are drawn as squares: no curve to antialias, same look at that size. */
    public static final double SQUARE_NODE_PX = 2.5;

    private final Frame frame = new Frame();
    private final EdgePainter edges = new EdgePainter();
    private final LabelPainter labels = new LabelPainter();
    private final double[] px = new double[4];
    private final double[] py = new double[4];
    private Palette palette = Palette.light();
    private double labelFontPx = 12;
    private boolean fillBackground = true;
    private boolean levelOfDetail = true;
    private int edgeBudget = EDGE_BUDGET;
    private double edgeInkBudget = EDGE_INK_BUDGET;

    public Palette palette() {
        return palette;
    }

    public GraphPainter palette(Palette p) {
        palette = Objects.requireNonNull(p);
        return this;
    }

    public double labelFontPx() {
        return labelFontPx;
    }

    public GraphPainter labelFontPx(double px) {
        labelFontPx = px;
        return this;
    }

    /** Whether {@link #paint} first fills the whole area with the palette background (default true). */
    public GraphPainter fillBackground(boolean fill) {
        fillBackground = fill;
        return this;
    }

    /**
     * Level of detail on (default) or off. Off draws every visible element the plain way: no culling, each edge its
     * own path, arrowheads on every edge long enough for one, labels at any zoom without a cap (collision still
     * applies). Only the benchmarks turn it off, as the baseline the level-of-detail rules are measured against.
     */
    public GraphPainter levelOfDetail(boolean on) {
        levelOfDetail = on;
        return this;
    }

    /** Most edges drawn per frame (default {@link #EDGE_BUDGET}); {@code Integer.MAX_VALUE} draws every edge in view. */
    public GraphPainter edgeBudget(int edges) {
        if (edges < 0) throw new IllegalArgumentException("negative edge budget: " + edges);
        edgeBudget = edges;
        return this;
    }

    /** Most pixels of edge line per frame (default {@link #EDGE_INK_BUDGET}); infinity draws every edge in view. */
    public GraphPainter edgeInkBudget(double pixels) {
        if (!(pixels >= 0)) throw new IllegalArgumentException("bad edge ink budget: " + pixels);
        edgeInkBudget = pixels;
        return this;
    }

    /**
     * A screen rectangle that labels keep out of (an overlay such as the on-screen legend, which would cover them):
     * a label that would reach into it is left out, as one that would overlap another label is. The labels of the
     * selected, hovered and highlighted nodes are still drawn. A width or height of 0 clears it.
     */
    public GraphPainter labelFreeArea(double x, double y, double width, double height) {
        labelFree = width > 0 && height > 0 ? new double[] {x, y, width, height} : null;
        return this;
    }

    private double[] labelFree;

    /** Paints the scene as seen through the viewport into a width×height area of the surface. */
    public FrameStats paint(Surface s, RenderScene scene, Viewport vp, double width, double height) {
        if (fillBackground) {
            s.setGlobalAlpha(1);
            s.setFill(palette.background());
            s.fillRect(0, 0, width, height);
        }
        Frame f = frame;
        f.cull = levelOfDetail;
        f.edgeBudget = edgeBudget;
        f.edgeInkBudget = edgeInkBudget;
        f.prepare(scene, vp, width, height, palette, MIN_NODE_PX);
        s.setGlobalAlpha(1);
        int edgeCount = edges.paint(s, f, true, levelOfDetail ? BATCH_EDGES : Integer.MAX_VALUE);
        int nodeCount = paintNodes(s, f);
        boolean showLabels = levelOfDetail ? labelsShown(f) : f.onScreenCount > 0;
        // Zoomed out, the selected, hovered and highlighted nodes and the hubs still get their labels.
        int labelCount = labels.paint(s, f, labelFontPx, levelOfDetail ? MAX_LABELS : Integer.MAX_VALUE,
                showLabels ? 0 : LABEL_HUB_NODE_PX, labelFree);
        paintSelectionOnTop(s, f);
        return new FrameStats(nodeCount, edgeCount, labelCount, showLabels ? labels.hidden : 0, edges.arrowsDrawn,
                edges.batched, showLabels);
    }

    private boolean labelsShown(Frame f) {
        if (f.onScreenCount == 0) return false;
        if (f.onScreenCount <= LABEL_ALWAYS_NODES) return true;
        // Judge by a typical node in view: the median-sized radius is cheap to approximate by the mean.
        double sum = 0;
        for (int k = 0; k < f.onScreenCount; k++) sum += f.scene.radius(f.onScreen[k]);
        return sum / f.onScreenCount * f.vp.scale() >= LABEL_MIN_NODE_PX;
    }

    private int paintNodes(Surface s, Frame f) {
        s.setLineDash();
        // Faded nodes first, bright ones over them.
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < f.onScreenCount; k++) {
                int i = f.onScreen[k];
                boolean bright = f.nodeBright(i);
                if (bright != (pass == 1)) continue;
                paintNode(s, f, i, bright ? 1 : Math.min(1, f.palette.fadedAlpha() * 1.6));
            }
        }
        paintRings(s, f);
        return f.onScreenCount;
    }

    private void paintNode(Surface s, Frame f, int i, double alpha) {
        RenderScene sc = f.scene;
        double r = Math.max(MIN_NODE_PX, sc.radius(i) * f.vp.scale());
        double x = f.sx(i), y = f.sy(i);
        EntityKind.Family fam = sc.nodeFamily(i);
        int fill = sc.colorOverride(i) != 0 ? sc.colorOverride(i) : f.palette.nodeFill(fam);
        if (r < SQUARE_NODE_PX && levelOfDetail && !s.keepsGroups()) {
            double h = r * 0.886; // a square of the disc's area
            s.setFill(alpha >= 1 ? fill : Argb.fade(fill, alpha));
            s.fillRect(x - h, y - h, 2 * h, 2 * h);
            return;
        }
        boolean groups = s.keepsGroups();
        if (groups) s.beginGroup(sc.nodeId(i), "node " + fam.name().toLowerCase(Locale.ROOT));
        s.setFill(alpha >= 1 ? fill : Argb.fade(fill, alpha));
        boolean outline = r >= 4;
        if (outline) {
            s.setStroke(alpha >= 1 ? f.palette.nodeOutline() : Argb.fade(f.palette.nodeOutline(), alpha));
            s.setLineWidth(Math.min(2, r / 6));
        }
        shape(s, fam, x, y, r, true);
        if (outline) shape(s, fam, x, y, r, false);
        if (groups) s.endGroup();
    }

    /** Actors are discs, programs rounded squares, agreements diamonds; all of about the same area. */
    private void shape(Surface s, EntityKind.Family fam, double x, double y, double r, boolean fill) {
        if (fam.isActor()) {
            if (fill) s.fillCircle(x, y, r);
            else s.strokeCircle(x, y, r);
        } else if (fam == EntityKind.Family.AGREEMENT) {
            double d = r * 1.2;
            px[0] = x;
            py[0] = y - d;
            px[1] = x + d;
            py[1] = y;
            px[2] = x;
            py[2] = y + d;
            px[3] = x - d;
            py[3] = y;
            if (fill) s.fillPolygon(px, py, 4);
            else s.strokePolygon(px, py, 4);
        } else {
            double h = r * 0.9;
            if (fill) s.fillRoundRect(x - h, y - h, 2 * h, 2 * h, h * 0.6);
            else s.strokeRoundRect(x - h, y - h, 2 * h, 2 * h, h * 0.6);
        }
    }

    /** Hover and highlight rings, drawn over every node (the selection's comes after the labels). */
    private void paintRings(Surface s, Frame f) {
        RenderScene sc = f.scene;
        var hl = sc.highlightedNodes();
        for (int i = hl.nextSetBit(0); i >= 0 && i < sc.nodeCount(); i = hl.nextSetBit(i + 1)) {
            if (sc.isNodeVisible(i)) ring(s, f, i, f.palette.highlight(), 2.5, "highlight");
        }
        if (sc.hoverNode() >= 0 && sc.hoverNode() < sc.nodeCount() && sc.isNodeVisible(sc.hoverNode()))
            ring(s, f, sc.hoverNode(), Argb.fade(f.palette.selection(), 0.55), 2, "hover");
    }

    /** The selected node and its ring over everything else, labels included, so no label hides it. */
    private void paintSelectionOnTop(Surface s, Frame f) {
        RenderScene sc = f.scene;
        int i = sc.selectedNode();
        if (i < 0 || i >= sc.nodeCount() || !sc.isNodeVisible(i)) return;
        double r = Math.max(MIN_NODE_PX, sc.radius(i) * f.vp.scale());
        double x = f.sx(i), y = f.sy(i);
        if (x + r + 8 < 0 || x - r - 8 > f.width || y + r + 8 < 0 || y - r - 8 > f.height) return;
        s.setGlobalAlpha(1);
        s.setLineDash();
        paintNode(s, f, i, 1);
        ring(s, f, i, f.palette.selection(), 3, "selection");
    }

    private void ring(Surface s, Frame f, int i, int color, double width, String cssClass) {
        RenderScene sc = f.scene;
        double r = Math.max(MIN_NODE_PX, sc.radius(i) * f.vp.scale());
        if (!sc.nodeFamily(i).isActor()) r *= sc.nodeFamily(i) == EntityKind.Family.AGREEMENT ? 1.25 : 1.3;
        s.beginGroup(sc.nodeId(i) + "-" + cssClass, cssClass);
        s.setStroke(color);
        s.setLineWidth(width);
        s.setLineDash();
        s.strokeCircle(f.sx(i), f.sy(i), r + width / 2 + 2);
        s.endGroup();
    }
}
