package org.spacecoop.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The state of an entity or a relation, as of the newest source. */
public enum Status {
    HISTORICAL, ACTIVE, PLANNED, PROPOSED, SPECULATIVE, SUSPENDED, CANCELLED;

    private static final Map<String, Status> BY_ID = new HashMap<>();

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
