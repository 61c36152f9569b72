package org.spacecoop.core.render;

/**
 * Where an edge runs in world coordinates, shared by the painter and hit-testing so both agree. A lone edge is a
 * straight segment; parallel edges between the same pair bend to alternate sides as quadratic curves whose bulge
 * is proportional to the edge length (so the picture looks the same at every zoom); a self-loop is a circle
 * resting on top of its node, larger for each further loop.
 */
final class EdgeGeometry {

    /** Control point of the quadratic curve (the midpoint for straight edges). */
    double cx;
    double cy;
    boolean straight;
    boolean loop;
    /** For loops: circle centre and radius. */
    double loopX;
    double loopY;
    double loopR;

    /** Fills this object for edge e of the scene; returns it for chaining. */
    EdgeGeometry compute(RenderScene s, int e) {
        int a = s.from(e);
        int b = s.to(e);
        if (a == b) {
            double r = s.radius(a);
            loop = true;
            straight = false;
            loopR = r * (0.7 + 0.45 * s.parallelIndex(e));
            loopX = s.x(a);
            loopY = s.y(a) - r * 0.6 - loopR;
            return this;
        }
        loop = false;
        double x1 = s.x(a), y1 = s.y(a), x2 = s.x(b), y2 = s.y(b);
        int count = s.parallelCount(e);
        double k = s.parallelIndex(e) - (count - 1) / 2.0;
        if (count <= 1 || k == 0) {
            straight = true;
            cx = (x1 + x2) / 2;
            cy = (y1 + y2) / 2;
            return this;
        }
        straight = false;
        // Normal of the canonical direction (low index to high) so both directions of a pair bend apart.
        double dx, dy;
        if (a < b) {
            dx = x2 - x1;
            dy = y2 - y1;
        } else {
            dx = x1 - x2;
            dy = y1 - y2;
        }
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            cx = x1;
            cy = y1;
            return this;
        }
        double spacing = Math.min(0.22, 1.0 / count);
        double bulge = k * spacing * len;
        // A quadratic's apex lies halfway to its control point, so double the bulge.
        cx = (x1 + x2) / 2 + (-dy / len) * 2 * bulge;
        cy = (y1 + y2) / 2 + (dx / len) * 2 * bulge;
        return this;
    }

    /** Point on the quadratic at t in [0,1]. */
    static double quad(double p0, double c, double p1, double t) {
        double u = 1 - t;
        return u * u * p0 + 2 * u * t * c + t * t * p1;
    }

    /** Squared distance from (px,py) to segment (x1,y1)-(x2,y2). */
    static double segmentDistSq(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1;
        double l2 = dx * dx + dy * dy;
        double t = l2 == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / l2;
        t = Math.max(0, Math.min(1, t));
        double qx = x1 + t * dx - px, qy = y1 + t * dy - py;
        return qx * qx + qy * qy;
    }

    /** Distance (world units) from a point to this edge's drawn line. */
    double distance(RenderScene s, int e, double px, double py) {
        if (loop) return Math.abs(Math.hypot(px - loopX, py - loopY) - loopR);
        int a = s.from(e), b = s.to(e);
        double x1 = s.x(a), y1 = s.y(a), x2 = s.x(b), y2 = s.y(b);
        if (straight) return Math.sqrt(segmentDistSq(px, py, x1, y1, x2, y2));
        double best = Double.POSITIVE_INFINITY;
        double lx = x1, ly = y1;
        for (int i = 1; i <= SEGMENTS; i++) {
            double t = i / (double) SEGMENTS;
            double qx = quad(x1, cx, x2, t), qy = quad(y1, cy, y2, t);
            best = Math.min(best, segmentDistSq(px, py, lx, ly, qx, qy));
            lx = qx;
            ly = qy;
        }
        return Math.sqrt(best);
    }

    static final int SEGMENTS = 12;
}
