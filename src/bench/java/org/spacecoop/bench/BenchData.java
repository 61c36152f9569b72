package org.spacecoop.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import org.spacecoop.core.synthetic.SyntheticDataset;

/**
 * Generated input files for the loading benchmarks, written once into {@code -Dbench.data} (default
 * {@code target-bench/bench-data}): our format, and the same graph as a jgrapht-io JSON edge list
 * ({@code {"nodes":[{"id":…}],"edges":[{"source":…,"target":…,"type":…,"status":…}]}}).
 */
final class BenchData {

    static final int RELATIONS = 1_000_000;
    static final int ENTITIES = 250_000;
    static final long SEED = 7;

    private BenchData() {
    }

    static Path dir() {
        return Path.of(System.getProperty("bench.data", "target-bench/bench-data"));
    }

    /** Our format: {@value #ENTITIES} entities, {@code relations} relations. */
    static Path ours(int relations) {
        Path file = dir().resolve("synthetic-" + relations + ".json");
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.getParent());
                SyntheticDataset.write(file, (int) Math.max(2, (long) ENTITIES * relations / RELATIONS), relations, SEED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** The same entities and relations as a jgrapht-io JSON edge list. */
    static Path jgraphtJson(int relations) {
        Path file = dir().resolve("synthetic-" + relations + ".jgrapht.json");
        if (Files.exists(file)) return file;
        try (JsonReader in = new JsonReader(Files.newBufferedReader(ours(relations), StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonWriter out = new JsonWriter(w)) {
            out.beginObject();
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("entities")) {
                    out.name("nodes").beginArray();
                    in.beginArray();
                    while (in.hasNext()) copy(in, out, "id", "id", "name", "label", "kind", "kind");
                    in.endArray();
                    out.endArray();
                } else if (name.equals("relations")) {
                    out.name("edges").beginArray();
                    in.beginArray();
                    while (in.hasNext()) copy(in, out, "from", "source", "to", "target", "type", "type", "status", "status");
                    in.endArray();
                    out.endArray();
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            out.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Copies the named string fields of one object, renamed: pairs of (from name, to name). */
    private static void copy(JsonReader in, JsonWriter out, String... names) throws IOException {
        String[] values = new String[names.length / 2];
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            int at = -1;
            for (int i = 0; i < names.length; i += 2) if (names[i].equals(name)) at = i / 2;
            if (at >= 0) values[at] = in.nextString();
            else in.skipValue();
        }
        in.endObject();
        out.beginObject();
        for (int i = 0; i < values.length; i++) out.name(names[2 * i + 1]).value(values[i]);
        out.endObject();
    }

    static BufferedReader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
