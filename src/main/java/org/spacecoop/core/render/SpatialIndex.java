package org.spacecoop.core.render;

import java.util.Arrays;

/**
 * Hit-testing over a scene's visible nodes and edges in world coordinates, on two uniform grids stored as flat
 * arrays (cell start offsets + items). Nodes sit in the cell of their centre; the cell is at least as large as the
 * largest radius, so a point's 3×3 block holds every disc that can contain it. Edges are walked along their drawn
 * line (curves sampled) and entered in every cell they cross. Build once per layout snapshot (O(n + m), off the FX
 * thread if large); queries touch a few cells. Immutable after construction; positions are copied.
 */
public final class SpatialIndex {

    private final RenderScene scene;
    private final double[] x;
    private final double[] y;
    private final float[] r;
    private final Grid nodes;
    private final Grid edges;
    private final EdgeGeometry geo = new EdgeGeometry();
    private final int[] stamp;
    private int stampValue;

    private SpatialIndex(RenderScene s) {
        scene = s;
        int n = s.nodeCount();
        x = new double[n];
        y = new double[n];
        r = new float[n];
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY, maxR = 0;
        int visible = 0;
        for (int i = 0; i < n; i++) {
            x[i] = s.x(i);
            y[i] = s.y(i);
            r[i] = (float) s.radius(i);
            if (!s.isNodeVisible(i)) continue;
            visible++;
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
            maxR = Math.max(maxR, r[i]);
        }
        if (visible == 0) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        double area = Math.max(1e-9, (maxX - minX) * (maxY - minY));
        // About one node per cell on average, never smaller than the largest diameter.
        double cell = Math.max(2 * maxR, Math.sqrt(area / Math.max(1, visible)));
        if (!(cell > 0)) cell = 1;
        nodes = new Grid(minX - maxR, minY - maxR, maxX + maxR, maxY + maxR, cell, visible);
        for (int i = 0; i < n; i++) if (s.isNodeVisible(i)) nodes.count(nodes.cellOf(x[i], y[i]));
        nodes.allocate();
        for (int i = 0; i < n; i++) if (s.isNodeVisible(i)) nodes.put(nodes.cellOf(x[i], y[i]), i);
        edges = buildEdgeGrid(s, minX, minY, maxX, maxY, cell, maxR);
        stamp = new int[s.edgeCount()];
    }

    /** Indexes the scene's current positions and visibility. */
    public static SpatialIndex build(RenderScene scene) {
        return new SpatialIndex(scene);
    }

    /** The visible node whose shape contains the world point (the one with the nearest centre), or -1. */
    public int nodeAt(double wx, double wy) {
        return nodeAt(wx, wy, 0);
    }

    /** Like {@link #nodeAt(double, double)} with the radius grown by {@code tolerance} world units. */
    public int nodeAt(double wx, double wy, double tolerance) {
        int cx = nodes.col(wx), cy = nodes.row(wy);
        int reach = 1 + (int) Math.ceil(tolerance / nodes.cell);
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int gy = Math.max(0, cy - reach); gy <= Math.min(nodes.rows - 1, cy + reach); gy++) {
            for (int gx = Math.max(0, cx - reach); gx <= Math.min(nodes.cols - 1, cx + reach); gx++) {
                int c = gy * nodes.cols + gx;
                for (int k = nodes.start[c]; k < nodes.start[c + 1]; k++) {
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

    /** The visible edge nearest to the world point within {@code tolerance} world units, or -1. Not thread-safe. */
    public int edgeAt(double wx, double wy, double tolerance) {
        if (edges == null) return -1;
        int cx = edges.col(wx), cy = edges.row(wy);
        int reach = 1 + (int) Math.ceil(tolerance / edges.cell);
        if (++stampValue == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            stampValue = 1;
        }
        int best = -1;
        double bestD = tolerance;
        for (int gy = Math.max(0, cy - reach); gy <= Math.min(edges.rows - 1, cy + reach); gy++) {
            for (int gx = Math.max(0, cx - reach); gx <= Math.min(edges.cols - 1, cx + reach); gx++) {
                int c = gy * edges.cols + gx;
                for (int k = edges.start[c]; k < edges.start[c + 1]; k++) {
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

    private Grid buildEdgeGrid(RenderScene s, double minX, double minY, double maxX, double maxY, double cell,
                               double maxR) {
        int m = s.edgeCount();
        if (m == 0) return null;
        // Long edges (e.g. before layout) would enter many cells: grow the cell with the mean edge length.
        double total = 0;
        int counted = 0;
        for (int e = 0; e < m; e++) {
            if (!s.isEdgeVisible(e)) continue;
            total += Math.hypot(x[s.to(e)] - x[s.from(e)], y[s.to(e)] - y[s.from(e)]);
            counted++;
        }
        double edgeCell = Math.max(cell, counted == 0 ? cell : total / counted / 4);
        double pad = 4 * maxR + edgeCell;
        Grid g = new Grid(minX - pad, minY - pad, maxX + pad, maxY + pad, edgeCell, m * 2);
        for (int pass = 0; pass < 2; pass++) {
            for (int e = 0; e < m; e++) {
                if (!s.isEdgeVisible(e)) continue;
                walk(g, s, e, pass == 1);
            }
            if (pass == 0) g.allocate();
        }
        return g;
    }

    /** Visits the cells along the edge's drawn line, counting (pass 1) or storing (pass 2) it in each. */
    private void walk(Grid g, RenderScene s, int e, boolean store) {
        geo.compute(s, e);
        int last = -1;
        double step = g.cell * 0.5;
        if (geo.loop) {
            int samples = Math.max(8, (int) Math.ceil(2 * Math.PI * geo.loopR / step));
            for (int k = 0; k <= samples; k++) {
                double t = 2 * Math.PI * k / samples;
                last = visit(g, g.cellOf(geo.loopX + geo.loopR * Math.cos(t), geo.loopY + geo.loopR * Math.sin(t)), last, e, store);
            }
            return;
        }
        int a = s.from(e), b = s.to(e);
        double x1 = x[a], y1 = y[a], x2 = x[b], y2 = y[b];
        double len = Math.hypot(x2 - x1, y2 - y1) + Math.hypot(geo.cx - (x1 + x2) / 2, geo.cy - (y1 + y2) / 2);
        int samples = Math.max(1, (int) Math.ceil(len / step));
        for (int k = 0; k <= samples; k++) {
            double t = k / (double) samples;
            double px = geo.straight ? x1 + (x2 - x1) * t : EdgeGeometry.quad(x1, geo.cx, x2, t);
            double py = geo.straight ? y1 + (y2 - y1) * t : EdgeGeometry.quad(y1, geo.cy, y2, t);
            last = visit(g, g.cellOf(px, py), last, e, store);
        }
    }

    private static int visit(Grid g, int cell, int last, int e, boolean store) {
        if (cell == last) return last;
        if (store) g.put(cell, e);
        else g.count(cell);
        return cell;
    }

    /** A uniform grid as counting-sort arrays: items of cell c are items[start[c] .. start[c+1]). */
    private static final class Grid {
        final double x0;
        final double y0;
        final double cell;
        final int cols;
        final int rows;
        int[] start;
        int[] fill;
        int[] items;

        Grid(double minX, double minY, double maxX, double maxY, double cellSize, int expected) {
            // Cap the number of cells near the number of items so memory stays linear.
            long maxCells = Math.max(64, 2L * expected);
            double c = cellSize;
            while ((long) Math.ceil((maxX - minX) / c + 1) * (long) Math.ceil((maxY - minY) / c + 1) > maxCells) c *= 1.5;
            x0 = minX;
            y0 = minY;
            cell = c;
            cols = (int) Math.ceil((maxX - minX) / c) + 1;
            rows = (int) Math.ceil((maxY - minY) / c) + 1;
            start = new int[cols * rows + 1];
        }

        int col(double px) {
            return Math.max(0, Math.min(cols - 1, (int) Math.floor((px - x0) / cell)));
        }

        int row(double py) {
            return Math.max(0, Math.min(rows - 1, (int) Math.floor((py - y0) / cell)));
        }

        int cellOf(double px, double py) {
            return row(py) * cols + col(px);
        }

        void count(int c) {
            start[c + 1]++;
        }

        void allocate() {
            for (int c = 0; c < cols * rows; c++) start[c + 1] += start[c];
            items = new int[start[cols * rows]];
            fill = Arrays.copyOf(start, start.length - 1);
        }

        void put(int c, int item) {
            items[fill[c]++] = item;
        }
    }
}
