package org.spacecoop.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What supports an entity or a relation: located quotes from source documents and web references. Immutable,
 * and equal to any evidence with equal lists.
 * <p>
 * References packed by a loader ({@link EncodedReferences}) are kept as their block, offset and count in this
 * object, and {@link #references()} makes the small list view on each call: a million relations then keep one
 * object each for their evidence rather than two, which the garbage collector copies and marks during a load.
 */
public final class Evidence {

    public static final Evidence NONE = new Evidence(List.of(), List.of());

    private final List<Passage> passages;
    /** The references, or null when they are packed in {@link #block}. */
    private final List<Reference> references;
    private final byte[] block;
    private final int offset, count;

    public Evidence(List<Passage> passages, List<Reference> references) {
        this.passages = passages.isEmpty() ? List.of() : List.copyOf(passages); // most relations have none
        if (references instanceof EncodedReferences packed) {
            this.references = null;
            block = packed.block;
            offset = packed.offset;
            count = packed.count;
        } else {
            this.references = List.copyOf(references);
            block = null;
            offset = count = 0;
        }
    }

    /** The evidence; the shared {@link #NONE} when both lists are empty (a large file has many such entities). */
    public static Evidence of(List<Passage> passages, List<Reference> references) {
        return passages.isEmpty() && references.isEmpty() ? NONE : new Evidence(passages, references);
    }

    public List<Passage> passages() {
        return passages;
    }

    /** The references (an immutable list). */
    public List<Reference> references() {
        return references != null ? references : new EncodedReferences(block, offset, count);
    }

    public boolean isEmpty() {
        return passages.isEmpty() && (references != null ? references.isEmpty() : count == 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && passages.equals(e.passages) && references().equals(e.references());
    }

    @Override
    public int hashCode() {
        return Objects.hash(passages, references());
    }

    @Override
    public String toString() {
        return "Evidence[passages=" + passages + ", references=" + references() + "]";
    }
}
