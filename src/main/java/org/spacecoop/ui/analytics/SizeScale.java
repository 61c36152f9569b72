package org.spacecoop.ui.analytics;

import java.util.Locale;

import org.spacecoop.core.analysis.Measure;

/**
 * Maps a measure's scores to node radii (world units): the area grows with the score, from {@link #MIN_RADIUS} for
 * the lowest to {@link #MAX_RADIUS} for the highest, so a node twice as central looks twice as big.
 */
public record SizeScale(Measure measure, double min, double max) {

    public static final double MIN_RADIUS = 5;
    public static final double MAX_RADIUS = 30;

    public double radius(double score) {
        if (!(max > min)) return (MIN_RADIUS + MAX_RADIUS) / 2;
        double t = Math.max(0, Math.min(1, (score - min) / (max - min)));
        return Math.sqrt(MIN_RADIUS * MIN_RADIUS + t * (MAX_RADIUS * MAX_RADIUS - MIN_RADIUS * MIN_RADIUS));
    }

    /** "Size: betweenness, 0 – 10389". */
    public String describe() {
        return "Size: " + measure.label().toLowerCase(Locale.ROOT) + ", " + format(min) + " – " + format(max);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return String.valueOf((long) v);
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
