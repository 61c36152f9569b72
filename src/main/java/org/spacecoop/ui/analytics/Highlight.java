package org.spacecoop.ui.analytics;

import java.util.Set;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** Entities and relations drawn emphasised on the canvas (a path, a single point of failure and what it holds). */
public record Highlight(Set<Entity> entities, Set<Relation> relations) {

    public static final Highlight NONE = new Highlight(Set.of(), Set.of());

    public Highlight {
        entities = Set.copyOf(entities);
        relations = Set.copyOf(relations);
    }

    public boolean isEmpty() {
        return entities.isEmpty() && relations.isEmpty();
    }
}
