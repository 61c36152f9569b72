package org.spacecoop.ui.detail;

import org.spacecoop.core.model.Entity;

/**
 * A stretch [start, end) of a text to show styled: a mention of an entity (clickable when {@code entity} is set) or
 * the focused passage in a source viewer. Offsets are relative to the text being shown.
 */
public record Mark(int start, int end, String styleClass, Entity entity) {

    public Mark {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public Mark shift(int delta) {
        return new Mark(start + delta, end + delta, styleClass, entity);
    }
}
