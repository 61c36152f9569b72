package org.spacecoop.core.render;

import java.util.Arrays;

/**
 * Hit-testing over a scene's visible nodes and edges in world coordinates, on two sparse grids ({@link HashGrid}):
 * only occupied cells exist, so outliers far from the rest do not coarsen the grid. Cells are sized from the
 * typical node radius and edge length. A node is entered in every cell its disc's box covers, so a click looks at
 * one cell; an edge is entered in every cell its drawn line crosses (curves as polylines). Build
 * once per layout snapshot (O(n + m), fine off the FX thread); immutable afterwards, positions
 * are copied. {@link #edgeAt} is not thread-safe (it reuses a scratch buffer).
 */
public final class SpatialIndex {

    private final RenderScene scene;
    private final double[] x;
    private final double[] y;
    private final float[] r;
    private final HashGrid nodes;
    private final HashGrid edges;
    private final EdgeGeometry geo = new EdgeGeometry();
    private final int[] stamp;
    private int stampValue;

    private SpatialIndex(RenderScene s) {
        scene = s;
        int n = s.nodeCount();
        x = new double[n];
        y = new double[n];
        r = new float[n];
        int visible = 0;
        for (int i = 0; i < n; i++) {
            x[i] = s.x(i);
            y[i] = s.y(i);
            r[i] = (float) s.radius(i);
            if (s.isNodeVisible(i)) visible++;
        }
        double nodeCell = Math.max(1e-6, 2 * percentile(r, 0.9, s));
        nodes = new HashGrid(nodeCell, visible);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                if (!s.isNodeVisible(i)) continue;
                int x0 = nodes.cx(x[i] - r[i]), x1 = nodes.cx(x[i] + r[i]);
                int y0 = nodes.cx(y[i] - r[i]), y1 = nodes.cx(y[i] + r[i]);
                for (int cy = y0; cy <= y1; cy++) {
                    for (int cx = x0; cx <= x1; cx++) {
                        if (pass == 0) nodes.count(cx, cy);
                        else nodes.put(cx, cy, i);
                    }
                }
            }
            if (pass == 0) nodes.allocate();
        }
        edges = s.edgeCount() == 0 ? null : buildEdgeGrid(s);
        stamp = new int[s.edgeCount()];
    }

    /** Indexes the scene's current positions and visibility. */
    public static SpatialIndex build(RenderScene scene) {
        return new SpatialIndex(scene);
    }

    /** The visible node whose disc contains the world point (the one with the nearest centre), or -1. */
    public int nodeAt(double wx, double wy) {
        return nodeAt(wx, wy, 0);
    }

    /** Like {@link #nodeAt(double, double)} with the radius grown by {@code tolerance} world units. */
    public int nodeAt(double wx, double wy, double tolerance) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        int x0 = nodes.cx(wx - tolerance), x1 = nodes.cx(wx + tolerance);
        int y0 = nodes.cx(wy - tolerance), y1 = nodes.cx(wy + tolerance);
        for (int cy = y0; cy <= y1; cy++) {
            for (int cx = x0; cx <= x1; cx++) {
                int slot = nodes.slot(cx, cy);
                if (slot < 0) continue;
                for (int k = nodes.start(slot), end = nodes.end(slot); k < end; k++) {
                    int i = nodes.items[k];
                    double dx = wx - x[i], dy = wy - y[i];
                    double d2 = dx * dx + dy * dy;
                    double rr = r[i] + tolerance;
                    if (d2 <= rr * rr && d2 < bestD) {
                        bestD = d2;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    /** The visible edge nearest to the world point within {@code tolerance} world units, or -1. */
    public int edgeAt(double wx, double wy, double tolerance) {
        if (edges == null) return -1;
        if (++stampValue == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            stampValue = 1;
        }
        // A hair more than the tolerance, for lines that only touch a cell's corner.
        double reach = tolerance + edges.cell * 1e-6;
        int x0 = edges.cx(wx - reach), x1 = edges.cx(wx + reach);
        int y0 = edges.cx(wy - reach), y1 = edges.cx(wy + reach);
        int best = -1;
        double bestD = tolerance;
        for (int cy = y0; cy <= y1; cy++) {
            for (int cx = x0; cx <= x1; cx++) {
                int slot = edges.slot(cx, cy);
                if (slot < 0) continue;
                for (int k = edges.start(slot), end = edges.end(slot); k < end; k++) {
                    int e = edges.items[k];
                    if (stamp[e] == stampValue) continue;
                    stamp[e] = stampValue;
                    double d = geo.compute(scene, e).distance(scene, e, wx, wy);
                    if (d <= bestD) {
                        bestD = d;
                        best = e;
                    }
                }
            }
        }
        return best;
    }

    /** Screen-space convenience: the node under a screen point. */
    public int nodeAtScreen(Viewport vp, double sx, double sy, double tolerancePx) {
        return nodeAt(vp.toWorldX(sx), vp.toWorldY(sy), vp.toWorldLength(tolerancePx));
    }

    /** Screen-space convenience: the edge within {@code tolerancePx} pixels of a screen point. */
    public int edgeAtScreen(Viewport vp, double sx, double sy, double tolerancePx) {
        return edgeAt(vp.toWorldX(sx), vp.toWorldY(sy), vp.toWorldLength(tolerancePx));
    }

    private HashGrid buildEdgeGrid(RenderScene s) {
        int m = s.edgeCount();
        double total = 0;
        int visible = 0;
        for (int e = 0; e < m; e++) {
            if (!s.isEdgeVisible(e)) continue;
            total += Math.hypot(x[s.to(e)] - x[s.from(e)], y[s.to(e)] - y[s.from(e)]);
            visible++;
        }
        // About 16 cell entries per edge on average: cells small enough that few edges share one, even in a
        // hairball of long edges, at a bounded memory cost (~64 bytes per edge).
        double cell = visible == 0 || total == 0 ? 1 : total / (ENTRIES_PER_EDGE * (double) visible);
        HashGrid g = new HashGrid(Math.max(1e-6, cell), visible * ENTRIES_PER_EDGE);
        for (int pass = 0; pass < 2; pass++) {
            for (int e = 0; e < m; e++) if (s.isEdgeVisible(e)) walk(g, s, e, pass == 1);
            if (pass == 0) g.allocate();
        }
        return g;
    }

    private static final int ENTRIES_PER_EDGE = 16;
    private static final int CURVE_PIECES = 8;
    private long lastKey;

    /** Enters the edge in every cell its drawn line passes through (curves and loops as polylines). */
    private void walk(HashGrid g, RenderScene s, int e, boolean store) {
        geo.compute(s, e);
        lastKey = Long.MIN_VALUE;
        if (geo.loop) {
            int pieces = 16;
            double px = geo.loopX + geo.loopR, py = geo.loopY;
            for (int k = 1; k <= pieces; k++) {
                double t = 2 * Math.PI * k / pieces;
                double qx = geo.loopX + geo.loopR * Math.cos(t), qy = geo.loopY + geo.loopR * Math.sin(t);
                traverse(g, px, py, qx, qy, e, store);
                px = qx;
                py = qy;
            }
            return;
        }
        int a = s.from(e), b = s.to(e);
        double x1 = x[a], y1 = y[a], x2 = x[b], y2 = y[b];
        if (geo.straight) {
            traverse(g, x1, y1, x2, y2, e, store);
            return;
        }
        double px = x1, py = y1;
        for (int k = 1; k <= CURVE_PIECES; k++) {
            double t = k / (double) CURVE_PIECES;
            double qx = EdgeGeometry.quad(x1, geo.cx, x2, t), qy = EdgeGeometry.quad(y1, geo.cy, y2, t);
            traverse(g, px, py, qx, qy, e, store);
            px = qx;
            py = qy;
        }
    }

    /** Visits every cell the segment crosses (Amanatides–Woo), skipping a repeat of the previous cell. */
    private void traverse(HashGrid g, double x1, double y1, double x2, double y2, int e, boolean store) {
        int cx = g.cx(x1), cy = g.cx(y1);
        int ex = g.cx(x2), ey = g.cx(y2);
        double dx = x2 - x1, dy = y2 - y1;
        int stepX = dx > 0 ? 1 : -1, stepY = dy > 0 ? 1 : -1;
        double tMaxX = dx != 0 ? ((stepX > 0 ? (cx + 1.0) * g.cell : cx * g.cell) - x1) / dx : Double.POSITIVE_INFINITY;
        double tMaxY = dy != 0 ? ((stepY > 0 ? (cy + 1.0) * g.cell : cy * g.cell) - y1) / dy : Double.POSITIVE_INFINITY;
        double tDeltaX = dx != 0 ? g.cell / Math.abs(dx) : Double.POSITIVE_INFINITY;
        double tDeltaY = dy != 0 ? g.cell / Math.abs(dy) : Double.POSITIVE_INFINITY;
        visit(g, cx, cy, e, store);
        long guard = (long) Math.abs((long) ex - cx) + Math.abs((long) ey - cy) + 2;
        while ((cx != ex || cy != ey) && guard-- > 0) {
            if (tMaxX < tMaxY) {
                tMaxX += tDeltaX;
                cx += stepX;
            } else {
                tMaxY += tDeltaY;
                cy += stepY;
            }
            visit(g, cx, cy, e, store);
        }
    }

    private void visit(HashGrid g, int cx, int cy, int e, boolean store) {
        long key = HashGrid.key(cx, cy);
        if (key == lastKey) return;
        lastKey = key;
        if (store) g.put(cx, cy, e);
        else g.count(cx, cy);
    }

    /** A percentile of the values (of visible nodes when a scene is given), from a sample of at most 4096. */
    private static double percentile(float[] values, double p, RenderScene visibleIn) {
        int n = values.length;
        int stride = Math.max(1, n / 4096);
        float[] sample = new float[(n + stride - 1) / stride];
        int k = 0;
        for (int i = 0; i < n; i += stride) if (visibleIn == null || visibleIn.isNodeVisible(i)) sample[k++] = values[i];
        if (k == 0) return 1;
        Arrays.sort(sample, 0, k);
        return sample[Math.min(k - 1, (int) (p * k))];
    }
}
