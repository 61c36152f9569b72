package org.spacecoop.core.render;

import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Line style by status: solid for active, thin grey for historical, dashed for planned, dotted for proposed and
 * speculative, faded (and struck through at the middle, see {@link EdgePainter}) for suspended and cancelled.
 * The colour comes from the relation type family. Shared by the painter and the legend.
 */
public record EdgeStyle(int color, double width, double[] dash) {

    private static final double[] SOLID = new double[0];
    private static final double[] DASHED = {7, 4};
    private static final double[] DOTTED = {1.6, 3.2};

    public static EdgeStyle of(Palette p, RelationType.Family family, Status status) {
        int c = p.edgeColor(family);
        return switch (status) {
            case ACTIVE -> new EdgeStyle(c, 1.6, SOLID);
            case HISTORICAL -> new EdgeStyle(p.historicalEdge(), 1.0, SOLID);
            case PLANNED -> new EdgeStyle(c, 1.5, DASHED);
            case PROPOSED, SPECULATIVE -> new EdgeStyle(c, 1.6, DOTTED);
            case SUSPENDED, CANCELLED -> new EdgeStyle(Argb.fade(c, 0.45), 1.2, SOLID);
        };
    }

    /** Whether the status gets a strike mark across the middle of the edge. */
    public static boolean struck(Status s) {
        return s == Status.SUSPENDED || s == Status.CANCELLED;
    }

    public void apply(Surface s, double alphaFactor, double widthFactor) {
        s.setStroke(alphaFactor >= 1 ? color : Argb.fade(color, alphaFactor));
        s.setLineWidth(width * widthFactor);
        s.setLineDash(dash);
    }

    /** Display names of statuses for the legend. */
    public static String label(Status s) {
        return switch (s) {
            case ACTIVE -> "Active";
            case HISTORICAL -> "Historical";
            case PLANNED -> "Planned";
            case PROPOSED -> "Proposed";
            case SPECULATIVE -> "Speculative";
            case SUSPENDED -> "Suspended";
            case CANCELLED -> "Cancelled";
        };
    }
}
