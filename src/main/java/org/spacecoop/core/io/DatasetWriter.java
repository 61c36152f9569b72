package org.spacecoop.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.stream.JsonWriter;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * Writes a dataset in the format {@link DatasetReader} reads (docs/dataset-format.md), fields in the documented
 * order, absent values left out. Quotes are written as they stand in the source document, with runs of white
 * space collapsed, so they are found again on reading. Relations of imported graphs whose type is not in our
 * vocabulary ({@code OTHER}) cannot be written: the format has no place for them.
 */
public final class DatasetWriter {

    private DatasetWriter() {
    }

    /** Writes the JSON to a writer (not closed). */
    public static void write(Dataset dataset, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setHtmlSafe(false);
        w.beginObject();
        w.name("formatVersion").value(DatasetReader.FORMAT_VERSION);
        w.name("title").value(dataset.title());
        if (dataset.asOf() != null) w.name("asOf").value(dataset.asOf().toString());
        w.name("sources").beginArray();
        for (Source s : dataset.sources()) source(w, s);
        w.endArray();
        w.name("entities").beginArray();
        for (Entity e : dataset.entities()) entity(w, e);
        w.endArray();
        w.name("relations").beginArray();
        for (Relation r : dataset.relations()) relation(w, r);
        w.endArray();
        w.endObject();
        w.flush();
        out.write('\n');
        out.flush();
    }

    /**
     * Writes {@code json} and, beside it in {@code sources/}, the text of every source document, so the copy
     * loads on its own with {@link DatasetReader#load}. Each file is written to a temporary file, then moved.
     */
    public static void writeWithSources(Dataset dataset, Path json) throws IOException {
        Path folder = json.toAbsolutePath().getParent().resolve("sources");
        for (Source s : dataset.sources()) {
            if (s.file() == null || !s.hasText()) continue;
            Path file = folder.resolve(s.file()).normalize();
            if (!file.startsWith(folder)) throw new IOException("source file lies outside sources/: " + s.file());
            Files.createDirectories(file.getParent());
            AtomicFileWriter.writeText(file, out -> out.write(s.text()));
        }
        AtomicFileWriter.writeText(json, out -> write(dataset, out));
    }

    private static void source(JsonWriter w, Source s) throws IOException {
        w.beginObject();
        w.name("id").value(s.id());
        w.name("title").value(s.title());
        w.name("publisher").value(s.publisher());
        w.name("date").value(s.date());
        w.name("url").value(s.url()); // null is written: the field says "no URL" rather than being forgotten
        w.name("kind").value(s.kind());
        if (s.file() != null) w.name("file").value(s.file());
        w.endObject();
    }

    private static void entity(JsonWriter w, Entity e) throws IOException {
        w.beginObject();
        w.name("id").value(e.id());
        w.name("name").value(e.name());
        if (!e.aliases().isEmpty()) {
            w.name("aliases").beginArray();
            for (String a : e.aliases()) w.value(a);
            w.endArray();
        }
        w.name("kind").value(e.kind().id());
        if (e.country() != null) w.name("country").value(e.country());
        w.name("description").value(e.description());
        date(w, "start", e.start());
        date(w, "end", e.end());
        w.name("status").value(e.status().id());
        if (e.unverified()) w.name("unverified").value(true);
        evidence(w, e.evidence());
        w.endObject();
    }

    private static void relation(JsonWriter w, Relation r) throws IOException {
        if (r.type() == null || r.type() == org.spacecoop.core.model.RelationType.OTHER) {
            throw new IllegalArgumentException("relation " + r.id() + " has the type \"" + r.typeName()
                    + "\", which the dataset format does not have");
        }
        w.beginObject();
        w.name("id").value(r.id());
        w.name("from").value(r.from());
        w.name("to").value(r.to());
        w.name("type").value(r.type().id());
        w.name("status").value(r.status().id());
        date(w, "start", r.start());
        date(w, "end", r.end());
        if (r.note() != null) w.name("note").value(r.note());
        if (r.unverified()) w.name("unverified").value(true);
        evidence(w, r.evidence());
        w.endObject();
    }

    private static void evidence(JsonWriter w, Evidence evidence) throws IOException {
        List<Passage> passages = evidence.passages().stream().filter(Passage::curated).toList();
        if (!passages.isEmpty()) {
            w.name("passages").beginArray();
            for (Passage p : passages) {
                w.beginObject();
                w.name("source").value(p.sourceId());
                w.name("quote").value(QuoteLocator.collapse(p.text()));
                w.endObject();
            }
            w.endArray();
        }
        if (!evidence.references().isEmpty()) {
            w.name("references").beginArray();
            for (Reference r : evidence.references()) {
                w.beginObject();
                w.name("url").value(r.url());
                if (r.title() != null && !r.title().isEmpty()) w.name("title").value(r.title());
                w.endObject();
            }
            w.endArray();
        }
    }

    private static void date(JsonWriter w, String name, PartialDate d) throws IOException {
        if (d != null) w.name(name).value(d.toString());
    }
}
