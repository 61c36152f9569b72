package org.spacecoop.core.render;

/**
 * The world-to-screen transform: {@code screen = world * scale + translate}. Immutable; every change returns a
 * new viewport, so a frame can be painted from one consistent snapshot.
 */
public record Viewport(double scale, double translateX, double translateY) {

    public static final double MIN_SCALE = 1e-4;
    public static final double MAX_SCALE = 1e3;

    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be > 0: " + scale);
    }

    public double toScreenX(double worldX) {
        return worldX * scale + translateX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + translateY;
    }

    public double toWorldX(double screenX) {
        return (screenX - translateX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - translateY) / scale;
    }

    /** A screen length in world units. */
    public double toWorldLength(double screenLength) {
        return screenLength / scale;
    }

    /** Zooms by {@code factor} keeping the world point under (screenX, screenY) in place; scale is clamped. */
    public Viewport zoomAround(double factor, double screenX, double screenY) {
        double newScale = clampScale(scale * factor);
        double wx = toWorldX(screenX);
        double wy = toWorldY(screenY);
        return new Viewport(newScale, screenX - wx * newScale, screenY - wy * newScale);
    }

    public Viewport panBy(double dxScreen, double dyScreen) {
        return new Viewport(scale, translateX + dxScreen, translateY + dyScreen);
    }

    /** Moves the view so that the world point appears at the screen point. */
    public Viewport centerOn(double worldX, double worldY, double screenX, double screenY) {
        return new Viewport(scale, screenX - worldX * scale, screenY - worldY * scale);
    }

    /**
     * The viewport that shows the world rectangle centred in a width×height screen with {@code margin} pixels
     * on every side. An empty or degenerate rectangle is centred at scale 1 (or the scale that fits its non-zero side).
     */
    public static Viewport fit(double minX, double minY, double maxX, double maxY, double width, double height,
                               double margin) {
        double availW = Math.max(1, width - 2 * margin);
        double availH = Math.max(1, height - 2 * margin);
        double w = maxX - minX;
        double h = maxY - minY;
        double s;
        if (!(w > 0) && !(h > 0)) s = 1;
        else if (!(w > 0)) s = availH / h;
        else if (!(h > 0)) s = availW / w;
        else s = Math.min(availW / w, availH / h);
        s = clampScale(s);
        double cx = Double.isFinite(minX + maxX) ? (minX + maxX) / 2 : 0;
        double cy = Double.isFinite(minY + maxY) ? (minY + maxY) / 2 : 0;
        return new Viewport(s, width / 2 - cx * s, height / 2 - cy * s);
    }

    /** Fits world bounds; see {@link #fit(double, double, double, double, double, double, double)}. */
    public static Viewport fit(Bounds b, double width, double height, double margin) {
        return fit(b.minX(), b.minY(), b.maxX(), b.maxY(), width, height, margin);
    }

    /** The world rectangle seen in a width×height screen. */
    public Bounds visibleWorld(double width, double height) {
        return new Bounds(toWorldX(0), toWorldY(0), toWorldX(width), toWorldY(height));
    }

    private static double clampScale(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    /** An axis-aligned rectangle. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {
        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }

        public boolean isEmpty() {
            return !(maxX >= minX && maxY >= minY);
        }

        public boolean intersects(double x0, double y0, double x1, double y1) {
            return x1 >= minX && x0 <= maxX && y1 >= minY && y0 <= maxY;
        }
    }
}
