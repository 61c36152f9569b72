package org.spacecoop.core.io;

import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * Receives the records of a dataset as soon as they are checked, so a graph can be built while the rest of the
 * file is still being parsed. Calls come in file order, from one thread at a time (the reader's own or its
 * relation checker's): first {@link #entities} once, then {@link #relation} for each relation. They stop at the
 * first problem; a read that reports problems returns no dataset, and whatever the listener built must be dropped.
 */
public interface LoadListener {

    LoadListener NONE = new LoadListener() {
        @Override
        public void entities(List<Entity> entities) {
        }

        @Override
        public void relation(Relation relation, int from, int to) {
        }
    };

    /** All entities, in file order. */
    void entities(List<Entity> entities);

    /**
     * One relation with its two ends, as positions in the list passed to {@link #entities}. Its id is new: a
     * repeated id is a problem, and no call comes after the first problem.
     */
    void relation(Relation relation, int from, int to);

    /**
     * After the last relation, while the reader makes its last checks (which may still find a problem): a listener
     * may start finishing its work in the background here (the graph fills its edge table).
     */
    default void relationsDone() {
    }
}
