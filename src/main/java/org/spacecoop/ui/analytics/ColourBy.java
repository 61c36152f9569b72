package org.spacecoop.ui.analytics;

import org.spacecoop.core.analysis.Measure;

/** What node colours show: the kind, a community, a bloc, or a measure on a colour ramp. */
public enum ColourBy {
    KIND("Kind", null), COMMUNITY("Community", null), BLOC("Bloc", null),
    DEGREE("Degree", Measure.DEGREE), BETWEENNESS("Betweenness", Measure.BETWEENNESS),
    CLOSENESS("Closeness", Measure.CLOSENESS), PAGERANK("PageRank", Measure.PAGERANK);

    private final String label;
    private final Measure measure;

    ColourBy(String label, Measure measure) {
        this.label = label;
        this.measure = measure;
    }

    /** The measure on the colour ramp, or null for kinds, communities and blocs. */
    public Measure measure() {
        return measure;
    }

    @Override
    public String toString() {
        return label;
    }
}
