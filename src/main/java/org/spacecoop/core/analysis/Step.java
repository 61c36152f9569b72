package org.spacecoop.core.analysis;

import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Relation;

/**
 * One step of a connection: from an entity over a relation to the next entity. {@code direction} says whether the
 * relation points the way the chain is read ({@code FORWARD}: "from → to") or against it. {@code alternatives} are
 * the other relations that tie the same two entities and could take this step.
 */
public record Step(Entity from, Relation relation, Direction direction, Entity to, List<Relation> alternatives) {

    public enum Direction {
        FORWARD, BACKWARD;

        public String arrow() {
            return this == FORWARD ? "→" : "←";
        }
    }

    public Step {
        alternatives = List.copyOf(alternatives);
    }

    /** The evidence of the relation taking this step. */
    public Evidence evidence() {
        return relation.evidence();
    }

    /** "esa —provides-hardware→ gateway" or "gateway ←member-of— cty_jp". */
    public String describe() {
        return direction == Direction.FORWARD
                ? from.name() + " —" + relation.typeName() + "→ " + to.name()
                : from.name() + " ←" + relation.typeName() + "— " + to.name();
    }
}
