package org.spacecoop.core.model;

import java.util.Locale;
import java.util.Optional;

/** The state of an entity or a relation, as of the newest source. */
public enum Status {
    HISTORICAL, ACTIVE, PLANNED, PROPOSED, SPECULATIVE, SUSPENDED, CANCELLED;

    private static final java.util.Map<String, Status> BY_ID = new java.util.HashMap<>();

    static {
        for (Status s : values()) BY_ID.put(s.id, s);
    }

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The name used in the JSON format and the filter text form ("historical", …). */
    public String id() {
        return id;
    }

    public static Optional<Status> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
