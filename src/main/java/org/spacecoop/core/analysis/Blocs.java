package org.spacecoop.core.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.spacecoop.core.model.Entity;

/**
 * Geographic blocs from an entity's {@code country} field, for "which programs lose all their partners from a
 * bloc": US, China, Europe (ESA and EU member states, the EU and "Europe"), Russia, Japan, India, UAE; any other
 * country code is a bloc of its own; "international" and missing countries belong to none.
 */
public final class Blocs {

    /** ESA member and associate states, EU member states, the UK and Switzerland. */
    private static final Set<String> EUROPE = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "CH", "GB", "UK", "EU", "EUROPE");
    private static final Map<String, String> NAMED = Map.of("US", "US", "CN", "China", "RU", "Russia",
            "JP", "Japan", "IN", "India", "AE", "UAE");

    private Blocs() {
    }

    /** The default bloc of an entity, if it has one. */
    public static Optional<String> of(Entity e) {
        String c = e.country();
        if (c == null || c.isBlank()) return Optional.empty();
        String key = c.trim().toUpperCase(Locale.ROOT);
        if (key.equals("INTERNATIONAL")) return Optional.empty();
        if (EUROPE.contains(key)) return Optional.of("Europe");
        return Optional.of(NAMED.getOrDefault(key, key));
    }

    /** The default scheme as a function, for {@link WhatIf}. */
    public static Function<Entity, Optional<String>> byCountry() {
        return Blocs::of;
    }
}
