package org.spacecoop.ui.state;

import java.util.Optional;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** What is selected in the explorer: nothing, one entity (node) or one relation (edge). */
public sealed interface Selection {

    Selection NONE = new None();

    static Selection of(Entity entity) {
        return entity == null ? NONE : new Node(entity);
    }

    static Selection of(Relation relation) {
        return relation == null ? NONE : new Edge(relation);
    }

    default Optional<Entity> selectedEntity() {
        return this instanceof Node n ? Optional.of(n.entity()) : Optional.empty();
    }

    default Optional<Relation> selectedRelation() {
        return this instanceof Edge e ? Optional.of(e.relation()) : Optional.empty();
    }

    default boolean isEmpty() {
        return this instanceof None;
    }

    record None() implements Selection {
    }

    record Node(Entity entity) implements Selection {
    }

    record Edge(Relation relation) implements Selection {
    }
}
