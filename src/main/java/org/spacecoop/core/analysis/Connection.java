package org.spacecoop.core.analysis;

import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** A chain of steps from one entity to another; empty when start and end are the same entity. */
public record Connection(Entity start, Entity end, List<Step> steps) {

    public Connection {
        steps = List.copyOf(steps);
    }

    /** Number of relations on the chain. */
    public int length() {
        return steps.size();
    }

    /** The entities along the chain, start and end included. */
    public List<Entity> entities() {
        List<Entity> list = new ArrayList<>(steps.size() + 1);
        list.add(start);
        for (Step s : steps) list.add(s.to());
        return list;
    }

    /** The relation of each step. */
    public List<Relation> relations() {
        return steps.stream().map(Step::relation).toList();
    }
}
