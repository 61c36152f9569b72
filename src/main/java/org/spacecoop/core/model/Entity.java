package org.spacecoop.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor (country, agency, company, …) or a program (mission, station, hardware, agreement).
 * Identity is the id alone, so the record can serve as a JGraphT vertex.
 */
public record Entity(String id, String name, List<String> aliases, EntityKind kind, String country,
                     String description, PartialDate start, PartialDate end, Status status,
                     boolean unverified, Evidence evidence) {

    public Entity {
        aliases = List.copyOf(aliases);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** The name followed by every alias. */
    public List<String> names() {
        var all = new ArrayList<String>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entity e && e.id.equals(id);
    }

    /** The id's hash code, which the graph relies on to find an entity from its id alone. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
