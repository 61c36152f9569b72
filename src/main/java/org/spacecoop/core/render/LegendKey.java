package org.spacecoop.core.render;

import java.util.List;
import java.util.Objects;

/**
 * What node colours and sizes mean when the defaults do not apply: set on a {@link RenderScene} by whoever colours or
 * sizes its nodes (analytics), so the legend on screen and in exports says what is drawn.
 *
 * @param colour    the colour key; null: colours are the node kinds
 * @param sizeNote  what node size means, e.g. "Size: betweenness, 0 – 10389"; null: the number of relations
 * @param edgeNote  what edge width means, e.g. "Edge width: weight, 1 – 8"; null when edges are plain
 */
public record LegendKey(Colour colour, String sizeNote, String edgeNote) {

    public static final LegendKey DEFAULT = new LegendKey(null, null, null);
    public static final String DEFAULT_SIZE_NOTE = "Size: number of relations";

    /** Node colours other than by kind. */
    public sealed interface Colour permits Groups, Ramp {
    }

    /** One colour per group (communities, blocs): a title and the entries in order. */
    public record Groups(String title, List<Entry> entries) implements Colour {
        public Groups {
            Objects.requireNonNull(title);
            entries = List.copyOf(entries);
        }
    }

    /** A colour and what it stands for. */
    public record Entry(String label, int argb) {
    }

    /** A continuous ramp from the lowest to the highest value of a measure. */
    public record Ramp(String title, String low, String high, int lowArgb, int highArgb) implements Colour {
        /** The ramp's colour at t in [0, 1]. */
        public int at(double t) {
            return Argb.mix(lowArgb, highArgb, Math.max(0, Math.min(1, t)));
        }
    }

    public String sizeNoteOrDefault() {
        return sizeNote == null ? DEFAULT_SIZE_NOTE : sizeNote;
    }
}
