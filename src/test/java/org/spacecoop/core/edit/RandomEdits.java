package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

/**
 * Seeded random edits of a document as it stands: every kind of edit, mostly valid, some that the loader's rules
 * refuse (unknown ids, dates out of order, duplicate ids, quotes not in their source, a quoted source deleted).
 */
final class RandomEdits {

    private static final EntityKind[] KINDS = java.util.Arrays.stream(EntityKind.values())
            .filter(k -> k != EntityKind.OTHER).toArray(EntityKind[]::new);
    private static final RelationType[] TYPES = java.util.Arrays.stream(RelationType.values())
            .filter(t -> t != RelationType.OTHER).toArray(RelationType[]::new);
    /** Statuses whose dates do not count against the as-of date, so random dates stay valid. */
    private static final Status[] OPEN = {Status.PLANNED, Status.PROPOSED, Status.SPECULATIVE};

    private final SplittableRandom random;
    private final List<Passage> quotes = new ArrayList<>();
    private int counter;

    RandomEdits(long seed, DatasetDocument doc) {
        this.random = new SplittableRandom(seed);
        for (Entity e : doc.entities()) quotes.addAll(e.evidence().passages());
        for (Relation r : doc.relations()) quotes.addAll(r.evidence().passages());
    }

    Edit next(DatasetDocument doc) {
        int pick = random.nextInt(100);
        if (pick < 12) return addEntity(doc);
        if (pick < 26) return changeEntity(doc);
        if (pick < 30) return new Edit.DeleteEntity(someEntity(doc).id());
        if (pick < 48) return addRelation(doc);
        if (pick < 66) return changeRelation(doc);
        if (pick < 74) return doc.relations().isEmpty() ? addRelation(doc) : new Edit.DeleteRelation(someRelation(doc).id());
        if (pick < 78) return new Edit.AddSource(source("s" + (++counter), "Source " + counter), random.nextInt(doc.sources().size() + 1));
        if (pick < 81) return changeSource(doc);
        if (pick < 84) return new Edit.DeleteSource(doc.sources().get(random.nextInt(doc.sources().size())).id());
        if (pick < 86) return new Edit.ChangeHeader("Title " + random.nextInt(1000), random.nextBoolean() ? doc.asOf() : null);
        return invalid(doc);
    }

    private Edit addEntity(DatasetDocument doc) {
        String id = "new-" + (++counter);
        int at = random.nextInt(4) == 0 ? random.nextInt(doc.entities().size() + 1) : -1;
        return new Edit.AddEntity(entity(id, "Entity " + counter), at);
    }

    private Entity entity(String id, String name) {
        PartialDate start = random.nextBoolean() ? PartialDate.of(1960 + random.nextInt(60), random.nextInt(13), 0) : null;
        List<Passage> passages = random.nextInt(3) == 0 && !quotes.isEmpty() ? List.of(quote()) : List.of();
        return new Entity(id, name, random.nextBoolean() ? List.of("E" + counter, "别名" + counter) : List.of(),
                KINDS[random.nextInt(KINDS.length)], random.nextBoolean() ? "CN" : null, "Made by a random edit.",
                start, null, OPEN[random.nextInt(OPEN.length)], random.nextBoolean(), Evidence.of(passages, List.of()));
    }

    private Edit changeEntity(DatasetDocument doc) {
        Entity e = someEntity(doc);
        Entity changed = switch (random.nextInt(6)) {
            case 0 -> new Entity(e.id(), e.name() + " (renamed)", e.aliases(), e.kind(), e.country(), e.description(),
                    e.start(), e.end(), e.status(), e.unverified(), e.evidence());
            case 1 -> new Entity(e.id(), e.name(), e.aliases(), e.kind(), e.country(), e.description(), e.start(), e.end(),
                    OPEN[random.nextInt(OPEN.length)], e.unverified(), e.evidence());
            case 2 -> new Entity(e.id(), e.name(), List.of("Alias " + random.nextInt(100)), e.kind(), e.country(),
                    e.description(), e.start(), e.end(), e.status(), !e.unverified(), e.evidence());
            case 3 -> new Entity(e.id(), e.name(), e.aliases(), KINDS[random.nextInt(KINDS.length)], "international",
                    "Described again.", e.start(), e.end(), e.status(), e.unverified(), e.evidence());
            case 4 -> new Entity(e.id(), e.name(), e.aliases(), e.kind(), e.country(), e.description(), e.start(), e.end(),
                    e.status(), e.unverified(), Evidence.of(List.of(quote()), e.evidence().references()));
            default -> e; // nothing changes: not recorded
        };
        return Edit.change(changed);
    }

    private Edit addRelation(DatasetDocument doc) {
        Entity a = someEntity(doc), b = someEntity(doc);
        RelationType type = TYPES[random.nextInt(TYPES.length)];
        String id = a.id() + "." + type.id() + "." + b.id() + "." + (++counter);
        int at = random.nextInt(4) == 0 ? random.nextInt(doc.relations().size() + 1) : -1;
        return new Edit.AddRelation(relation(id, a.id(), type, b.id()), at);
    }

    private Relation relation(String id, String from, RelationType type, String to) {
        PartialDate start = random.nextBoolean() ? PartialDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 0) : null;
        PartialDate end = start != null && random.nextBoolean() ? PartialDate.of(start.year() + random.nextInt(5), 0, 0) : null;
        List<Passage> passages = random.nextInt(4) == 0 ? List.of(quote()) : List.of();
        List<Reference> refs = passages.isEmpty() || random.nextBoolean()
                ? List.of(new Reference("https://example.org/" + counter, random.nextBoolean() ? "Ref " + counter : "")) : List.of();
        return new Relation(id, from, to, type, null, OPEN[random.nextInt(OPEN.length)], start, end,
                random.nextBoolean() ? "Note " + counter : null, random.nextBoolean(), Evidence.of(passages, refs));
    }

    private Edit changeRelation(DatasetDocument doc) {
        if (doc.relations().isEmpty()) return addRelation(doc);
        Relation r = someRelation(doc);
        Relation changed = switch (random.nextInt(5)) {
            case 0 -> new Relation(r.id(), r.from(), r.to(), r.type(), null, OPEN[random.nextInt(OPEN.length)], r.start(),
                    r.end(), r.note(), r.unverified(), r.evidence());
            case 1 -> new Relation(r.id(), r.from(), r.to(), TYPES[random.nextInt(TYPES.length)], null, r.status(), r.start(),
                    r.end(), "Changed note " + random.nextInt(1000), !r.unverified(), r.evidence());
            case 2 -> new Relation(r.id(), someEntity(doc).id(), r.to(), r.type(), null, r.status(), r.start(), r.end(),
                    r.note(), r.unverified(), r.evidence());
            case 3 -> new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), r.start(), r.end(), r.note(),
                    r.unverified(), Evidence.of(r.evidence().passages(),
                    List.of(new Reference("https://example.org/changed/" + random.nextInt(1000), "Changed"))));
            default -> new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), null, null, null, r.unverified(),
                    r.evidence());
        };
        return Edit.change(changed);
    }

    private Edit changeSource(DatasetDocument doc) {
        Source s = doc.sources().get(random.nextInt(doc.sources().size()));
        return Edit.change(new Source(s.id(), s.title() + " (revised)", s.publisher(), s.date(),
                random.nextBoolean() ? "https://example.org/source/" + random.nextInt(100) : null, s.kind(), s.file(), s.text()));
    }

    private Source source(String id, String title) {
        return new Source(id, title, "Publisher", "20" + (10 + random.nextInt(15)), null, "news", null, null);
    }

    /** An edit the rules refuse. */
    private Edit invalid(DatasetDocument doc) {
        Entity e = someEntity(doc);
        return switch (random.nextInt(6)) {
            case 0 -> Edit.add(relation("bad-" + (++counter), e.id(), TYPES[0], "no-such-entity"));
            case 1 -> Edit.change(new Entity(e.id(), e.name(), e.aliases(), e.kind(), e.country(), e.description(),
                    PartialDate.of(2020, 5, 0), PartialDate.of(2019, 0, 0), e.status(), e.unverified(), e.evidence()));
            case 2 -> Edit.add(entity(e.id(), "Duplicate"));
            case 3 -> Edit.change(new Entity(e.id(), e.name(), e.aliases(), e.kind(), e.country(), e.description(),
                    e.start(), e.end(), e.status(), e.unverified(),
                    Evidence.of(List.of(new Passage(quote().sourceId(), 0, 0, "words nobody ever wrote here", true)), List.of())));
            case 4 -> Edit.add(new Relation("no-evidence-" + (++counter), e.id(), e.id(), TYPES[1], null, Status.PLANNED,
                    null, null, null, false, Evidence.NONE));
            default -> Edit.add(new Entity("Bad Id " + (++counter), "x", List.of(), EntityKind.AGENCY, null, "d", null, null,
                    Status.ACTIVE, false, null));
        };
    }

    private Passage quote() {
        return quotes.get(random.nextInt(quotes.size()));
    }

    private Entity someEntity(DatasetDocument doc) {
        return doc.entities().get(random.nextInt(doc.entities().size()));
    }

    private Relation someRelation(DatasetDocument doc) {
        return doc.relations().get(random.nextInt(doc.relations().size()));
    }
}
