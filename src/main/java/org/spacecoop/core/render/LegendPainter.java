package org.spacecoop.core.render;

import java.util.EnumSet;
import java.util.Set;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Draws the legend (node kinds with their shapes, relation colours, status line styles) on a surface, for the
 * on-screen overlay and exported images. Only what the scene shows is listed, unless {@link Content#all()} is used.
 */
public final class LegendPainter {

    static final double FONT = 11;
    static final double ROW = 17;
    static final double PAD = 10;
    static final double SAMPLE = 28;

    /** What the legend lists. */
    public record Content(Set<EntityKind.Family> nodes, Set<RelationType.Family> edges, Set<Status> statuses) {

        public static Content all() {
            return new Content(EnumSet.allOf(EntityKind.Family.class), EnumSet.allOf(RelationType.Family.class),
                    EnumSet.allOf(Status.class));
        }

        /** The families and statuses among the scene's visible nodes and edges. */
        public static Content of(RenderScene s) {
            Set<EntityKind.Family> n = EnumSet.noneOf(EntityKind.Family.class);
            Set<RelationType.Family> e = EnumSet.noneOf(RelationType.Family.class);
            Set<Status> st = EnumSet.noneOf(Status.class);
            for (int i = 0; i < s.nodeCount(); i++) if (s.isNodeVisible(i)) n.add(s.nodeFamily(i));
            for (int k = 0; k < s.edgeCount(); k++) {
                if (!s.isEdgeVisible(k)) continue;
                e.add(s.edgeFamily(k));
                st.add(s.status(k));
            }
            return new Content(n, e, st);
        }

        int rows() {
            return nodes.size() + edges.size() + statuses.size();
        }
    }

    /** Width and height the legend takes. */
    public double[] measure(Surface s, Content c) {
        s.setFont(FONT, true);
        double w = s.textWidth("Relations");
        s.setFont(FONT, false);
        for (EntityKind.Family f : c.nodes()) w = Math.max(w, SAMPLE + 6 + s.textWidth(Palette.label(f)));
        for (RelationType.Family f : c.edges()) w = Math.max(w, SAMPLE + 6 + s.textWidth(Palette.label(f)));
        for (Status st : c.statuses()) w = Math.max(w, SAMPLE + 6 + s.textWidth(EdgeStyle.label(st)));
        int sections = (c.nodes().isEmpty() ? 0 : 1) + (c.edges().isEmpty() ? 0 : 1) + (c.statuses().isEmpty() ? 0 : 1);
        double h = 2 * PAD + ROW * (c.rows() + sections);
        return new double[] {w + 2 * PAD, h};
    }

    /** Paints the legend with its top-left corner at (x, y); returns {width, height}. */
    public double[] paint(Surface s, Palette p, Content c, double x, double y) {
        double[] size = measure(s, c);
        s.beginGroup("legend", "legend");
        s.setLineDash();
        s.setFill(p.legendBackground());
        s.fillRoundRect(x, y, size[0], size[1], 12);
        s.setStroke(Argb.fade(p.legendText(), 0.25));
        s.setLineWidth(1);
        s.strokeRoundRect(x, y, size[0], size[1], 12);
        double cy = y + PAD;
        if (!c.nodes().isEmpty()) {
            cy = header(s, p, "Nodes", x, cy);
            for (EntityKind.Family f : c.nodes()) {
                nodeSample(s, p, f, x + PAD + SAMPLE / 2, cy + ROW / 2);
                cy = text(s, p, Palette.label(f), x, cy);
            }
        }
        if (!c.edges().isEmpty()) {
            cy = header(s, p, "Relations", x, cy);
            for (RelationType.Family f : c.edges()) {
                EdgeStyle.of(p, f, Status.ACTIVE).apply(s, 1, 1.5);
                s.strokeLine(x + PAD, cy + ROW / 2, x + PAD + SAMPLE, cy + ROW / 2);
                cy = text(s, p, Palette.label(f), x, cy);
            }
        }
        if (!c.statuses().isEmpty()) {
            cy = header(s, p, "Status", x, cy);
            for (Status st : c.statuses()) {
                EdgeStyle style = EdgeStyle.of(p, RelationType.Family.OTHER, st);
                new EdgeStyle(st == Status.HISTORICAL ? style.color() : Argb.fade(p.legendText(), Argb.alpha(style.color()) / 255.0),
                        style.width(), style.dash()).apply(s, 1, 1.2);
                double ly = cy + ROW / 2, x0 = x + PAD, x1 = x + PAD + SAMPLE;
                s.strokeLine(x0, ly, x1, ly);
                if (EdgeStyle.struck(st)) {
                    double mx = (x0 + x1) / 2;
                    s.setLineDash();
                    if (st == Status.CANCELLED) {
                        s.strokeLine(mx - 4, ly - 4, mx + 4, ly + 4);
                        s.strokeLine(mx - 4, ly + 4, mx + 4, ly - 4);
                    } else {
                        s.strokeLine(mx, ly - 5, mx, ly + 5);
                    }
                }
                cy = text(s, p, EdgeStyle.label(st), x, cy);
            }
        }
        s.setLineDash();
        s.endGroup();
        return size;
    }

    private static double header(Surface s, Palette p, String title, double x, double y) {
        s.setFont(FONT, true);
        s.setFill(p.legendText());
        s.fillText(title, x + PAD, y + ROW * 0.75);
        return y + ROW;
    }

    private static double text(Surface s, Palette p, String label, double x, double y) {
        s.setFont(FONT, false);
        s.setFill(p.legendText());
        s.fillText(label, x + PAD + SAMPLE + 6, y + ROW * 0.75);
        return y + ROW;
    }

    private static void nodeSample(Surface s, Palette p, EntityKind.Family f, double cx, double cy) {
        double r = 5.5;
        s.setFill(p.nodeFill(f));
        if (f.isActor()) {
            s.fillCircle(cx, cy, r);
        } else if (f == EntityKind.Family.AGREEMENT) {
            double d = r * 1.2;
            s.fillPolygon(new double[] {cx, cx + d, cx, cx - d}, new double[] {cy - d, cy, cy + d, cy}, 4);
        } else {
            double h = r * 0.9;
            s.fillRoundRect(cx - h, cy - h, 2 * h, 2 * h, h * 0.6);
        }
    }
}
