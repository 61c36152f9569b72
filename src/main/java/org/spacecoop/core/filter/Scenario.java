package org.spacecoop.core.filter;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.spacecoop.core.model.Status;

/** One-click status combinations: what is, what is planned, and what the op-ed imagines. */
public enum Scenario {
    /** Historical and active relations. */
    TODAY("today", "Today", EnumSet.of(Status.HISTORICAL, Status.ACTIVE)),
    /** Today plus planned relations. */
    PLANS("plans", "Plans", EnumSet.of(Status.HISTORICAL, Status.ACTIVE, Status.PLANNED)),
    /** Plans plus proposed and speculative relations: the op-ed's scenario. */
    OPED("oped", "The op-ed's scenario",
            EnumSet.of(Status.HISTORICAL, Status.ACTIVE, Status.PLANNED, Status.PROPOSED, Status.SPECULATIVE));

    private final String id;
    private final String label;
    private final Set<Status> statuses;

    Scenario(String id, String label, EnumSet<Status> statuses) {
        this.id = id;
        this.label = label;
        this.statuses = Collections.unmodifiableSet(statuses);
    }

    /** The name used in the filter text form ("today"). */
    public String id() {
        return id;
    }

    /** The name shown on its button. */
    public String label() {
        return label;
    }

    public Set<Status> statuses() {
        return statuses;
    }

    public static Optional<Scenario> fromId(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        for (Scenario s : values()) if (s.id.equals(key)) return Optional.of(s);
        return Optional.empty();
    }

    /** The scenario whose statuses are exactly these, if any. */
    public static Optional<Scenario> matching(Set<Status> statuses) {
        for (Scenario s : values()) if (s.statuses.equals(statuses)) return Optional.of(s);
        return Optional.empty();
    }
}
