package org.spacecoop.core.io;

import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * What the parser read, with the position (packed, see {@link Places}) of every value a later check may
 * report. Checks that need other sections (relations to entities, passages to sources) run on these once the
 * whole file is read, so the order of the sections in the file does not matter.
 */
final class Drafts {

    private Drafts() {
    }

    static final class SourceDraft {
        int index;
        long at;
        String id, title, publisher, date, url, kind, file;
        long idAt, fileAt;

        String path() {
            return "$.sources[" + index + "]";
        }
    }

    /** Evidence of an entity or relation. */
    static final class EvidenceDraft {
        List<PassageDraft> passages = List.of();
        List<Reference> references = List.of();
        /** Passages and references left out because they were broken (and reported). */
        int dropped;

        void add(PassageDraft p) {
            passages = plus(passages, p);
        }

        void add(Reference r) {
            references = plus(references, r);
        }

        /**
         * Appends to a list that starts immutable and empty: one element stays an immutable {@code List.of(x)},
         * which {@code List.copyOf} in the model keeps as it is (most items have one passage or reference, and a
         * million relations should not cost two lists each).
         */
        private static <T> List<T> plus(List<T> list, T item) {
            if (list.isEmpty()) return List.of(item);
            List<T> out = list instanceof ArrayList<T> a ? a : new ArrayList<>(list);
            out.add(item);
            return out;
        }
    }

    static final class PassageDraft {
        int index;
        String source, quote;
        long sourceAt, quoteAt;
    }

    static final class EntityDraft {
        int index;
        long at;
        String id, name, country, description;
        List<String> aliases = List.of();
        EntityKind kind;
        PartialDate start, end;
        Status status;
        boolean unverified;
        long idAt, endAt;
        final EvidenceDraft evidence = new EvidenceDraft();
        /** The checked record, once built (null while the read has problems). */
        Entity record;

        String path() {
            return "$.entities[" + index + "]";
        }
    }

    static final class RelationDraft {
        int index;
        long at;
        String id, from, to, note;
        RelationType type;
        Status status;
        PartialDate start, end;
        boolean unverified;
        long idAt, fromAt, toAt, endAt;
        final EvidenceDraft evidence = new EvidenceDraft();
        /** The entities {@code from} and {@code to} name, looked up on the parser's thread; null when unknown. */
        EntityDraft fromEntity, toEntity;

        String path() {
            return "$.relations[" + index + "]";
        }
    }
}
