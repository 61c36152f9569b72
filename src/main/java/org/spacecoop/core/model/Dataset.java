package org.spacecoop.core.model;

import java.util.List;

/**
 * A loaded, validated dataset: everything the explorer shows. {@code asOf} is the month (or day) up to which its
 * facts were brought, null when the file does not say.
 */
public record Dataset(int formatVersion, String title, List<Source> sources, List<Entity> entities,
                      List<Relation> relations, PartialDate asOf) {

    public Dataset {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** A dataset that does not say how current it is. */
    public Dataset(int formatVersion, String title, List<Source> sources, List<Entity> entities, List<Relation> relations) {
        this(formatVersion, title, sources, entities, relations, null);
    }
}
