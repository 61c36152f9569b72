package org.spacecoop.core.model;

import java.util.List;

/** A loaded, validated dataset: everything the explorer shows. */
public record Dataset(int formatVersion, String title, List<Source> sources, List<Entity> entities,
                      List<Relation> relations) {

    public Dataset {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
