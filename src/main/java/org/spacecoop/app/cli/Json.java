package org.spacecoop.app.cli;

import java.util.Collection;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;

/** The JSON shapes shared by the analysis commands' {@code --json} output. */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().create();

    private Json() {
    }

    static String print(JsonElement tree) {
        return GSON.toJson(tree);
    }

    static JsonObject entity(Entity e) {
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        o.addProperty("name", e.name());
        o.addProperty("kind", e.kind().id());
        if (e.country() != null) o.addProperty("country", e.country());
        return o;
    }

    static JsonArray entities(Collection<Entity> list) {
        JsonArray a = new JsonArray();
        for (Entity e : list) a.add(entity(e));
        return a;
    }

    static JsonObject relation(Relation r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("from", r.from());
        o.addProperty("type", r.typeName());
        o.addProperty("to", r.to());
        o.addProperty("status", r.status().id());
        if (r.start() != null) o.addProperty("start", r.start().toString());
        if (r.end() != null) o.addProperty("end", r.end().toString());
        o.add("evidence", evidence(r.evidence()));
        return o;
    }

    static JsonArray relations(Collection<Relation> list) {
        JsonArray a = new JsonArray();
        for (Relation r : list) a.add(relation(r));
        return a;
    }

    static JsonObject evidence(Evidence ev) {
        JsonObject o = new JsonObject();
        JsonArray passages = new JsonArray();
        for (Passage p : ev.passages()) {
            JsonObject po = new JsonObject();
            po.addProperty("source", p.sourceId());
            po.addProperty("quote", p.text());
            passages.add(po);
        }
        JsonArray refs = new JsonArray();
        for (Reference r : ev.references()) {
            JsonObject ro = new JsonObject();
            ro.addProperty("url", r.url());
            ro.addProperty("title", r.title());
            refs.add(ro);
        }
        o.add("passages", passages);
        o.add("references", refs);
        return o;
    }
}
