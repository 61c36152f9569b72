package org.spacecoop.core.edit;

import java.util.List;

import org.spacecoop.core.model.PartialDate;

/**
 * One change of a document, with its exact inverse: what every step is made of. Positions are those in the
 * section as it stands when the change is applied, so a step's changes are undone in reverse order.
 */
sealed interface Op {

    /** The sections of a document. */
    enum Section { SOURCES, ENTITIES, RELATIONS }

    Op inverse();

    void applyTo(DatasetDocument d);

    record Insert(Section section, int index, Object record) implements Op {
        public Op inverse() {
            return new Remove(section, index, record);
        }

        public void applyTo(DatasetDocument d) {
            d.table(section).insert(index, record);
        }
    }

    record Remove(Section section, int index, Object record) implements Op {
        public Op inverse() {
            return new Insert(section, index, record);
        }

        public void applyTo(DatasetDocument d) {
            d.table(section).remove(index, record);
        }
    }

    record Replace(Section section, int index, Object before, Object after) implements Op {
        public Op inverse() {
            return new Replace(section, index, after, before);
        }

        public void applyTo(DatasetDocument d) {
            d.table(section).replace(index, before, after);
        }
    }

    /** Removes records at ascending positions (an entity's relations), in one pass over the section. */
    record RemoveAll(Section section, int[] positions, List<Object> records) implements Op {
        public Op inverse() {
            return new InsertAll(section, positions, records);
        }

        public void applyTo(DatasetDocument d) {
            d.table(section).removeAll(positions, records);
        }
    }

    /** Inserts records so that they end up at ascending positions, in one pass. */
    record InsertAll(Section section, int[] positions, List<Object> records) implements Op {
        public Op inverse() {
            return new RemoveAll(section, positions, records);
        }

        public void applyTo(DatasetDocument d) {
            d.table(section).insertAll(positions, records);
        }
    }

    /** The title and the as-of date. */
    record Header(String titleBefore, PartialDate asOfBefore, String title, PartialDate asOf) implements Op {
        public Op inverse() {
            return new Header(title, asOf, titleBefore, asOfBefore);
        }

        public void applyTo(DatasetDocument d) {
            d.setHeader(title, asOf);
        }
    }
}
