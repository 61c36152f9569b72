package org.spacecoop.bench;

import java.io.IOException;
import java.io.Writer;

import com.google.gson.stream.JsonWriter;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/** The baseline for saving: the same fields through Gson's JsonWriter with two-space indent. */
final class GsonPrettyPrint {

    private GsonPrettyPrint() {
    }

    static void write(Dataset d, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setHtmlSafe(false);
        w.beginObject().name("formatVersion").value(1).name("title").value(d.title());
        if (d.asOf() != null) w.name("asOf").value(d.asOf().toString());
        w.name("sources").beginArray();
        for (Source s : d.sources()) {
            w.beginObject().name("id").value(s.id()).name("title").value(s.title()).name("publisher").value(s.publisher())
                    .name("date").value(s.date()).name("url").value(s.url()).name("kind").value(s.kind());
            if (s.file() != null) w.name("file").value(s.file());
            w.endObject();
        }
        w.endArray().name("entities").beginArray();
        for (Entity e : d.entities()) {
            w.beginObject().name("id").value(e.id()).name("name").value(e.name());
            if (!e.aliases().isEmpty()) {
                w.name("aliases").beginArray();
                for (String a : e.aliases()) w.value(a);
                w.endArray();
            }
            w.name("kind").value(e.kind().id());
            if (e.country() != null) w.name("country").value(e.country());
            w.name("description").value(e.description());
            if (e.start() != null) w.name("start").value(e.start().toString());
            if (e.end() != null) w.name("end").value(e.end().toString());
            w.name("status").value(e.status().id());
            if (e.unverified()) w.name("unverified").value(true);
            evidence(w, e.evidence());
            w.endObject();
        }
        w.endArray().name("relations").beginArray();
        for (Relation r : d.relations()) {
            w.beginObject().name("id").value(r.id()).name("from").value(r.from()).name("to").value(r.to())
                    .name("type").value(r.typeName()).name("status").value(r.status().id());
            if (r.start() != null) w.name("start").value(r.start().toString());
            if (r.end() != null) w.name("end").value(r.end().toString());
            if (r.note() != null) w.name("note").value(r.note());
            if (r.unverified()) w.name("unverified").value(true);
            evidence(w, r.evidence());
            w.endObject();
        }
        w.endArray().endObject().flush();
        out.write('\n');
    }

    private static void evidence(JsonWriter w, Evidence ev) throws IOException {
        if (!ev.passages().isEmpty()) {
            w.name("passages").beginArray();
            for (Passage p : ev.passages()) w.beginObject().name("source").value(p.sourceId()).name("quote").value(p.text()).endObject();
            w.endArray();
        }
        if (!ev.references().isEmpty()) {
            w.name("references").beginArray();
            for (Reference r : ev.references()) w.beginObject().name("url").value(r.url()).name("title").value(r.title()).endObject();
            w.endArray();
        }
    }
}
