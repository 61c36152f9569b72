package org.spacecoop.core.filter;

import java.util.Objects;

/** The ego network of one entity: everything within {@code depth} relations of it, following both directions. */
public record Focus(String entityId, int depth) {

    public static final int MAX_DEPTH = 3;

    public Focus {
        entityId = Objects.requireNonNull(entityId, "entityId").strip();
        if (entityId.isBlank()) throw new IllegalArgumentException("focus needs an entity id");
        if (depth < 1 || depth > MAX_DEPTH) throw new IllegalArgumentException("focus depth must be 1, 2 or 3, not " + depth);
    }
}
