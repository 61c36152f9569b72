package org.spacecoop.core.model;

import java.util.Locale;
import java.util.Optional;

/** The state of an entity or a relation, as of the newest source. */
public enum Status {
    HISTORICAL, ACTIVE, PLANNED, PROPOSED, SPECULATIVE, SUSPENDED, CANCELLED;

    /** The name used in the JSON format and the filter text form ("historical", …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> fromId(String id) {
        for (Status s : values()) if (s.id().equals(id)) return Optional.of(s);
        return Optional.empty();
    }
}
