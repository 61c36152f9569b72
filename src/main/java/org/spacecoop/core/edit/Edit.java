package org.spacecoop.core.edit;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * What a user asks to change, as data: an {@link EditStack} checks it against the document with the loader's rules
 * and applies it as one undoable step. Records are identified by id; a change keeps the id (to rename, delete and
 * add). Passages are given by source and quote ({@code Passage.text()}); the offsets are found again when the edit
 * is checked. An index of -1 adds at the end.
 */
public sealed interface Edit {

    record AddSource(Source source, int index) implements Edit {
    }

    record ChangeSource(Source source) implements Edit {
    }

    /** Refused while a passage quotes the source. */
    record DeleteSource(String id) implements Edit {
    }

    record AddEntity(Entity entity, int index) implements Edit {
    }

    record ChangeEntity(Entity entity) implements Edit {
    }

    /** Deletes the entity with its relations (and so their evidence), as one step. */
    record DeleteEntity(String id) implements Edit {
    }

    record AddRelation(Relation relation, int index) implements Edit {
    }

    record ChangeRelation(Relation relation) implements Edit {
    }

    record DeleteRelation(String id) implements Edit {
    }

    /** The dataset's title and as-of date (null: none). */
    record ChangeHeader(String title, PartialDate asOf) implements Edit {
    }

    static Edit add(Source s) {
        return new AddSource(s, -1);
    }

    static Edit add(Entity e) {
        return new AddEntity(e, -1);
    }

    static Edit add(Relation r) {
        return new AddRelation(r, -1);
    }

    static Edit change(Source s) {
        return new ChangeSource(s);
    }

    static Edit change(Entity e) {
        return new ChangeEntity(e);
    }

    static Edit change(Relation r) {
        return new ChangeRelation(r);
    }
}
