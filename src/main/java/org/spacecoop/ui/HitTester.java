package org.spacecoop.ui;

import java.util.Optional;

import javafx.geometry.Point2D;

import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;

/** Finds the node or edge under a screen point. Linear scan; to be replaced by render's SpatialIndex. */
final class HitTester {

    /** Extra pixels around a node that still count as a hit. */
    static final double NODE_SLOP_PX = 3;
    /** How far (px) from an edge's line a click still selects it. */
    static final double EDGE_SLOP_PX = 5;

    void reset() {
    }

    int nodeAt(RenderScene s, Viewport v, double x, double y) {
        double wx = v.toWorldX(x), wy = v.toWorldY(y);
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.nodeCount(); i++) {
            if (!s.isNodeVisible(i)) continue;
            double d = Math.hypot(s.x(i) - wx, s.y(i) - wy);
            double reach = s.radius(i) * 1.2 + v.toWorldLength(NODE_SLOP_PX);
            if (d <= reach && d < bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    int edgeAt(RenderScene s, Viewport v, double x, double y) {
        double wx = v.toWorldX(x), wy = v.toWorldY(y);
        double tol = v.toWorldLength(EDGE_SLOP_PX);
        int best = -1;
        double bestD = tol;
        for (int e = 0; e < s.edgeCount(); e++) {
            if (!s.isEdgeVisible(e) || s.from(e) == s.to(e)) continue;
            double d = Math.sqrt(segDistSq(wx, wy, s.x(s.from(e)), s.y(s.from(e)), s.x(s.to(e)), s.y(s.to(e))));
            if (d <= bestD) {
                best = e;
                bestD = d;
            }
        }
        return best;
    }

    Optional<Point2D> midpoint(RenderScene s, int e) {
        return Optional.of(new Point2D((s.x(s.from(e)) + s.x(s.to(e))) / 2, (s.y(s.from(e)) + s.y(s.to(e))) / 2));
    }

    private static double segDistSq(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1;
        double l2 = dx * dx + dy * dy;
        double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / l2));
        double qx = x1 + t * dx - px, qy = y1 + t * dy - py;
        return qx * qx + qy * qy;
    }
}
