package org.spacecoop.core.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries positions from a scene to the scene of an edited graph, so an edit does not lay the graph out again:
 * nodes that stay keep their place (matched by id), a new node goes to the middle of its placed neighbours, or to
 * a given point (the centre of the view) when it has none.
 */
public final class ScenePositions {

    private ScenePositions() {
    }

    /**
     * Gives the scene of an edited graph the places of the scene shown (either may be null: nothing to do), a new
     * node with no placed neighbour going to the middle of the view ({@code width} × {@code height} on screen).
     */
    public static void keep(GraphScene shown, GraphScene next, Viewport view, double width, double height) {
        if (shown == null || next == null) return;
        carryOver(shown.scene(), next.scene(), view.toWorldX(width / 2), view.toWorldY(height / 2));
    }

    /** Sets {@code next}'s positions from {@code previous}; returns the number of nodes placed anew. */
    public static int carryOver(RenderScene previous, RenderScene next, double centreX, double centreY) {
        Map<String, Integer> before = new HashMap<>(previous.nodeCount() * 2);
        for (int i = 0; i < previous.nodeCount(); i++) before.put(previous.nodeId(i), i);
        int n = next.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] placed = new boolean[n];
        int fresh = 0;
        for (int i = 0; i < n; i++) {
            Integer old = before.get(next.nodeId(i));
            if (old == null) {
                fresh++;
                continue;
            }
            x[i] = previous.x(old);
            y[i] = previous.y(old);
            placed[i] = true;
        }
        if (fresh > 0) placeNew(next, x, y, placed, centreX, centreY);
        next.setPositions(x, y);
        return fresh;
    }

    private static void placeNew(RenderScene s, double[] x, double[] y, boolean[] placed, double cx, double cy) {
        int n = s.nodeCount();
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        int[] count = new int[n];
        for (int e = 0; e < s.edgeCount(); e++) {
            int a = s.from(e);
            int b = s.to(e);
            if (!placed[a] && placed[b]) add(sumX, sumY, count, a, x[b], y[b]);
            if (!placed[b] && placed[a]) add(sumX, sumY, count, b, x[a], y[a]);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (placed[i]) continue;
            // a little off the point, so two new nodes (or a node and its one neighbour) do not sit on each other
            double angle = 2.399963 * k++; // golden angle: successive nodes spread round the point
            double r = 40 + 6 * k;
            double px = count[i] > 0 ? sumX[i] / count[i] : cx;
            double py = count[i] > 0 ? sumY[i] / count[i] : cy;
            x[i] = px + r * Math.cos(angle);
            y[i] = py + r * Math.sin(angle);
        }
    }

    private static void add(double[] sx, double[] sy, int[] c, int i, double px, double py) {
        sx[i] += px;
        sy[i] += py;
        c[i]++;
    }
}
