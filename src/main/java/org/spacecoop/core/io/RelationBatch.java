package org.spacecoop.core.io;

import org.spacecoop.core.io.Drafts.EntityDraft;
import org.spacecoop.core.io.Drafts.RelationDraft;
import org.spacecoop.core.model.Relation;

/**
 * Relations a fast-reader thread has parsed but not yet checked, with the keys of their ends. Ends are found a
 * batch at a time so that the processor can wait for many look-ups in the id table at once: one at a time,
 * between the parsing of one relation and the next, each waited alone for memory (the table is 16 MB for
 * 250,000 ids), and they were a fifth of the parsing threads' time.
 */
final class RelationBatch {
    static final int SIZE = 64;

    private final RelationDraft[] drafts = new RelationDraft[SIZE];
    private final EntityIds.Key[] fromKeys = new EntityIds.Key[SIZE], toKeys = new EntityIds.Key[SIZE];
    private int size;
    /** What {@link #check} read ahead, kept so that the reads are not optimised away. */
    private long touched;

    RelationBatch() {
        for (int i = 0; i < SIZE; i++) {
            drafts[i] = new RelationDraft();
            fromKeys[i] = new EntityIds.Key();
            toKeys[i] = new EntityIds.Key();
        }
    }

    /** The draft to read the next relation into (cleared); {@link #add} it once read. */
    RelationDraft next() {
        RelationDraft r = drafts[size];
        r.clear();
        return r;
    }

    /** The key of the next relation's {@code from} end. */
    EntityIds.Key fromKey() {
        return fromKeys[size];
    }

    EntityIds.Key toKey() {
        return toKeys[size];
    }

    /** Adds the relation read into {@link #next}; true when the batch is full. */
    boolean add() {
        return ++size == SIZE;
    }

    /**
     * Finds the ends of the relations in the batch, checks them and empties the batch; null when it was empty.
     * An unknown end or a relation with a problem gives up (the reporting reader then says where).
     */
    Checked check(EntityIds.Finder ends, DatasetValidator validator) {
        int n = size;
        size = 0;
        if (n == 0) return null;
        for (int i = 0; i < n; i++) { // the first table slots: independent reads, whose cache misses overlap
            if (fromKeys[i].entity == null) ends.touch(fromKeys[i]);
            if (toKeys[i].entity == null) ends.touch(toKeys[i]);
        }
        for (int i = 0; i < n; i++) { // the entity records, read here so that their cache misses overlap too
            RelationDraft r = drafts[i];
            r.fromEntity = found(fromKeys[i], ends);
            r.toEntity = found(toKeys[i], ends);
            touched += r.fromEntity.index + r.toEntity.index;
        }
        Checked checked = new Checked();
        for (int i = 0; i < n; i++) {
            RelationDraft r = drafts[i];
            Relation relation = validator.record(r);
            if (relation == null) throw JsonBytes.giveUp();
            checked.relations[i] = relation;
            checked.from[i] = r.fromEntity.index;
            checked.to[i] = r.toEntity.index;
        }
        checked.size = n;
        return checked;
    }

    private static EntityDraft found(EntityIds.Key k, EntityIds.Finder ends) {
        EntityDraft e = k.entity != null ? k.entity : ends.find(k);
        if (e == null) throw JsonBytes.giveUp();
        return e;
    }

    /**
     * Relations checked on a parsing thread, on their way to {@link DatasetValidator#keep}: up to a batch of them
     * and their ends' graph positions, handed on together (as a record each, they were a million more objects,
     * half of them held until the first thread caught up).
     */
    static final class Checked {
        final Relation[] relations = new Relation[SIZE];
        final int[] from = new int[SIZE], to = new int[SIZE];
        int size;

        void keepAll(DatasetValidator validator) {
            for (int i = 0; i < size; i++) validator.keep(relations[i], from[i], to[i]);
        }
    }
}
