package org.spacecoop.core.model;

import java.util.List;

/** What supports an entity or a relation: located quotes from source documents and web references. */
public record Evidence(List<Passage> passages, List<Reference> references) {

    public static final Evidence NONE = new Evidence(List.of(), List.of());

    public Evidence {
        passages = List.copyOf(passages);
        references = List.copyOf(references);
    }

    /** The evidence; the shared {@link #NONE} when both lists are empty (a large file has many such entities). */
    public static Evidence of(List<Passage> passages, List<Reference> references) {
        return passages.isEmpty() && references.isEmpty() ? NONE : new Evidence(passages, references);
    }

    public boolean isEmpty() {
        return passages.isEmpty() && references.isEmpty();
    }
}
