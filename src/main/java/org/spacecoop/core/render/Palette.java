package org.spacecoop.core.render;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;

/**
 * The graph's colours, shared by the painter, the legend and exported images. {@link #light()} and
 * {@link #dark()} are the two themes; colours are ARGB ints.
 */
public record Palette(String name, int background, int[] nodeFills, int nodeOutline, int[] edgeColors,
                      int historicalEdge, int labelText, int labelBackground, int selection, int highlight,
                      double fadedAlpha, int legendBackground, int legendText) {

    public Palette {
        if (nodeFills.length != EntityKind.Family.values().length) throw new IllegalArgumentException("nodeFills");
        if (edgeColors.length != RelationType.Family.values().length) throw new IllegalArgumentException("edgeColors");
        nodeFills = nodeFills.clone();
        edgeColors = edgeColors.clone();
    }

    public int nodeFill(EntityKind.Family f) {
        return nodeFills[f.ordinal()];
    }

    public int edgeColor(RelationType.Family f) {
        return edgeColors[f.ordinal()];
    }

    // Order of families: COUNTRY, ORGANISATION, COMPANY, PERSON, PROGRAM, AGREEMENT, OTHER
    // Order of relation families: MEMBERSHIP, HARDWARE, TRANSPORT, OPERATION, COOPERATION, CONFLICT, POLICY, OTHER

    public static Palette light() {
        return new Palette("light", Argb.parse("#ffffff"),
                new int[] {Argb.parse("#3b6fd4"), Argb.parse("#18a38a"), Argb.parse("#e08a1e"), Argb.parse("#9a5fc7"),
                        Argb.parse("#d64a6b"), Argb.parse("#8a7a2e"), Argb.parse("#7d8590")},
                Argb.parse("#ffffff"),
                new int[] {Argb.parse("#4f7fd9"), Argb.parse("#1b9e77"), Argb.parse("#e6891f"), Argb.parse("#8d5cc4"),
                        Argb.parse("#2aa0c9"), Argb.parse("#d93b3b"), Argb.parse("#b39a1a"), Argb.parse("#8c8c8c")},
                Argb.parse("#a8adb3"), Argb.parse("#1d2329"), Argb.parse("#e6ffffff"), Argb.parse("#ff2f6fff"),
                Argb.parse("#ffffb000"), 0.15, Argb.parse("#eef7f8fa"), Argb.parse("#1d2329"));
    }

    public static Palette dark() {
        return new Palette("dark", Argb.parse("#16191d"),
                new int[] {Argb.parse("#6f9cf2"), Argb.parse("#3cc7aa"), Argb.parse("#f2a444"), Argb.parse("#bb8ae6"),
                        Argb.parse("#f06e8e"), Argb.parse("#c9b45a"), Argb.parse("#9aa3ad")},
                Argb.parse("#16191d"),
                new int[] {Argb.parse("#7fa6f0"), Argb.parse("#42c39c"), Argb.parse("#f2a444"), Argb.parse("#b28ae6"),
                        Argb.parse("#4fc3e8"), Argb.parse("#ff6b6b"), Argb.parse("#dcc349"), Argb.parse("#9a9a9a")},
                Argb.parse("#5c636b"), Argb.parse("#e8ecf0"), Argb.parse("#d9202429"), Argb.parse("#ff66a3ff"),
                Argb.parse("#ffffc440"), 0.18, Argb.parse("#ee22272d"), Argb.parse("#e8ecf0"));
    }

    /** Display names for the legend. */
    public static String label(EntityKind.Family f) {
        return switch (f) {
            case COUNTRY -> "Country";
            case ORGANISATION -> "Agency / organisation";
            case COMPANY -> "Company";
            case PERSON -> "Person";
            case PROGRAM -> "Program / mission / hardware";
            case AGREEMENT -> "Agreement";
            case OTHER -> "Other";
        };
    }

    public static String label(RelationType.Family f) {
        return switch (f) {
            case MEMBERSHIP -> "Membership / signatory";
            case HARDWARE -> "Hardware / instruments";
            case TRANSPORT -> "Launch / transport / contracts";
            case OPERATION -> "Operates";
            case COOPERATION -> "Cooperation / training";
            case CONFLICT -> "Conflict / ban / withdrawal";
            case POLICY -> "Policy / funding";
            case OTHER -> "Other";
        };
    }
}
