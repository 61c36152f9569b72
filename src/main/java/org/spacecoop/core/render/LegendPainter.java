package org.spacecoop.core.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Draws the legend on a surface, for exported images: what node colours mean (kinds, or the scene's
 * {@link LegendKey}: communities, blocs, a measure's ramp, with the node shapes then shown apart), relation colours,
 * status line styles, and what node size and edge width mean. Only what the scene shows is listed. The on-screen
 * legend shows the same {@link Content}.
 */
public final class LegendPainter {

    static final double FONT = 11;
    static final double ROW = 17;
    static final double PAD = 10;
    static final double SAMPLE = 28;
    static final double RAMP = 90;
    static final int NEUTRAL = 0xFF8A9099;

    /** What the legend lists. */
    public record Content(Set<EntityKind.Family> nodes, LegendKey.Colour colour, Set<RelationType.Family> edges,
                          Set<Status> statuses, String sizeNote, String edgeNote) {

        public Content {
            nodes = Set.copyOf(nodes);
            edges = Set.copyOf(edges);
            statuses = Set.copyOf(statuses);
        }

        /** The families and statuses among the scene's visible nodes and edges, and the scene's colour and size key. */
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
            LegendKey key = s.legendKey();
            return new Content(n, key.colour(), e, st, key.sizeNoteOrDefault(), key.edgeNote());
        }

        /** Node families in legend order. */
        public List<EntityKind.Family> nodeFamilies() {
            return EnumSet.copyOf(nodes.isEmpty() ? EnumSet.noneOf(EntityKind.Family.class) : nodes).stream().toList();
        }

        public List<RelationType.Family> edgeFamilies() {
            return edges.isEmpty() ? List.of() : EnumSet.copyOf(edges).stream().toList();
        }

        public List<Status> statusList() {
            return statuses.isEmpty() ? List.of() : EnumSet.copyOf(statuses).stream().toList();
        }

        /** The shapes of the node families shown, as the legend names them when colours are not by kind. */
        public List<EntityKind.Family> shapes() {
            List<EntityKind.Family> out = new ArrayList<>();
            boolean actor = false;
            for (EntityKind.Family f : nodeFamilies()) {
                if (f.isActor()) {
                    if (!actor) out.add(f);
                    actor = true;
                } else {
                    out.add(f);
                }
            }
            return out;
        }

        /** The heading over the colour entries. */
        public String colourTitle() {
            if (colour instanceof LegendKey.Groups g) return g.title();
            if (colour instanceof LegendKey.Ramp r) return r.title();
            return "Nodes";
        }

        /** Every text line the legend shows, in order (for measuring and for tests). */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(colourTitle());
            if (colour instanceof LegendKey.Groups g) {
                g.entries().forEach(en -> out.add(en.label()));
            } else if (colour instanceof LegendKey.Ramp r) {
                out.add(r.low() + " – " + r.high());
            } else {
                nodeFamilies().forEach(f -> out.add(Palette.label(f)));
            }
            if (colour != null && !nodes.isEmpty()) {
                out.add("Shapes");
                shapes().forEach(f -> out.add(shapeLabel(f)));
            }
            if (!edges.isEmpty()) {
                out.add("Relations");
                edgeFamilies().forEach(f -> out.add(Palette.label(f)));
            }
            if (!statuses.isEmpty()) {
                out.add("Status");
                statusList().forEach(st -> out.add(EdgeStyle.label(st)));
            }
            if (sizeNote != null) out.add(sizeNote);
            if (edgeNote != null) out.add(edgeNote);
            return out;
        }
    }

    /** How the legend names a node shape. */
    public static String shapeLabel(EntityKind.Family f) {
        if (f.isActor()) return "Actor (country, agency, company, person)";
        return Palette.label(f);
    }

    /** Width and height the legend takes. */
    public double[] measure(Surface s, Content c) {
        List<String> lines = c.lines();
        double w = 0;
        s.setFont(FONT, false);
        for (String l : lines) w = Math.max(w, SAMPLE + 6 + s.textWidth(l));
        if (c.colour() instanceof LegendKey.Ramp r) w = Math.max(w, RAMP + 6 + s.textWidth(r.low() + " – " + r.high()));
        return new double[] {w + 2 * PAD, 2 * PAD + ROW * lines.size()};
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
        double cy = header(s, p, c.colourTitle(), x, y + PAD);
        if (c.colour() instanceof LegendKey.Groups g) {
            for (LegendKey.Entry en : g.entries()) {
                s.setFill(en.argb());
                s.fillCircle(x + PAD + SAMPLE / 2, cy + ROW / 2, 5.5);
                cy = text(s, p, en.label(), x, cy);
            }
        } else if (c.colour() instanceof LegendKey.Ramp r) {
            int steps = 30;
            for (int i = 0; i < steps; i++) {
                s.setFill(r.at(i / (steps - 1.0)));
                s.fillRect(x + PAD + RAMP * i / steps, cy + 4, RAMP / steps + 0.5, ROW - 8);
            }
            s.setFont(FONT, false);
            s.setFill(p.legendText());
            s.fillText(r.low() + " – " + r.high(), x + PAD + RAMP + 6, cy + ROW * 0.75);
            cy += ROW;
        } else {
            for (EntityKind.Family f : c.nodeFamilies()) {
                nodeSample(s, p.nodeFill(f), f, x + PAD + SAMPLE / 2, cy + ROW / 2);
                cy = text(s, p, Palette.label(f), x, cy);
            }
        }
        if (c.colour() != null && !c.nodes().isEmpty()) {
            cy = header(s, p, "Shapes", x, cy);
            for (EntityKind.Family f : c.shapes()) {
                nodeSample(s, NEUTRAL, f, x + PAD + SAMPLE / 2, cy + ROW / 2);
                cy = text(s, p, shapeLabel(f), x, cy);
            }
        }
        if (!c.edges().isEmpty()) {
            cy = header(s, p, "Relations", x, cy);
            for (RelationType.Family f : c.edgeFamilies()) {
                EdgeStyle.of(p, f, Status.ACTIVE).apply(s, 1, 1.5);
                s.strokeLine(x + PAD, cy + ROW / 2, x + PAD + SAMPLE, cy + ROW / 2);
                cy = text(s, p, Palette.label(f), x, cy);
            }
        }
        if (!c.statuses().isEmpty()) {
            cy = header(s, p, "Status", x, cy);
            for (Status st : c.statusList()) {
                statusSample(s, p, st, x, cy);
                cy = text(s, p, EdgeStyle.label(st), x, cy);
            }
        }
        s.setLineDash();
        if (c.sizeNote() != null) cy = note(s, p, c.sizeNote(), x, cy);
        if (c.edgeNote() != null) note(s, p, c.edgeNote(), x, cy);
        s.endGroup();
        return size;
    }

    private static void statusSample(Surface s, Palette p, Status st, double x, double cy) {
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

    private static double note(Surface s, Palette p, String label, double x, double y) {
        s.setFont(FONT, false);
        s.setFill(Argb.fade(p.legendText(), 0.7));
        s.fillText(label, x + PAD, y + ROW * 0.75);
        return y + ROW;
    }

    private static void nodeSample(Surface s, int fill, EntityKind.Family f, double cx, double cy) {
        double r = 5.5;
        s.setFill(fill);
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
