package org.spacecoop.core.render;

import java.util.Objects;

/**
 * How to export an image. Scope: the current view (the on-screen viewport and canvas size) or the whole visible
 * graph fitted into {@link #WHOLE_GRAPH_WIDTH} pixels at 1×. Size: a scale factor (1, 2, 4…) or, when
 * {@code pixelWidth} &gt; 0, that exact width in pixels. Background: an ARGB colour, 0 for transparent.
 */
public record ImageOptions(Scope scope, Viewport viewport, double viewWidth, double viewHeight, double scale,
                           int pixelWidth, int background, boolean legend, Caption caption, Palette palette) {

    public enum Scope { CURRENT_VIEW, WHOLE_GRAPH }

    public static final double WHOLE_GRAPH_WIDTH = 1600;
    /** Largest side of an exported image, in pixels. */
    public static final int MAX_SIDE = 20000;

    public ImageOptions {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(palette);
        if (scope == Scope.CURRENT_VIEW) {
            Objects.requireNonNull(viewport, "viewport");
            if (!(viewWidth > 0 && viewHeight > 0)) throw new IllegalArgumentException("view size must be positive");
        }
        if (!(scale > 0) || scale > 16) throw new IllegalArgumentException("scale must be in (0, 16]: " + scale);
        if (pixelWidth < 0 || pixelWidth > MAX_SIDE) throw new IllegalArgumentException("pixel width must be 1.." + MAX_SIDE);
    }

    /** The whole graph, 1×, light palette background, no legend or caption. */
    public static ImageOptions wholeGraph() {
        Palette p = Palette.light();
        return new ImageOptions(Scope.WHOLE_GRAPH, null, 0, 0, 1, 0, p.background(), false, null, p);
    }

    /** What the canvas shows: this viewport over a canvas of this size. */
    public static ImageOptions currentView(Viewport vp, double width, double height) {
        Palette p = Palette.light();
        return new ImageOptions(Scope.CURRENT_VIEW, vp, width, height, 1, 0, p.background(), false, null, p);
    }

    public ImageOptions withScale(double s) {
        return new ImageOptions(scope, viewport, viewWidth, viewHeight, s, 0, background, legend, caption, palette);
    }

    public ImageOptions withPixelWidth(int px) {
        return new ImageOptions(scope, viewport, viewWidth, viewHeight, 1, px, background, legend, caption, palette);
    }

    public ImageOptions withBackground(int argb) {
        return new ImageOptions(scope, viewport, viewWidth, viewHeight, scale, pixelWidth, argb, legend, caption, palette);
    }

    public ImageOptions transparent() {
        return withBackground(0);
    }

    public ImageOptions withLegend(boolean on) {
        return new ImageOptions(scope, viewport, viewWidth, viewHeight, scale, pixelWidth, background, on, caption, palette);
    }

    public ImageOptions withCaption(Caption c) {
        return new ImageOptions(scope, viewport, viewWidth, viewHeight, scale, pixelWidth, background, legend, c, palette);
    }

    /** Sets the palette and, unless transparent, its background. */
    public ImageOptions withPalette(Palette p) {
        return new ImageOptions(scope, viewport, viewWidth, viewHeight, scale, pixelWidth,
                background == 0 ? 0 : p.background(), legend, caption, p);
    }
}
