package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
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
 * Edits as JSON objects for the journal, with the fields of the dataset format. Passages keep their source and
 * quote (they are located again when replayed); a source keeps its file name, not its text.
 */
final class EditCodec {

    private EditCodec() {
    }

    static JsonObject encode(Edit edit) {
        JsonObject o = new JsonObject();
        if (edit instanceof Edit.AddSource e) {
            o.addProperty("edit", "add-source");
            o.addProperty("index", e.index());
            o.add("source", source(e.source()));
        } else if (edit instanceof Edit.ChangeSource e) {
            o.addProperty("edit", "change-source");
            o.add("source", source(e.source()));
        } else if (edit instanceof Edit.DeleteSource e) {
            o.addProperty("edit", "delete-source");
            o.addProperty("id", e.id());
        } else if (edit instanceof Edit.AddEntity e) {
            o.addProperty("edit", "add-entity");
            o.addProperty("index", e.index());
            o.add("entity", entity(e.entity()));
        } else if (edit instanceof Edit.ChangeEntity e) {
            o.addProperty("edit", "change-entity");
            o.add("entity", entity(e.entity()));
        } else if (edit instanceof Edit.DeleteEntity e) {
            o.addProperty("edit", "delete-entity");
            o.addProperty("id", e.id());
        } else if (edit instanceof Edit.AddRelation e) {
            o.addProperty("edit", "add-relation");
            o.addProperty("index", e.index());
            o.add("relation", relation(e.relation()));
        } else if (edit instanceof Edit.ChangeRelation e) {
            o.addProperty("edit", "change-relation");
            o.add("relation", relation(e.relation()));
        } else if (edit instanceof Edit.DeleteRelation e) {
            o.addProperty("edit", "delete-relation");
            o.addProperty("id", e.id());
        } else {
            Edit.ChangeHeader e = (Edit.ChangeHeader) edit;
            o.addProperty("edit", "change-header");
            o.addProperty("title", e.title());
            o.addProperty("asOf", e.asOf() == null ? null : e.asOf().toString());
        }
        return o;
    }

    /** The edit of a journal line; IllegalArgumentException (or a Gson exception) for one this build cannot read. */
    static Edit decode(JsonObject o) {
        String kind = o.get("edit").getAsString();
        return switch (kind) {
            case "add-source" -> new Edit.AddSource(source(o.getAsJsonObject("source")), o.get("index").getAsInt());
            case "change-source" -> new Edit.ChangeSource(source(o.getAsJsonObject("source")));
            case "delete-source" -> new Edit.DeleteSource(o.get("id").getAsString());
            case "add-entity" -> new Edit.AddEntity(entity(o.getAsJsonObject("entity")), o.get("index").getAsInt());
            case "change-entity" -> new Edit.ChangeEntity(entity(o.getAsJsonObject("entity")));
            case "delete-entity" -> new Edit.DeleteEntity(o.get("id").getAsString());
            case "add-relation" -> new Edit.AddRelation(relation(o.getAsJsonObject("relation")), o.get("index").getAsInt());
            case "change-relation" -> new Edit.ChangeRelation(relation(o.getAsJsonObject("relation")));
            case "delete-relation" -> new Edit.DeleteRelation(o.get("id").getAsString());
            case "change-header" -> new Edit.ChangeHeader(string(o, "title"), date(o, "asOf"));
            default -> throw new IllegalArgumentException("unknown edit \"" + kind + "\"");
        };
    }

    private static JsonObject source(Source s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        o.addProperty("title", s.title());
        o.addProperty("publisher", s.publisher());
        o.addProperty("date", s.date());
        o.addProperty("url", s.url());
        o.addProperty("kind", s.kind());
        o.addProperty("file", s.file());
        return o;
    }

    private static Source source(JsonObject o) {
        return new Source(string(o, "id"), string(o, "title"), string(o, "publisher"), string(o, "date"), string(o, "url"),
                string(o, "kind"), string(o, "file"), null);
    }

    private static JsonObject entity(Entity e) {
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        o.addProperty("name", e.name());
        JsonArray aliases = new JsonArray();
        e.aliases().forEach(aliases::add);
        o.add("aliases", aliases);
        o.addProperty("kind", e.kind() == null ? null : e.kind().id());
        o.addProperty("country", e.country());
        o.addProperty("description", e.description());
        o.addProperty("start", e.start() == null ? null : e.start().toString());
        o.addProperty("end", e.end() == null ? null : e.end().toString());
        o.addProperty("status", e.status() == null ? null : e.status().id());
        o.addProperty("unverified", e.unverified());
        evidence(o, e.evidence());
        return o;
    }

    private static Entity entity(JsonObject o) {
        List<String> aliases = new ArrayList<>();
        o.getAsJsonArray("aliases").forEach(a -> aliases.add(a.getAsString()));
        return new Entity(string(o, "id"), string(o, "name"), aliases,
                EntityKind.fromId(string(o, "kind")).orElse(null), string(o, "country"), string(o, "description"),
                date(o, "start"), date(o, "end"), Status.fromId(string(o, "status")).orElse(null),
                o.get("unverified").getAsBoolean(), evidence(o));
    }

    private static JsonObject relation(Relation r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("from", r.from());
        o.addProperty("to", r.to());
        o.addProperty("type", r.typeName());
        o.addProperty("status", r.status() == null ? null : r.status().id());
        o.addProperty("start", r.start() == null ? null : r.start().toString());
        o.addProperty("end", r.end() == null ? null : r.end().toString());
        o.addProperty("note", r.note());
        o.addProperty("unverified", r.unverified());
        evidence(o, r.evidence());
        return o;
    }

    private static Relation relation(JsonObject o) {
        String type = string(o, "type");
        return new Relation(string(o, "id"), string(o, "from"), string(o, "to"),
                RelationType.fromId(type).orElse(RelationType.OTHER), type, Status.fromId(string(o, "status")).orElse(null),
                date(o, "start"), date(o, "end"), string(o, "note"), o.get("unverified").getAsBoolean(), evidence(o));
    }

    private static void evidence(JsonObject o, Evidence e) {
        JsonArray passages = new JsonArray();
        for (Passage p : e.passages()) {
            if (!p.curated()) continue;
            JsonObject q = new JsonObject();
            q.addProperty("source", p.sourceId());
            q.addProperty("quote", p.text());
            passages.add(q);
        }
        o.add("passages", passages);
        JsonArray references = new JsonArray();
        for (Reference r : e.references()) {
            JsonObject q = new JsonObject();
            q.addProperty("url", r.url());
            q.addProperty("title", r.title());
            references.add(q);
        }
        o.add("references", references);
    }

    private static Evidence evidence(JsonObject o) {
        List<Passage> passages = new ArrayList<>();
        for (JsonElement p : o.getAsJsonArray("passages")) {
            JsonObject q = p.getAsJsonObject();
            passages.add(new Passage(string(q, "source"), -1, -1, string(q, "quote"), true));
        }
        List<Reference> references = new ArrayList<>();
        for (JsonElement r : o.getAsJsonArray("references")) {
            JsonObject q = r.getAsJsonObject();
            references.add(new Reference(string(q, "url"), string(q, "title")));
        }
        return Evidence.of(passages, references);
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e instanceof JsonNull ? null : e.getAsString();
    }

    private static PartialDate date(JsonObject o, String name) {
        String s = string(o, name);
        return s == null ? null : PartialDate.of(s);
    }
}
