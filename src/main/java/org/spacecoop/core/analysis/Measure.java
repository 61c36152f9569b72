package org.spacecoop.core.analysis;

import java.util.Locale;
import java.util.Optional;

/** The centrality measures the explorer can size nodes and rank entities by. */
public enum Measure {
    /** Number of relations touching the entity (in and out; parallel relations each count). */
    DEGREE("Degree"),
    /** How many shortest paths between other entities pass through the entity (undirected, raw count of pairs). */
    BETWEENNESS("Betweenness"),
    /** Nearness to everything the entity can reach (undirected, Wasserman–Faust for disconnected graphs). */
    CLOSENESS("Closeness"),
    /** Importance flowing along relation directions (damping 0.85). */
    PAGERANK("PageRank");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name used on the command line ("betweenness"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Measure> fromId(String id) {
        for (Measure m : values()) if (m.id().equalsIgnoreCase(id.trim())) return Optional.of(m);
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
