package org.spacecoop.core.analysis;

import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/** Builds small graphs by hand: {@code new Fixture().actor("a").actor("b").rel("a", "cooperates-on", "b").graph()}. */
public final class Fixture {

    private final List<Entity> entities = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    public Fixture actor(String id) {
        return entity(id, EntityKind.AGENCY, null);
    }

    public Fixture actor(String id, String country) {
        return entity(id, EntityKind.AGENCY, country);
    }

    public Fixture actors(String... ids) {
        for (String id : ids) actor(id);
        return this;
    }

    public Fixture program(String id) {
        return entity(id, EntityKind.PROGRAM, "international");
    }

    public Fixture entity(String id, EntityKind kind, String country) {
        entities.add(new Entity(id, id.toUpperCase(), List.of(), kind, country, "test entity " + id, null, null,
                Status.ACTIVE, false, null));
        return this;
    }

    public Fixture rel(String from, String type, String to) {
        return rel(from, type, to, Status.ACTIVE);
    }

    public Fixture rel(String from, String type, String to, Status status) {
        String id = from + "." + type + "." + to;
        int n = 2;
        while (exists(id)) id = from + "." + type + "." + to + "." + n++;
        Evidence evidence = new Evidence(List.of(new Passage("src", 0, 10, "quote for " + id, true)),
                List.of(new Reference("https://example.org/" + id, "ref")));
        relations.add(new Relation(id, from, to, RelationType.fromId(type).orElseThrow(), type, status, null, null,
                null, false, evidence));
        return this;
    }

    /** An undirected-looking chain a-b-c-… as relations pointing along it. */
    public Fixture path(String... ids) {
        for (String id : ids) if (entities.stream().noneMatch(e -> e.id().equals(id))) actor(id);
        for (int i = 0; i + 1 < ids.length; i++) rel(ids[i], "cooperates-on", ids[i + 1]);
        return this;
    }

    public CooperationGraph build() {
        return CooperationGraph.of(new Dataset(1, "test", List.of(), entities, relations));
    }

    private boolean exists(String id) {
        return relations.stream().anyMatch(r -> r.id().equals(id));
    }
}
