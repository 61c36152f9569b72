package org.spacecoop.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What an entity is. Each kind belongs to a {@link Family} that decides its colour and shape. */
public enum EntityKind {
    COUNTRY(Family.COUNTRY),
    AGENCY(Family.ORGANISATION),
    GOVERNMENT(Family.ORGANISATION),
    ORGANISATION(Family.ORGANISATION),
    INSTITUTE(Family.ORGANISATION),
    ALLIANCE(Family.ORGANISATION),
    COMPANY(Family.COMPANY),
    PERSON(Family.PERSON),
    PROGRAM(Family.PROGRAM),
    MISSION(Family.PROGRAM),
    STATION(Family.PROGRAM),
    VEHICLE(Family.PROGRAM),
    INSTRUMENT(Family.PROGRAM),
    STANDARD(Family.PROGRAM),
    EVENT(Family.PROGRAM),
    AGREEMENT(Family.AGREEMENT),
    /** For vertices of imported graph files whose kind is not one of ours. */
    OTHER(Family.OTHER);

    /** Colour and shape families; actors (countries, organisations, companies, persons) are drawn round, the rest square. */
    public enum Family {
        COUNTRY(true), ORGANISATION(true), COMPANY(true), PERSON(true), PROGRAM(false), AGREEMENT(false), OTHER(true);

        private final boolean actor;

        Family(boolean actor) {
            this.actor = actor;
        }

        public boolean isActor() {
            return actor;
        }
    }

    private static final Map<String, EntityKind> BY_ID = new HashMap<>();

    static {
        for (EntityKind k : values()) BY_ID.put(k.id, k);
    }

    private final Family family;
    private final String id;

    EntityKind(Family family) {
        this.family = family;
        this.id = name().toLowerCase(Locale.ROOT);
    }

    public Family family() {
        return family;
    }

    public boolean isActor() {
        return family.isActor();
    }

    public String id() {
        return id;
    }

    public static Optional<EntityKind> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
