package org.spacecoop.core.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * {@link Surface} over java.awt {@link Graphics2D}: a {@code BufferedImage}'s graphics for PNG, or jfreesvg's
 * {@link SVGGraphics2D} for SVG (then text stays {@code <text>} and every node/edge gets a {@code <g id class>}).
 * Works headless. Fonts: per text, the first installed (or {@linkplain BundledFonts bundled}) family of
 * {@link FontFallback} for its script that can display it, else the logical "SansSerif" (whose fontconfig fallbacks
 * may still cover it). Java2D shapes Arabic and lays it out right to left itself; SVG keeps the text in logical
 * order for the viewer to shape.
 */
public final class Graphics2DSurface implements Surface {

    private final Graphics2D g;
    private final boolean svg;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<FontFallback.Script, String> families = new EnumMap<>(FontFallback.Script.class);
    private final Map<FontFallback.Script, String> mixedFamilies = new EnumMap<>(FontFallback.Script.class);
    private final Map<String, Font> fonts = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private State st = new State();
    private Path2D.Double path = new Path2D.Double();

    /** State that save/restore bracket (Graphics2D keeps transform and clip itself). */
    private static final class State {
        int fill = 0xFF000000;
        int stroke = 0xFF000000;
        double alpha = 1;
        double width = 1;
        double[] dash;
        double fontPx = 12;
        boolean bold;
        AffineTransform transform;
        Shape clip;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.alpha = alpha;
            s.width = width;
            s.dash = dash;
            s.fontPx = fontPx;
            s.bold = bold;
            return s;
        }
    }

    /** Wraps a Graphics2D; for an {@link SVGGraphics2D}, groups and text elements are kept. */
    public Graphics2DSurface(Graphics2D g) {
        this.g = g;
        this.svg = g instanceof SVGGraphics2D;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (g instanceof SVGGraphics2D s) {
            // Real <text> elements (not glyph outlines), with a CSS fallback list so the viewer finds glyphs.
            s.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
            s.setFontFunction(FontFallback::cssFamilyList);
            // Two decimals are finer than any screen; full doubles would triple the file size.
            s.setGeomDoubleConverter(Graphics2DSurface::twoDecimals);
            s.setTransformDoubleConverter(Graphics2DSurface::twoDecimals);
        }
        applyStroke();
    }

    static String twoDecimals(double d) {
        if (!Double.isFinite(d) || Math.abs(d) >= 1e6) return String.format(Locale.ROOT, "%.2f", d);
        double r = Math.round(d * 100) / 100.0;
        if (r == (long) r) return Long.toString((long) r);
        return Double.toString(r);
    }

    @Override
    public boolean prefersBatchedPaths() {
        return false;
    }

    @Override
    public boolean keepsGroups() {
        return svg;
    }

    @Override
    public void setFill(int argb) {
        st.fill = argb;
    }

    @Override
    public void setStroke(int argb) {
        st.stroke = argb;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        st.alpha = Math.max(0, Math.min(1, alpha));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) st.alpha));
    }

    @Override
    public void setLineWidth(double width) {
        if (width != st.width) {
            st.width = width;
            applyStroke();
        }
    }

    @Override
    public void setLineDash(double... dashes) {
        double[] d = dashes == null || dashes.length == 0 ? null : dashes;
        if (!Arrays.equals(d, st.dash)) {
            st.dash = d;
            applyStroke();
        }
    }

    private void applyStroke() {
        float[] dash = null;
        if (st.dash != null) {
            dash = new float[st.dash.length];
            for (int i = 0; i < dash.length; i++) dash[i] = (float) Math.max(0.01, st.dash[i]);
        }
        g.setStroke(new BasicStroke((float) st.width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
    }

    @Override
    public void setFont(double sizePx, boolean bold) {
        st.fontPx = sizePx;
        st.bold = bold;
    }

    private Font fontFor(String text) {
        FontFallback.Script script = FontFallback.scriptOf(text);
        // A font for one script may lack Latin letters (Noto Sans Arabic does): mixed text may need another.
        boolean mixed = script != FontFallback.Script.LATIN && hasLatinLetter(text);
        String family = (mixed ? mixedFamilies : families).computeIfAbsent(script, sc -> chooseFamily(sc, text));
        String key = family + '|' + st.fontPx + '|' + st.bold;
        return fonts.computeIfAbsent(key, k -> new Font(family, st.bold ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) st.fontPx));
    }

    private static boolean hasLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) return true;
        }
        return false;
    }

    private static String chooseFamily(FontFallback.Script script, String sample) {
        BundledFonts.registerWithJava2D();
        for (String f : FontFallback.candidates(script)) {
            if (isInstalled(f) && new Font(f, Font.PLAIN, 12).canDisplayUpTo(sample) == -1) return f;
        }
        return Font.SANS_SERIF;
    }

    /** Looks the family up by name (cheaper than listing every font, which loads all of them). */
    private static boolean isInstalled(String family) {
        return INSTALLED.computeIfAbsent(family.toLowerCase(Locale.ROOT),
                k -> new Font(family, Font.PLAIN, 12).getFamily(Locale.ROOT).equalsIgnoreCase(family));
    }

    private static final Map<String, Boolean> INSTALLED = new ConcurrentHashMap<>();

    /** The font this surface draws the text in at the current size (for tests: does it have the glyphs?). */
    public Font fontForText(String text) {
        return fontFor(text);
    }

    /** Whether some installed font can show this text (for tests and warnings). */
    public static boolean canDisplay(String text) {
        return !chooseFamily(FontFallback.scriptOf(text), text).equals(Font.SANS_SERIF)
                || new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(text) == -1;
    }

    private void useFill() {
        g.setColor(new Color(st.fill, true));
    }

    private void useStroke() {
        g.setColor(new Color(st.stroke, true));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        useStroke();
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) {
        useStroke();
        g.draw(new QuadCurve2D.Double(x1, y1, cx, cy, x2, y2));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void strokePath() {
        if (path.getCurrentPoint() == null) return;
        useStroke();
        g.draw(path);
    }

    @Override
    public void fillPath() {
        if (path.getCurrentPoint() == null) return;
        useFill();
        g.fill(path);
    }

    private static Path2D.Double polygon(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        return p;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) return;
        useFill();
        g.fill(polygon(xs, ys, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        useStroke();
        g.draw(polygon(xs, ys, n));
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        useFill();
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        useStroke();
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        useFill();
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        useStroke();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        useFill();
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        useStroke();
        g.draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text.isEmpty()) return;
        useFill();
        g.setFont(fontFor(text));
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text) {
        if (text.isEmpty()) return 0;
        return fontFor(text).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void save() {
        State copy = st.copy();
        copy.transform = g.getTransform();
        copy.clip = g.getClip();
        saved.push(copy);
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) return;
        State s = saved.pop();
        g.setTransform(s.transform);
        g.setClip(s.clip);
        st = s;
        setGlobalAlpha(s.alpha);
        applyStroke();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double sx, double sy) {
        g.scale(sx, sy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        if (!svg) return;
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("id", uniqueId(id), "class", cssClass));
    }

    @Override
    public void endGroup() {
        if (svg) g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
    }

    /** XML ids: letters, digits, '-', '_', '.'; must start with a letter or '_'; unique in the document. */
    private String uniqueId(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 2);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        if (sb.length() == 0 || !(Character.isLetter(sb.charAt(0)) || sb.charAt(0) == '_')) sb.insert(0, '_');
        String base = sb.toString();
        String candidate = base;
        for (int n = 2; !usedIds.add(candidate); n++) candidate = base + "-" + n;
        return candidate;
    }
}
