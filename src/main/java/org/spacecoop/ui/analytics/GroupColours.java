package org.spacecoop.ui.analytics;

import org.spacecoop.core.analysis.Alignment;

/** Distinct colours (ARGB) for communities and blocs; communities past the palette share a grey. */
public final class GroupColours {

    private static final int[] QUALITATIVE = {
        0xFF4E79A7, 0xFFF28E2B, 0xFFE15759, 0xFF76B7B2, 0xFF59A14F, 0xFFEDC948,
        0xFFB07AA1, 0xFFFF9DA7, 0xFF9C755F, 0xFF86BCB6, 0xFFD37295, 0xFF8CD17D,
    };
    public static final int REST = 0xFFBAB0AC;

    private GroupColours() {
    }

    public static int community(int index) {
        return index < QUALITATIVE.length ? QUALITATIVE[index] : REST;
    }

    public static int bloc(Alignment a) {
        return switch (a) {
            case ARTEMIS -> 0xFF2F6FFF;
            case ILRS -> 0xFFD7263D;
            case BOTH -> 0xFF8E44AD;
            case NEITHER -> REST;
        };
    }

    /** CSS form (#rrggbb) for swatches in the panel. */
    public static String css(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
