package org.spacecoop.core.render;

import java.util.Arrays;
import java.util.Locale;

import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Draws the edges of a frame. Edges outside the view are culled; the rest are sorted by style (faded first) with
 * a counting sort, and, on screen surfaces with many edges, each style is stroked as one batched path. SVG
 * surfaces get one group per edge instead. Arrowheads and strike marks follow the same order.
 */
final class EdgePainter {

    private static final int FAMILIES = RelationType.Family.values().length;
    private static final int STYLES = Status.values().length * FAMILIES;
    private static final int KEYS = 2 * STYLES;
    /** The share of the ink budget edges with an end off screen may use (see {@link GraphPainter#EDGE_INK_BUDGET}). */
    static final double LEAVING_SHARE = 0.25;
    /**
     * Most edges in one stroked path. JavaFX's software rasteriser handles one path of 20,000 segments in more than
     * twice the time of 20 paths of 1,000 (50,000-node whole view: 628 ms against 435 ms, 403 ms at 250).
     */
    static final int BATCH_CHUNK = 500;

    private final EdgeGeometry geo = new EdgeGeometry();
    private int[] keys = new int[0];
    private int[] order = new int[0];
    private final int[] bucketStart = new int[KEYS + 1];
    private final double[] tri = new double[6];
    /** The edge order of the last scene thinned (its structure never changes, so it is kept per scene). */
    private RenderScene orderedScene;
    private int[] edgeOrder;
    int arrowsDrawn;
    boolean batched;

    /** Draws the edges; returns how many were drawn. */
    int paint(Surface s, Frame f, boolean arrowsAllowed, int batchThreshold) {
        RenderScene sc = f.scene;
        int m = sc.edgeCount();
        if (keys.length < m) {
            keys = new int[m];
            order = new int[m];
        }
        Arrays.fill(bucketStart, 0);
        int drawn = 0;
        for (int e = 0; e < m; e++) {
            keys[e] = -1;
            if (!sc.isEdgeVisible(e) || !inView(f, e)) continue;
            keys[e] = (f.edgeBright(e) ? STYLES : 0) + sc.status(e).ordinal() * FAMILIES + sc.edgeFamily(e).ordinal();
            drawn++;
        }
        int budget = f.cull ? f.edgeBudget : Integer.MAX_VALUE;
        double inkBudget = f.cull ? f.edgeInkBudget : Double.POSITIVE_INFINITY;
        boolean overInk = inkBudget < Double.POSITIVE_INFINITY && ink(f, inkBudget);
        if (drawn > budget || overInk) drawn = thin(f, budget, inkBudget);
        for (int e = 0; e < m; e++) if (keys[e] >= 0) bucketStart[keys[e] + 1]++;
        for (int k = 0; k < KEYS; k++) bucketStart[k + 1] += bucketStart[k];
        int[] fill = bucketStart.clone();
        for (int e = 0; e < m; e++) if (keys[e] >= 0) order[fill[keys[e]]++] = e;

        // Edges of their own widths cannot share one stroked path.
        batched = !s.keepsGroups() && s.prefersBatchedPaths() && drawn > batchThreshold && !sc.hasEdgeWidths();
        boolean arrows = arrowsAllowed && sc.isDirected() && (drawn <= GraphPainter.ARROW_MAX_EDGES || !f.cull);
        arrowsDrawn = 0;
        for (int k = 0; k < KEYS; k++) {
            int from = bucketStart[k], to = bucketStart[k + 1];
            if (from == to) continue;
            Status st = Status.values()[(k % STYLES) / FAMILIES];
            EdgeStyle style = EdgeStyle.of(f.palette, RelationType.Family.values()[k % FAMILIES], st);
            double alpha = k < STYLES ? f.palette.fadedAlpha() : 1;
            if (batched) paintBatch(s, f, style, st, alpha, from, to, arrows);
            else for (int i = from; i < to; i++) paintOne(s, f, order[i], style, st, alpha, arrows);
        }
        paintEmphasised(s, f);
        return drawn;
    }

    /** Screen length of each edge in view (clipped to the frame), filled by {@link #ink}. */
    private float[] inkOf = new float[0];

    /**
     * Fills {@link #inkOf} with the screen length of every edge in view, a proxy for what rasterising it costs;
     * true when they exceed the ink budget: all together, or those leaving or crossing the view a quarter of it.
     */
    private boolean ink(Frame f, double inkBudget) {
        RenderScene sc = f.scene;
        int m = sc.edgeCount();
        if (inkOf.length < m) inkOf = new float[m];
        double total = 0, leaving = 0;
        for (int e = 0; e < m; e++) {
            if (keys[e] < 0) continue;
            int a = sc.from(e), b = sc.to(e);
            double ax = f.sx(a), ay = f.sy(a), bx = f.sx(b), by = f.sy(b);
            inkOf[e] = (float) clippedLength(ax, ay, bx, by, f.width, f.height);
            total += inkOf[e];
            if (!onScreen(ax, ay, f) || !onScreen(bx, by, f)) leaving += inkOf[e];
        }
        return total > inkBudget || leaving > inkBudget * LEAVING_SHARE;
    }

    /**
     * Keeps at most {@code budget} edges in view and about {@code inkBudget} pixels of line, plus every emphasised
     * edge; returns how many are kept. Rasterising is what costs: a whole view of 100,000 edges is a solid mass,
     * and zoomed in, thousands of hub edges cross the screen edge to edge. So edges come in three rounds (both ends
     * on screen, one end, neither) and within each in the scene's edge order (edges between hubs first); zooming
     * in or filtering brings the rest back.
     */
    private int thin(Frame f, int budget, double inkBudget) {
        if (orderedScene != f.scene) {
            edgeOrder = EdgeOrder.byLowerEndPriority(f.scene);
            orderedScene = f.scene;
        }
        boolean measureInk = inkBudget < Double.POSITIVE_INFINITY; // then paint() has filled inkOf
        RenderScene sc = f.scene;
        int n = sc.nodeCount();
        if (onScreen.length < n) onScreen = new boolean[n];
        Arrays.fill(onScreen, 0, n, false);
        for (int k = 0; k < f.onScreenCount; k++) onScreen[f.onScreen[k]] = true;
        if (keep.length < keys.length) keep = new boolean[keys.length];
        Arrays.fill(keep, false);
        int kept = 0;
        double ink = 0, leavingInk = 0;
        for (int round = 2; round >= 0; round--) {
            for (int e : edgeOrder) {
                if (keys[e] < 0 || keep[e]) continue;
                boolean emphasised = f.emphasis && keys[e] >= STYLES;
                int endsOnScreen = (onScreen[sc.from(e)] ? 1 : 0) + (onScreen[sc.to(e)] ? 1 : 0);
                if (endsOnScreen < round && !emphasised) continue;
                // the edges leaving or crossing the view may spend only a quarter of the ink: those inside it come first
                double length = measureInk ? inkOf[e] : 0;
                double leaving = endsOnScreen < 2 ? length : 0;
                if (kept < budget && ink + length <= inkBudget && leavingInk + leaving <= inkBudget * LEAVING_SHARE || emphasised) {
                    keep[e] = true;
                    kept++;
                    ink += length;
                    leavingInk += leaving;
                }
            }
        }
        for (int e : edgeOrder) if (!keep[e]) keys[e] = -1;
        return kept;
    }

    private static boolean onScreen(double x, double y, Frame f) {
        return x >= 0 && x <= f.width && y >= 0 && y <= f.height;
    }

    /** Length of the segment (x0, y0)–(x1, y1) inside [0, w]×[0, h] (Liang–Barsky clipping). */
    static double clippedLength(double x0, double y0, double x1, double y1, double w, double h) {
        double dx = x1 - x0, dy = y1 - y0;
        double t0 = 0, t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, w - x0, y0, h - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return 0;
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) t0 = Math.max(t0, t);
                else t1 = Math.min(t1, t);
            }
        }
        return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
    }

    private boolean[] onScreen = new boolean[0];
    private boolean[] keep = new boolean[0];

    private boolean inView(Frame f, int e) {
        RenderScene sc = f.scene;
        geo.compute(sc, e);
        if (geo.loop) return f.inView(geo.loopX - geo.loopR, geo.loopY - geo.loopR, geo.loopX + geo.loopR, geo.loopY + geo.loopR);
        int a = sc.from(e), b = sc.to(e);
        double x0 = Math.min(Math.min(sc.x(a), sc.x(b)), geo.cx), x1 = Math.max(Math.max(sc.x(a), sc.x(b)), geo.cx);
        double y0 = Math.min(Math.min(sc.y(a), sc.y(b)), geo.cy), y1 = Math.max(Math.max(sc.y(a), sc.y(b)), geo.cy);
        return f.inView(x0, y0, x1, y1);
    }

    private void paintBatch(Surface s, Frame f, EdgeStyle style, Status st, double alpha, int from, int to,
                            boolean arrows) {
        style.apply(s, alpha, 1);
        double period = period(style);
        for (int chunk = from; chunk < to; chunk += BATCH_CHUNK) {
            s.beginPath();
            for (int i = chunk, end = Math.min(to, chunk + BATCH_CHUNK); i < end; i++) appendPath(s, f, order[i], st, period);
            s.strokePath();
        }
        if (!arrows) return;
        s.setFill(Argb.fade(style.color(), alpha));
        s.beginPath();
        for (int i = from; i < to; i++) {
            if (arrowTriangle(f, order[i])) {
                s.moveTo(tri[0], tri[1]);
                s.lineTo(tri[2], tri[3]);
                s.lineTo(tri[4], tri[5]);
                s.closePath();
                arrowsDrawn++;
            }
        }
        s.fillPath();
    }

    private void paintOne(Surface s, Frame f, int e, EdgeStyle style, Status st, double alpha, boolean arrows) {
        RenderScene sc = f.scene;
        boolean groups = s.keepsGroups();
        if (groups) s.beginGroup(sc.edgeId(e), "edge " + st.id() + " " + sc.edgeFamily(e).name().toLowerCase(Locale.ROOT));
        style.apply(s, alpha, sc.edgeWidth(e));
        s.beginPath();
        appendPath(s, f, e, st, period(style));
        s.strokePath();
        if (arrows && arrowTriangle(f, e)) {
            s.setFill(Argb.fade(style.color(), alpha));
            s.fillPolygon(new double[] {tri[0], tri[2], tri[4]}, new double[] {tri[1], tri[3], tri[5]}, 3);
            arrowsDrawn++;
        }
        if (groups) s.endGroup();
    }

    /** Selected and highlighted edges get a halo under a second stroke so they stand out. */
    private void paintEmphasised(Surface s, Frame f) {
        RenderScene sc = f.scene;
        int sel = sc.selectedEdge();
        if (sel >= 0 && sel < sc.edgeCount() && sc.isEdgeVisible(sel)) halo(s, f, sel, f.palette.selection(), 5);
        if (!sc.highlightedEdges().isEmpty()) {
            for (int e = sc.highlightedEdges().nextSetBit(0); e >= 0 && e < sc.edgeCount();
                 e = sc.highlightedEdges().nextSetBit(e + 1)) {
                if (e != sel && sc.isEdgeVisible(e)) halo(s, f, e, f.palette.highlight(), 4);
            }
        }
    }

    private void halo(Surface s, Frame f, int e, int color, double width) {
        RenderScene sc = f.scene;
        if (!inView(f, e)) return;
        EdgeStyle style = EdgeStyle.of(f.palette, sc.edgeFamily(e), sc.status(e));
        s.beginGroup(sc.edgeId(e) + "-emphasis", "edge-emphasis");
        s.setStroke(Argb.fade(color, 0.6));
        s.setLineWidth(width + style.width() * (sc.edgeWidth(e) - 1));
        s.setLineDash();
        s.beginPath();
        appendPath(s, f, e, sc.status(e), 0);
        s.strokePath();
        style.apply(s, 1, 1.4 * sc.edgeWidth(e));
        s.beginPath();
        appendPath(s, f, e, sc.status(e), period(style));
        s.strokePath();
        if (sc.isDirected() && arrowTriangle(f, e)) {
            s.setFill(style.color());
            s.fillPolygon(new double[] {tri[0], tri[2], tri[4]}, new double[] {tri[1], tri[3], tri[5]}, 3);
        }
        s.endGroup();
    }

    private static double period(EdgeStyle style) {
        double p = 0;
        for (double d : style.dash()) p += d;
        return p;
    }

    /**
     * Adds the edge (and its strike mark, if any) to the current path in screen coordinates. Straight edges are
     * clipped to the view first (rasterisers dash and stroke the whole line, even off screen); the clipped start
     * moves back to a whole dash period so dashes do not crawl while panning.
     */
    private void appendPath(Surface s, Frame f, int e, Status st, double period) {
        RenderScene sc = f.scene;
        Viewport v = f.vp;
        geo.compute(sc, e);
        if (geo.loop) {
            double cx = v.toScreenX(geo.loopX), cy = v.toScreenY(geo.loopY), r = geo.loopR * v.scale();
            int seg = 24;
            s.moveTo(cx + r, cy);
            for (int i = 1; i <= seg; i++) {
                double t = 2 * Math.PI * i / seg;
                s.lineTo(cx + r * Math.cos(t), cy + r * Math.sin(t));
            }
            return;
        }
        int a = sc.from(e), b = sc.to(e);
        double x1 = f.sx(a), y1 = f.sy(a), x2 = f.sx(b), y2 = f.sy(b);
        double cx = v.toScreenX(geo.cx), cy = v.toScreenY(geo.cy);
        if (geo.straight) {
            if (!f.cull) {
                tClip[0] = 0;
                tClip[1] = 1;
            } else if (!clip(x1, y1, x2, y2, -CLIP_MARGIN, -CLIP_MARGIN, f.width + CLIP_MARGIN, f.height + CLIP_MARGIN)) {
                return;
            }
            double len = Math.hypot(x2 - x1, y2 - y1);
            double t0 = tClip[0], t1 = tClip[1];
            if (period > 0 && t0 > 0 && len > 0) t0 = Math.floor(t0 * len / period) * period / len;
            s.moveTo(x1 + (x2 - x1) * t0, y1 + (y2 - y1) * t0);
            s.lineTo(x1 + (x2 - x1) * t1, y1 + (y2 - y1) * t1);
        } else {
            s.moveTo(x1, y1);
            s.quadTo(cx, cy, x2, y2);
        }
        if (EdgeStyle.struck(st)) strike(s, st, x1, y1, cx, cy, x2, y2);
    }

    private static final double CLIP_MARGIN = 20;
    private final double[] tClip = new double[2];

    /** Liang–Barsky: the parameter range of the segment inside the rectangle into {@link #tClip}; false if none. */
    private boolean clip(double x1, double y1, double x2, double y2, double minX, double minY, double maxX, double maxY) {
        double t0 = 0, t1 = 1, dx = x2 - x1, dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return false;
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                if (t > t1) return false;
                if (t > t0) t0 = t;
            } else {
                if (t < t0) return false;
                if (t < t1) t1 = t;
            }
        }
        tClip[0] = t0;
        tClip[1] = t1;
        return true;
    }

    private static void strike(Surface s, Status st, double x1, double y1, double cx, double cy, double x2, double y2) {
        double mx = EdgeGeometry.quad(x1, cx, x2, 0.5), my = EdgeGeometry.quad(y1, cy, y2, 0.5);
        double dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy);
        if (len < 24) return;
        double ux = dx / len * 5, uy = dy / len * 5;
        if (st == Status.CANCELLED) {
            s.moveTo(mx - ux - uy, my - uy + ux);
            s.lineTo(mx + ux + uy, my + uy - ux);
            s.moveTo(mx + ux - uy, my + uy + ux);
            s.lineTo(mx - ux + uy, my - uy - ux);
        } else {
            s.moveTo(mx - uy, my + ux);
            s.lineTo(mx + uy, my - ux);
        }
    }

    /** Computes the arrowhead at the target end into {@link #tri}; false when the edge is too short for one. */
    private boolean arrowTriangle(Frame f, int e) {
        RenderScene sc = f.scene;
        int a = sc.from(e), b = sc.to(e);
        if (a == b) return false;
        Viewport v = f.vp;
        geo.compute(sc, e);
        double bx = f.sx(b), by = f.sy(b);
        double ox = geo.straight ? f.sx(a) : v.toScreenX(geo.cx);
        double oy = geo.straight ? f.sy(a) : v.toScreenY(geo.cy);
        double dx = bx - ox, dy = by - oy, len = Math.hypot(dx, dy);
        if (len < GraphPainter.ARROW_MIN_EDGE_PX) return false;
        double rb = Math.max(GraphPainter.MIN_NODE_PX, sc.radius(b) * v.scale());
        if (len < rb + GraphPainter.ARROW_LENGTH * 2) return false;
        double ux = dx / len, uy = dy / len;
        double tipX = bx - ux * (rb + 1), tipY = by - uy * (rb + 1);
        double baseX = tipX - ux * GraphPainter.ARROW_LENGTH, baseY = tipY - uy * GraphPainter.ARROW_LENGTH;
        double w = GraphPainter.ARROW_LENGTH * 0.42;
        tri[0] = tipX;
        tri[1] = tipY;
        tri[2] = baseX - uy * w;
        tri[3] = baseY + ux * w;
        tri[4] = baseX + uy * w;
        tri[5] = baseY - ux * w;
        return true;
    }
}
