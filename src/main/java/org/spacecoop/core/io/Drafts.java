package org.spacecoop.core.io;

import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * What the parser read, with the position (packed, see {@link JsonCursor}) of every value a later check may
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
        final List<PassageDraft> passages = new ArrayList<>(1);
        final List<Reference> references = new ArrayList<>(0);
        /** Passages and references left out because they were broken (and reported). */
        int dropped;
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

        String path() {
            return "$.relations[" + index + "]";
        }
    }
}
