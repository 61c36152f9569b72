package org.spacecoop.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documented vocabulary of relation types (docs/dataset-format.md). Imported graph files may carry other
 * type names; those are kept as text on the relation and mapped to {@link #OTHER}.
 */
public enum RelationType {
    MEMBER_OF(Family.MEMBERSHIP), SIGNATORY_OF(Family.MEMBERSHIP), CO_LEADS(Family.MEMBERSHIP), INITIATES(Family.MEMBERSHIP),
    PART_OF(Family.MEMBERSHIP),
    DEVELOPS(Family.HARDWARE), PROVIDES_INSTRUMENT(Family.HARDWARE), PROVIDES_HARDWARE(Family.HARDWARE),
    HOSTS_PAYLOAD(Family.HARDWARE), BASED_ON(Family.HARDWARE), COMPATIBLE_WITH(Family.HARDWARE),
    PROVIDES_LAUNCH(Family.TRANSPORT), CREW_TRANSPORT(Family.TRANSPORT), BARTER_SEAT(Family.TRANSPORT),
    DEPENDS_ON(Family.TRANSPORT), CONTRACTS(Family.TRANSPORT), TRACKS(Family.TRANSPORT),
    OPERATES(Family.OPERATION),
    TRAINS_WITH(Family.COOPERATION), COOPERATES_ON(Family.COOPERATION),
    BANS(Family.CONFLICT), BLOCKS(Family.CONFLICT), WITHDRAWS(Family.CONFLICT), DECLINES(Family.CONFLICT),
    SUSPENDS(Family.CONFLICT), PROPOSES_CANCELLATION(Family.CONFLICT),
    PROPOSES(Family.POLICY), RESTORES_FUNDING(Family.POLICY),
    OTHER(Family.OTHER);

    /** Groups of types that share an edge colour. */
    public enum Family { MEMBERSHIP, HARDWARE, TRANSPORT, OPERATION, COOPERATION, CONFLICT, POLICY, OTHER }

    /** Looked up by id on every relation read, so a map rather than a scan that lower-cases each name. */
    private static final Map<String, RelationType> BY_ID = new HashMap<>();

    static {
        for (RelationType t : values()) BY_ID.put(t.id, t);
    }

    private final Family family;
    private final String id;

    RelationType(Family family) {
        this.family = family;
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Family family() {
        return family;
    }

    /** The name used in the JSON format ("provides-instrument"). */
    public String id() {
        return id;
    }

    public static Optional<RelationType> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
