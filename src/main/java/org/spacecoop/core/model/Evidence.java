package org.spacecoop.core.model;

import java.util.List;

/** What supports an entity or a relation: located quotes from source documents and web references. */
public record Evidence(List<Passage> passages, List<Reference> references) {

    public static final Evidence NONE = new Evidence(List.of(), List.of());

    public Evidence {
        passages = List.copyOf(passages);
        references = List.copyOf(references);
    }

    public boolean isEmpty() {
        return passages.isEmpty() && references.isEmpty();
    }
}
