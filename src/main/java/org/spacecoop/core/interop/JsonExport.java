package org.spacecoop.core.interop;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.spacecoop.core.io.AtomicFileWriter;
import org.spacecoop.core.io.FileWriteException;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

import com.google.gson.stream.JsonWriter;

/**
 * A filtered copy of a dataset in our JSON format (docs/dataset-format.md): the entities and relations of the
 * graph view, in the dataset's order, and the sources their evidence cites. Only curated passages are written;
 * the others are found again by alias matching when the copy is loaded.
 */
final class JsonExport {

    private JsonExport() {
    }

    /** The dataset restricted to the view. */
    static Dataset filteredCopy(Dataset d, Graph<Entity, Relation> view) {
        List<Entity> entities = d.entities().stream().filter(view::containsVertex).toList();
        List<Relation> relations = d.relations().stream().filter(view::containsEdge).toList();
        Set<String> cited = new LinkedHashSet<>();
        for (Entity e : entities) cite(e.evidence(), cited);
        for (Relation r : relations) cite(r.evidence(), cited);
        List<Source> sources = d.sources().stream().filter(s -> cited.contains(s.id())).toList();
        return new Dataset(d.formatVersion(), d.title(), sources, entities, relations);
    }

    private static void cite(Evidence ev, Set<String> cited) {
        for (Passage p : ev.passages()) if (p.curated()) cited.add(p.sourceId());
    }

    /**
     * Writes the documents the copy's passages quote into {@code sources/} beside the JSON file, so the copy
     * loads back anywhere. A different file already there under the same name is not overwritten.
     */
    static void writeSources(GraphFileExporter.Request request, Path json) throws IOException {
        Path folder = json.toAbsolutePath().normalize().resolveSibling("sources");
        for (Source s : filteredCopy(request.dataset(), request.graph()).sources()) {
            if (s.file() == null || !s.hasText()) continue;
            Path target = folder.resolve(s.file()).normalize();
            if (!target.startsWith(folder)) continue; // the reader refuses such names anyway
            if (Files.isRegularFile(target)) {
                if (Files.readString(target, StandardCharsets.UTF_8).equals(s.text())) continue;
                throw new FileWriteException(target, "Cannot write " + json + ": " + target
                        + " already exists with other content (the copy's quotes need the source document); choose another folder");
            }
            Files.createDirectories(target.getParent());
            AtomicFileWriter.writeText(target, w -> w.write(s.text()));
        }
    }

    static void write(GraphFileExporter.Request request, Writer out) throws IOException {
        write(filteredCopy(request.dataset(), request.graph()), out);
    }

    static void write(Dataset d, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setSerializeNulls(false);
        w.beginObject();
        w.name("formatVersion").value(d.formatVersion() <= 0 ? 1 : d.formatVersion());
        w.name("title").value(d.title());
        w.name("sources").beginArray();
        for (Source s : d.sources()) {
            w.beginObject();
            w.name("id").value(s.id()).name("title").value(s.title()).name("publisher").value(s.publisher())
                    .name("date").value(s.date());
            w.name("url");
            if (s.url() == null) w.jsonValue("null"); else w.value(s.url());
            w.name("kind").value(s.kind());
            if (s.file() != null) w.name("file").value(s.file());
            w.endObject();
        }
        w.endArray();
        w.name("entities").beginArray();
        for (Entity e : d.entities()) {
            w.beginObject();
            w.name("id").value(e.id()).name("name").value(e.name());
            if (!e.aliases().isEmpty()) {
                w.name("aliases").beginArray();
                for (String a : e.aliases()) w.value(a);
                w.endArray();
            }
            w.name("kind").value(e.kind().id());
            if (e.country() != null) w.name("country").value(e.country());
            w.name("description").value(e.description() == null ? "" : e.description());
            if (e.start() != null) w.name("start").value(e.start().toString());
            if (e.end() != null) w.name("end").value(e.end().toString());
            w.name("status").value(e.status().id());
            if (e.unverified()) w.name("unverified").value(true);
            evidence(w, e.evidence());
            w.endObject();
        }
        w.endArray();
        w.name("relations").beginArray();
        for (Relation r : d.relations()) {
            w.beginObject();
            w.name("id").value(r.id()).name("from").value(r.from()).name("to").value(r.to());
            w.name("type").value(r.typeName()).name("status").value(r.status().id());
            if (r.start() != null) w.name("start").value(r.start().toString());
            if (r.end() != null) w.name("end").value(r.end().toString());
            if (r.note() != null) w.name("note").value(r.note());
            if (r.unverified()) w.name("unverified").value(true);
            evidence(w, r.evidence());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.flush();
        out.write('\n');
    }

    private static void evidence(JsonWriter w, Evidence ev) throws IOException {
        List<Passage> curated = new ArrayList<>();
        for (Passage p : ev.passages()) if (p.curated()) curated.add(p);
        if (!curated.isEmpty()) {
            w.name("passages").beginArray();
            for (Passage p : curated) w.beginObject().name("source").value(p.sourceId()).name("quote").value(p.text()).endObject();
            w.endArray();
        }
        if (!ev.references().isEmpty()) {
            w.name("references").beginArray();
            for (Reference r : ev.references()) w.beginObject().name("url").value(r.url()).name("title").value(r.title()).endObject();
            w.endArray();
        }
    }
}
