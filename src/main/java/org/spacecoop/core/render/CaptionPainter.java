package org.spacecoop.core.render;

import java.util.ArrayList;
import java.util.List;

/** Lays out and draws a {@link Caption} as wrapped lines in a band of a given width. */
public final class CaptionPainter {

    static final double TITLE_FONT = 16;
    static final double FONT = 11.5;
    static final double PAD = 12;

    private record Line(String text, boolean title) {
    }

    /** Height of the band for this caption at this width (0 for an empty caption). */
    public double height(Surface s, Caption c, double width) {
        List<Line> lines = layout(s, c, width);
        if (lines.isEmpty()) return 0;
        double h = 2 * PAD;
        for (Line l : lines) h += lineHeight(l);
        return h;
    }

    /** Draws the caption with its band's top-left corner at (x, y). */
    public void paint(Surface s, Palette p, Caption c, double x, double y, double width) {
        List<Line> lines = layout(s, c, width);
        if (lines.isEmpty()) return;
        s.beginGroup("caption", "caption");
        s.setLineDash();
        s.setStroke(Argb.fade(p.legendText(), 0.2));
        s.setLineWidth(1);
        s.strokeLine(x + PAD, y + 0.5, x + width - PAD, y + 0.5);
        double cy = y + PAD;
        for (Line l : lines) {
            double lh = lineHeight(l);
            s.setFont(l.title() ? TITLE_FONT : FONT, l.title());
            s.setFill(l.title() ? p.legendText() : Argb.fade(p.legendText(), 0.85));
            s.fillText(l.text(), x + PAD, cy + lh * 0.78);
            cy += lh;
        }
        s.endGroup();
    }

    private static double lineHeight(Line l) {
        return (l.title() ? TITLE_FONT : FONT) * 1.45;
    }

    private List<Line> layout(Surface s, Caption c, double width) {
        List<Line> out = new ArrayList<>();
        double avail = Math.max(50, width - 2 * PAD);
        if (!c.title().isBlank()) {
            s.setFont(TITLE_FONT, true);
            for (String t : wrap(s, c.title(), avail)) out.add(new Line(t, true));
        }
        s.setFont(FONT, false);
        if (!c.filterText().isBlank()) for (String t : wrap(s, "Filter: " + c.filterText(), avail)) out.add(new Line(t, false));
        String dates = dates(c);
        if (!dates.isEmpty()) out.add(new Line(dates, false));
        if (!c.sources().isEmpty()) {
            for (String t : wrap(s, "Sources: " + String.join("; ", c.sources()), avail)) out.add(new Line(t, false));
        }
        return out;
    }

    /** "As of 2025-03 · data as of 2026-12": the filter's date and the dataset's, either may be missing. */
    static String dates(Caption c) {
        if (c.dataAsOf().isBlank()) return c.asOf().isBlank() ? "" : "As of " + c.asOf();
        if (c.asOf().isBlank()) return "Data as of " + c.dataAsOf();
        return "As of " + c.asOf() + " · data as of " + c.dataAsOf();
    }

    /** Greedy word wrap by measured width; a single over-long word is cut by characters. */
    static List<String> wrap(Surface s, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (s.textWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            String w = word;
            while (s.textWidth(w) > width && w.length() > 1) {
                int cut = w.length() - 1;
                while (cut > 1 && s.textWidth(w.substring(0, cut)) > width) cut--;
                lines.add(w.substring(0, cut));
                w = w.substring(cut);
            }
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
