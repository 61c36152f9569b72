package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.spacecoop.core.io.RecordChecks;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * A dataset open for editing: its sources, entities and relations in file order, with lookups by id. It is changed
 * only through an {@link EditStack}; readers see unmodifiable views of the current state and take an immutable
 * {@link #snapshot} to hand to other threads (layout, analysis, saving). Not thread-safe: use it from one thread.
 */
public final class DatasetDocument implements RecordChecks.Context {

    private final int formatVersion;
    private final boolean directed;
    private final Map<String, Map<String, Double>> edgeNumbers;
    private String title;
    private PartialDate asOf;
    private final Table<Source> sources;
    private final Table<Entity> entities;
    private final Table<Relation> relations;

    public DatasetDocument(Dataset d) {
        this.formatVersion = d.formatVersion();
        this.directed = d.directed();
        this.edgeNumbers = d.edgeNumbers();
        this.title = d.title();
        this.asOf = d.asOf();
        this.sources = new Table<>(d.sources(), Source::id);
        this.entities = new Table<>(d.entities(), Entity::id);
        this.relations = new Table<>(d.relations(), Relation::id);
    }

    /** The current state as an immutable dataset (copies the three lists: about a millisecond per 100,000 records). */
    public Dataset snapshot() {
        return new Dataset(formatVersion, title, sources.copy(), entities.copy(), relations.copy(), asOf, directed, edgeNumbers);
    }

    public String title() {
        return title;
    }

    @Override
    public PartialDate asOf() {
        return asOf;
    }

    /** The sources in file order (a live, unmodifiable view). */
    public List<Source> sources() {
        return sources.view();
    }

    /** The entities in file order (a live, unmodifiable view). */
    public List<Entity> entities() {
        return entities.view();
    }

    /** The relations in file order (a live, unmodifiable view). */
    public List<Relation> relations() {
        return relations.view();
    }

    @Override
    public Source source(String id) {
        return sources.get(id);
    }

    public Entity entity(String id) {
        return entities.get(id);
    }

    public Relation relation(String id) {
        return relations.get(id);
    }

    /** The relations from or to an entity, in file order: what goes with it when it is deleted. */
    public List<Relation> relationsOf(String entityId) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations.view()) if (r.from().equals(entityId) || r.to().equals(entityId)) out.add(r);
        return out;
    }

    @Override
    public boolean hasEntity(String id) {
        return entities.get(id) != null;
    }

    @Override
    public Collection<String> entityIds() {
        return entities.ids();
    }

    @Override
    public Collection<String> sourceIds() {
        return sources.ids();
    }

    @SuppressWarnings("unchecked")
    <T> Table<T> table(Op.Section section) {
        return (Table<T>) switch (section) {
            case SOURCES -> sources;
            case ENTITIES -> entities;
            case RELATIONS -> relations;
        };
    }

    void setHeader(String title, PartialDate asOf) {
        this.title = title;
        this.asOf = asOf;
    }
}
