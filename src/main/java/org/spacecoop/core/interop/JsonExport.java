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
import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.core.files.FileWriteException;
import org.spacecoop.core.io.DatasetWriter;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;


/**
 * A filtered copy of a dataset in our JSON format (docs/dataset-format.md): the entities and relations of the
 * graph view, in the dataset's order, and the sources their evidence cites, written by {@link DatasetWriter}.
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
        return new Dataset(d.formatVersion(), d.title(), sources, entities, relations, d.asOf());
    }

    private static void cite(Evidence ev, Set<String> cited) {
        for (Passage p : ev.passages()) if (p.curated()) cited.add(p.sourceId());
    }

    /**
     * Writes the documents the copy's passages quote into {@code sources/} beside the JSON file, so the copy
     * loads back anywhere, and returns the files and folders it created (for {@link #removeCreated} when the JSON
     * itself cannot be written). A different file already there under the same name is not overwritten. New copies
     * are readable by their owner only: who could read the originals is not known here, so no one more can.
     */
    static List<Path> writeSources(GraphFileExporter.Request request, Path json) throws IOException {
        List<Path> created = new ArrayList<>();
        try {
            writeSources(request, json, created);
        } catch (IOException | RuntimeException e) {
            removeCreated(created);
            throw e;
        }
        return created;
    }

    /** Deletes what {@link #writeSources} created, newest first; best effort. */
    static void removeCreated(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException ignored) {
                // a folder someone else put files in meanwhile stays
            }
        }
    }

    private static void writeSources(GraphFileExporter.Request request, Path json, List<Path> created) throws IOException {
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
            for (Path dir = target.getParent(); !Files.exists(dir); dir = dir.getParent()) created.add(0, dir);
            Files.createDirectories(target.getParent());
            AtomicFileWriter.writePrivateText(target, w -> w.write(s.text()));
            created.add(target);
        }
    }

    static void write(GraphFileExporter.Request request, Writer out) throws IOException {
        write(filteredCopy(request.dataset(), request.graph()), out);
    }

    static void write(Dataset d, Writer out) throws IOException {
        DatasetWriter.write(d, out);
    }
}
