package org.spacecoop.core.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.spacecoop.core.files.AtomicFileWriter;

/**
 * Exports a scene as PNG or SVG through the same {@link GraphPainter} as the screen. Pure Java2D (a
 * {@code BufferedImage} for PNG, jfreesvg for SVG): no JavaFX toolkit, so the command line exports headless and
 * the UI can encode off the FX thread. The image is the graph area (the current view, or the whole visible graph
 * fitted beside the legend), an optional legend in its top-left corner (what colours, shapes, lines and sizes mean,
 * from the scene's {@link LegendKey}; labels keep out of it), and an optional caption band below; everything is laid
 * out at 1× and scaled, so a 4× export is the same picture with four times the pixels.
 */
public final class ImageExporter {

    public enum Format {
        PNG, SVG;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final double FIT_MARGIN = 40;
    static final double LEGEND_MARGIN = 12;
    /** Largest PNG, in pixels (about 1 GB of ARGB raster). */
    static final long MAX_PIXELS = 250_000_000L;

    /** The laid-out export: 1× sizes, the viewport at 1×, and the factor to the output pixels. */
    public record Layout(double baseWidth, double graphHeight, double captionHeight, Viewport viewport, double factor) {
        public int pixelWidth() {
            return (int) Math.max(1, Math.round(baseWidth * factor));
        }

        public int pixelHeight() {
            return (int) Math.max(1, Math.round((graphHeight + captionHeight) * factor));
        }
    }

    /** Computes sizes and the viewport for these options. */
    public Layout layout(RenderScene scene, ImageOptions o) {
        double baseW, graphH;
        Viewport vp;
        if (o.scope() == ImageOptions.Scope.CURRENT_VIEW) {
            baseW = o.viewWidth();
            graphH = o.viewHeight();
            vp = o.viewport();
        } else {
            Viewport.Bounds b = scene.visibleBounds();
            baseW = ImageOptions.WHOLE_GRAPH_WIDTH;
            // Keep the legend beside the graph, not over it.
            double reserve = o.legend() ? measure(s -> new LegendPainter().measure(s, LegendPainter.Content.of(scene))[0])
                    + LEGEND_MARGIN : 0;
            if (b.isEmpty()) {
                graphH = 600;
                vp = Viewport.IDENTITY;
            } else {
                double inner = baseW - reserve - 2 * FIT_MARGIN;
                double ratio = b.width() > 0 ? b.height() / b.width() : 1;
                graphH = Math.max(o.legend() ? 420 : 300, Math.min(2400, inner * ratio + 2 * FIT_MARGIN + 20));
                vp = Viewport.fit(b, baseW - reserve, graphH - 20, FIT_MARGIN).panBy(reserve, 0);
            }
        }
        double w = baseW;
        double captionH = o.caption() == null ? 0 : measure(s -> new CaptionPainter().height(s, o.caption(), w));
        double factor = o.pixelWidth() > 0 ? o.pixelWidth() / baseW : o.scale();
        Layout l = new Layout(baseW, graphH, captionH, vp, factor);
        if (l.pixelWidth() > ImageOptions.MAX_SIDE || l.pixelHeight() > ImageOptions.MAX_SIDE)
            throw new IllegalArgumentException("Image of " + l.pixelWidth() + "×" + l.pixelHeight()
                    + " pixels is too large; the limit is " + ImageOptions.MAX_SIDE + " pixels a side");
        return l;
    }

    /** Measures text-dependent sizes on a scratch Java2D surface. */
    private static double measure(ToDoubleFunction<Surface> f) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return f.applyAsDouble(new Graphics2DSurface(g));
        } finally {
            g.dispose();
        }
    }

    /** Renders the scene into a new ARGB image. */
    public BufferedImage renderImage(RenderScene scene, ImageOptions o) {
        Layout l = layout(scene, o);
        if ((long) l.pixelWidth() * l.pixelHeight() > MAX_PIXELS)
            throw new IllegalArgumentException("Image of " + l.pixelWidth() + "×" + l.pixelHeight() + " pixels is too large");
        BufferedImage img = new BufferedImage(l.pixelWidth(), l.pixelHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(new Graphics2DSurface(g), scene, o, l);
        } finally {
            g.dispose();
        }
        return img;
    }

    public void exportPng(RenderScene scene, ImageOptions o, OutputStream out) throws IOException {
        BufferedImage img = renderImage(scene, o);
        if (!ImageIO.write(img, "png", out)) throw new IOException("No PNG writer available");
    }

    /** The SVG document as text (UTF-8 XML, no DOCTYPE). */
    public String renderSvg(RenderScene scene, ImageOptions o) {
        Layout l = layout(scene, o);
        SVGGraphics2D g = new SVGGraphics2D(l.pixelWidth(), l.pixelHeight());
        draw(new Graphics2DSurface(g), scene, o, l);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    public void exportSvg(RenderScene scene, ImageOptions o, Writer out) throws IOException {
        out.write(renderSvg(scene, o));
        out.flush();
    }

    /** Writes the file through a temporary file moved into place, so a failure leaves any previous file intact. */
    public void export(RenderScene scene, ImageOptions o, Format format, Path target) throws IOException {
        if (format == Format.PNG) {
            BufferedImage img = renderImage(scene, o);
            AtomicFileWriter.write(target, out -> {
                if (!ImageIO.write(img, "png", out)) throw new IOException("No PNG writer available");
            });
        } else {
            String svg = renderSvg(scene, o);
            AtomicFileWriter.writeText(target, w -> w.write(svg));
        }
    }

    private void draw(Surface s, RenderScene scene, ImageOptions o, Layout l) {
        s.scale(l.factor(), l.factor());
        double h = l.graphHeight() + l.captionHeight();
        if (o.background() != 0) {
            s.setFill(o.background());
            s.fillRect(0, 0, l.baseWidth(), h);
        }
        LegendPainter.Content legend = o.legend() ? LegendPainter.Content.of(scene) : null;
        GraphPainter painter = new GraphPainter().palette(o.palette()).fillBackground(false).edgeBudget(Integer.MAX_VALUE)
                .edgeInkBudget(Double.POSITIVE_INFINITY);
        if (legend != null) {
            // labels keep out from under the legend (those of selected and highlighted nodes excepted)
            double[] size = new LegendPainter().measure(s, legend);
            painter.labelFreeArea(LEGEND_MARGIN, LEGEND_MARGIN, size[0], size[1]);
        }
        s.save();
        s.clipRect(0, 0, l.baseWidth(), l.graphHeight());
        painter.paint(s, scene, l.viewport(), l.baseWidth(), l.graphHeight());
        s.restore();
        if (legend != null) new LegendPainter().paint(s, o.palette(), legend, LEGEND_MARGIN, LEGEND_MARGIN);
        if (o.caption() != null && l.captionHeight() > 0) {
            new CaptionPainter().paint(s, o.palette(), o.caption(), 0, l.graphHeight(), l.baseWidth());
        }
    }
}
