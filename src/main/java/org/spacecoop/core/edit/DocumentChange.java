package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * What one apply, undo or redo changed, so that views update only what changed (a canvas adds one node rather
 * than laying out the graph again). Records come in the order the changes were made.
 */
public final class DocumentChange {

    /** How the step came to be applied or taken back. */
    public enum Kind { APPLIED, UNDONE, REDONE }

    private final Step step;
    private final Kind kind;
    private final List<Op> ops;

    DocumentChange(Step step, Kind kind, List<Op> ops) {
        this.step = step;
        this.kind = kind;
        this.ops = ops;
    }

    public Step step() {
        return step;
    }

    public Kind kind() {
        return kind;
    }

    public List<Source> addedSources() {
        return collect(Op.Section.SOURCES, true, Source.class);
    }

    public List<Source> removedSources() {
        return collect(Op.Section.SOURCES, false, Source.class);
    }

    /** Sources changed in place: their new versions. */
    public List<Source> changedSources() {
        return replaced(Op.Section.SOURCES, Source.class);
    }

    public List<Entity> addedEntities() {
        return collect(Op.Section.ENTITIES, true, Entity.class);
    }

    public List<Entity> removedEntities() {
        return collect(Op.Section.ENTITIES, false, Entity.class);
    }

    /** Entities changed in place: their new versions. */
    public List<Entity> changedEntities() {
        return replaced(Op.Section.ENTITIES, Entity.class);
    }

    public List<Relation> addedRelations() {
        return collect(Op.Section.RELATIONS, true, Relation.class);
    }

    public List<Relation> removedRelations() {
        return collect(Op.Section.RELATIONS, false, Relation.class);
    }

    /** Relations changed in place: their new versions. */
    public List<Relation> changedRelations() {
        return replaced(Op.Section.RELATIONS, Relation.class);
    }

    /** True when the title or the as-of date changed. */
    public boolean headerChanged() {
        return ops.stream().anyMatch(o -> o instanceof Op.Header);
    }

    private <T> List<T> collect(Op.Section section, boolean added, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Op o : ops) {
            if (added && o instanceof Op.Insert i && i.section() == section) out.add(type.cast(i.record()));
            if (!added && o instanceof Op.Remove r && r.section() == section) out.add(type.cast(r.record()));
            if (added && o instanceof Op.InsertAll i && i.section() == section) i.records().forEach(x -> out.add(type.cast(x)));
            if (!added && o instanceof Op.RemoveAll r && r.section() == section) r.records().forEach(x -> out.add(type.cast(x)));
        }
        return out;
    }

    private <T> List<T> replaced(Op.Section section, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Op o : ops) if (o instanceof Op.Replace r && r.section() == section) out.add(type.cast(r.after()));
        return out;
    }

    @Override
    public String toString() {
        return kind + " " + step.name();
    }
}
