package org.spacecoop.ui.canvas;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.spacecoop.core.render.Argb;
import org.spacecoop.core.render.FontFallback;
import org.spacecoop.core.render.Surface;
import org.spacecoop.ui.common.ScriptFonts;

/**
 * {@link Surface} over a JavaFX canvas {@link GraphicsContext}. Use on the FX thread. Fonts: per text, the first
 * installed family of {@link FontFallback} for its script (so CJK and Arabic names get a font with their glyphs),
 * else the JavaFX default family.
 */
public final class FxCanvasSurface implements Surface {

    private final GraphicsContext gc;
    private final Text measurer = new Text();
    private final Map<FontFallback.Script, String> families = new EnumMap<>(FontFallback.Script.class);
    private final Map<String, Font> fonts = new HashMap<>();
    private double fontPx = 12;
    private boolean bold;
    private Font currentFont;
    private FontFallback.Script currentScript;
    private int fill = 0xFF000000;
    private int stroke = 0xFF000000;

    public FxCanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setFill(Color.BLACK);
        gc.setStroke(Color.BLACK);
    }

    public GraphicsContext graphicsContext() {
        return gc;
    }

    private static Color color(int argb) {
        return Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.alpha(argb) / 255.0);
    }

    @Override
    public void setFill(int argb) {
        if (argb != fill) {
            fill = argb;
            gc.setFill(color(argb));
        }
    }

    @Override
    public void setStroke(int argb) {
        if (argb != stroke) {
            stroke = argb;
            gc.setStroke(color(argb));
        }
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDash(double... dashes) {
        gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setFont(double sizePx, boolean bold) {
        if (sizePx != fontPx || bold != this.bold) {
            fontPx = sizePx;
            this.bold = bold;
            currentFont = null;
        }
    }

    private Font fontFor(String text) {
        FontFallback.Script script = FontFallback.scriptOf(text);
        if (currentFont != null && script == currentScript) return currentFont;
        String family = families.computeIfAbsent(script,
                sc -> FontFallback.choose(sc, installedFamilies(), Font.getDefault().getFamily()));
        String key = family + '|' + fontPx + '|' + bold;
        currentFont = fonts.computeIfAbsent(key, k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, fontPx));
        currentScript = script;
        return currentFont;
    }

    private static Set<String> installedFamilies() {
        return ScriptFonts.installed(); // with the bundled fonts loaded
    }

    /** The font this surface draws the text in at the current size (for tests: which family covers it). */
    public Font fontForText(String text) {
        return fontFor(text);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) {
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.quadraticCurveTo(cx, cy, x2, y2);
        gc.stroke();
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        gc.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void strokePath() {
        gc.stroke();
    }

    @Override
    public void fillPath() {
        gc.fill();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        gc.strokePolygon(xs, ys, n);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.setFont(fontFor(text));
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        measurer.setFont(fontFor(text));
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
        // The context's colours may have changed back: force the next set to apply.
        fill = 0;
        stroke = 0;
        gc.setFill(Color.TRANSPARENT);
        gc.setStroke(Color.TRANSPARENT);
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double sx, double sy) {
        gc.scale(sx, sy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.beginPath();
    }
}
