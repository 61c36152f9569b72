package org.spacecoop.core.render;

/**
 * An abstract drawing surface in screen (pixel) coordinates. The painter draws through this interface only, so
 * the JavaFX canvas, a PNG (Java2D) and an SVG (jfreesvg) get exactly the same picture.
 *
 * <p>Colours are ARGB ints (see {@link Argb}). State set here (colours, alpha, line width, dash, font) stays until
 * changed; {@link #save()}/{@link #restore()} bracket transforms and clips. Text is drawn with its baseline at y.
 */
public interface Surface {

    void setFill(int argb);

    void setStroke(int argb);

    /** Multiplies every later drawing's alpha (0..1). */
    void setGlobalAlpha(double alpha);

    void setLineWidth(double width);

    /** Dash lengths in pixels (on, off, on, …); none or null for a solid line. */
    void setLineDash(double... dashes);

    /** Font size in pixels; the family is chosen per text by the surface (see {@link FontFallback}). */
    void setFont(double sizePx, boolean bold);

    void strokeLine(double x1, double y1, double x2, double y2);

    void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2);

    /** Starts a path that collects segments until {@link #strokePath()} or {@link #fillPath()} (for batching). */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadTo(double cx, double cy, double x, double y);

    void closePath();

    void strokePath();

    void fillPath();

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void fillCircle(double cx, double cy, double r);

    void strokeCircle(double cx, double cy, double r);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    /** Draws text with the current font and fill colour; (x, y) is the left end of the baseline. */
    void fillText(String text, double x, double y);

    /** Advance width of the text in the current font, in pixels. */
    double textWidth(String text);

    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double sx, double sy);

    void clipRect(double x, double y, double w, double h);

    /** Opens a group for one node or edge (an SVG {@code <g id class>}); screen surfaces ignore it. */
    default void beginGroup(String id, String cssClass) {
    }

    default void endGroup() {
    }

    /** True when groups are kept (SVG): the painter then draws element by element instead of batching paths. */
    default boolean keepsGroups() {
        return false;
    }

    /**
     * Whether one long path is cheaper than many short ones (JavaFX canvas: yes). Java2D's anti-aliasing rasteriser
     * works over the bounding box of each shape, so one screen-wide path per style costs far more than many small ones.
     */
    default boolean prefersBatchedPaths() {
        return true;
    }
}
