package org.spacecoop.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, validated dataset: everything the explorer shows. {@code asOf} is the month (or day) up to which its
 * facts were brought, null when the file does not say.
 *
 * <p>{@code directed} is false for a graph file from another tool that declares its edges undirected (GraphML
 * {@code edgedefault="undirected"}, GML without {@code directed 1}, DOT {@code graph}); relations then still have a
 * "from" and a "to" as written, but are drawn without arrowheads. {@code edgeNumbers} keeps the numeric edge
 * attributes such a file carried (attribute name, e.g. "weight" → relation id → value), so they can size edges;
 * our own JSON has none.
 */
public record Dataset(int formatVersion, String title, List<Source> sources, List<Entity> entities,
                      List<Relation> relations, PartialDate asOf, boolean directed,
                      Map<String, Map<String, Double>> edgeNumbers) {

    public Dataset {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        Map<String, Map<String, Double>> numbers = new HashMap<>();
        edgeNumbers.forEach((name, values) -> numbers.put(name, Map.copyOf(values)));
        edgeNumbers = Map.copyOf(numbers);
    }

    /** A directed dataset without numeric edge attributes (our own format). */
    public Dataset(int formatVersion, String title, List<Source> sources, List<Entity> entities, List<Relation> relations,
                   PartialDate asOf) {
        this(formatVersion, title, sources, entities, relations, asOf, true, Map.of());
    }

    /** A dataset that does not say how current it is. */
    public Dataset(int formatVersion, String title, List<Source> sources, List<Entity> entities, List<Relation> relations) {
        this(formatVersion, title, sources, entities, relations, null);
    }
}
