package org.spacecoop.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.json.JSONImporter;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.io.DatasetException;

/** The three ways of loading the same data that the loading benchmarks compare; each returns the built graph. */
final class Loaders {

    private Loaders() {
    }

    /** Ours: parse, validate (ids, references, enums, dates) and build the JGraphT graph, as the app opens a file. */
    static Object ours(Path file) throws DatasetException {
        return CooperationGraphLoader.load(file);
    }

    /** Baseline: a plain Gson bind of the same file into records (no validation) plus a JGraphT graph build. */
    static Object gson(Path file) throws IOException {
        GsonDataset d;
        try (Reader r = BenchData.reader(file)) {
            d = new Gson().fromJson(r, GsonDataset.class);
        }
        Graph<GsonDataset.Entity, GsonDataset.Relation> g = new DirectedPseudograph<>(null, null, false);
        Map<String, GsonDataset.Entity> byId = new HashMap<>(2 * d.entities().size());
        for (GsonDataset.Entity e : d.entities()) {
            g.addVertex(e);
            byId.put(e.id(), e);
        }
        for (GsonDataset.Relation r : d.relations()) g.addEdge(byId.get(r.from()), byId.get(r.to()), r);
        return g;
    }

    /** Baseline: jgrapht-io's JSONImporter on the equivalent edge list (ids, labels, types, statuses). */
    static Object jgrapht(Path edgeList) throws IOException {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        JSONImporter<String, DefaultEdge> importer = new JSONImporter<>();
        importer.setVertexFactory(id -> id);
        try (Reader r = BenchData.reader(edgeList)) {
            importer.importGraph(g, r);
        }
        return g;
    }

    /** Records mirroring our format for the Gson baseline (identity equality: one object per entry). */
    record GsonDataset(int formatVersion, String title, List<Source> sources, List<Entity> entities,
                       List<Relation> relations) {

        record Source(String id, String title, String publisher, String date, String url, String kind, String file) {
        }

        record Reference(String url, String title) {
        }

        record Passage(String source, String quote) {
        }

        static final class Entity {
            String id, name, kind, country, description, start, end, status;
            List<String> aliases;
            boolean unverified;
            List<Passage> passages;
            List<Reference> references;

            String id() {
                return id;
            }
        }

        static final class Relation {
            String id, from, to, type, status, start, end, note;
            boolean unverified;
            List<Passage> passages;
            List<Reference> references;

            String from() {
                return from;
            }

            String to() {
                return to;
            }
        }
    }
}
