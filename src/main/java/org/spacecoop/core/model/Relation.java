package org.spacecoop.core.model;

/**
 * A typed, dated, directed relation between two entities. {@code typeName} is the type as written in the data
 * (equal to {@code type.id()} for our own vocabulary, anything for imported files).
 * Identity is the id alone, so the record can serve as a JGraphT edge (parallel edges allowed).
 */
public record Relation(String id, String from, String to, RelationType type, String typeName, Status status,
                       PartialDate start, PartialDate end, String note, boolean unverified, Evidence evidence) {

    public Relation {
        evidence = evidence == null ? Evidence.NONE : evidence;
        typeName = typeName == null ? type.id() : typeName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
