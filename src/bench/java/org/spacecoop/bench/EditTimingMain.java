package org.spacecoop.bench;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spacecoop.core.edit.DatasetDocument;
import org.spacecoop.core.edit.Edit;
import org.spacecoop.core.edit.EditJournal;
import org.spacecoop.core.edit.EditSession;
import org.spacecoop.core.edit.EditStack;
import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.DatasetWriter;
import org.spacecoop.core.io.RecordChecks;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;

/**
 * Saving and editing timed against baselines in the same loop, rounds alternating, so that a loaded machine slows
 * both alike: the median, fastest and slowest of each, and the ratio of medians. Arguments: dataset files
 * ({@code data/space-cooperation.json}, a generated one), then the number of rounds.
 * <pre>java -cp target/benchmarks.jar org.spacecoop.bench.EditTimingMain data/space-cooperation.json big.json 30</pre>
 */
public final class EditTimingMain {

    private EditTimingMain() {
    }

    private interface Timed {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[args.length - 1]);
        for (int f = 0; f < args.length - 1; f++) time(Path.of(args[f]), rounds);
    }

    private static void time(Path file, int rounds) throws Exception {
        Dataset data = DatasetReader.load(file);
        Path dir = Files.createTempDirectory("edit-timing");
        Path json = dir.resolve("d.json");
        EditStack stack = new EditStack(new DatasetDocument(data), RecordChecks.documentsBeside(file));
        Relation r = data.relations().get(data.relations().size() / 2);
        Edit change = Edit.change(new Relation(r.id(), r.from(), r.to(), r.type(), null,
                r.status() == Status.PROPOSED ? Status.PLANNED : Status.PROPOSED, r.start(), r.end(), "timed", r.unverified(), r.evidence()));
        Entity a = data.entities().get(1), b = data.entities().get(data.entities().size() - 1);
        Edit add = Edit.add(new Relation("timed.new", a.id(), b.id(), r.type(), null, Status.PROPOSED, null, null, null, false,
                Evidence.of(List.of(), List.of(new Reference("https://example.org/t", "T")))));
        Map<String, Integer> degree = new HashMap<>();
        for (Relation x : data.relations()) {
            degree.merge(x.from(), 1, Integer::sum);
            degree.merge(x.to(), 1, Integer::sum);
        }
        Entity hub = data.entities().stream().max(java.util.Comparator.comparingInt(e -> degree.getOrDefault(e.id(), 0))).orElseThrow();
        Edit delete = new Edit.DeleteEntity(hub.id());
        stack.apply(add);
        stack.undo();
        Map<String, Timed> tasks = new java.util.LinkedHashMap<>();
        tasks.put("save (canonical bytes, atomic write forced to disk)", () -> {
            byte[] bytes = DatasetWriter.toBytes(data);
            AtomicFileWriter.write(json, out -> out.write(bytes));
            return bytes;
        });
        tasks.put("canonical bytes", () -> DatasetWriter.toBytes(data));
        tasks.put("baseline: Gson JsonWriter pretty print", () -> {
            StringWriter out = new StringWriter(1 << 16);
            GsonPrettyPrint.write(data, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
        tasks.put("change a relation: apply + undo", () -> {
            stack.apply(change);
            return stack.undo();
        });
        tasks.put("add a relation: apply + undo", () -> {
            stack.apply(add);
            return stack.undo();
        });
        tasks.put("delete the hub " + hub.id() + " (" + degree.get(hub.id()) + " relations): apply + undo", () -> {
            stack.apply(delete);
            return stack.undo();
        });
        tasks.put("redo + undo of the hub's deletion", () -> {
            stack.redo();
            return stack.undo();
        });
        tasks.put("baseline: snapshot (copy into an immutable dataset)", () -> stack.document().snapshot());
        Files.write(json, DatasetWriter.toBytes(data));
        if (Files.isDirectory(file.resolveSibling("sources"))) {
            Files.createDirectories(dir.resolve("sources"));
            try (var docs = Files.list(file.resolveSibling("sources"))) {
                for (Path f : (Iterable<Path>) docs::iterator) Files.copy(f, dir.resolve("sources").resolve(f.getFileName()));
            }
        }
        EditSession journaled = EditSession.open(json, EditJournal::beside);
        tasks.put("change a relation: apply + undo, each journaled and forced to disk", () -> {
            journaled.stack().apply(change);
            return journaled.stack().undo();
        });
        Map<String, long[]> times = new java.util.LinkedHashMap<>();
        tasks.keySet().forEach(k -> times.put(k, new long[rounds]));
        for (int round = -3; round < rounds; round++) { // three rounds of warm-up
            for (var t : tasks.entrySet()) {
                long start = System.nanoTime();
                t.getValue().run();
                long took = System.nanoTime() - start;
                if (round >= 0) times.get(t.getKey())[round] = took;
            }
        }
        System.out.printf("%s: %d entities, %d relations, %d rounds%n", file.getFileName(), data.entities().size(),
                data.relations().size(), rounds);
        double gson = median(times.get("baseline: Gson JsonWriter pretty print"));
        double snapshot = median(times.get("baseline: snapshot (copy into an immutable dataset)"));
        for (var e : times.entrySet()) {
            long[] t = e.getValue();
            Arrays.sort(t);
            boolean edit = e.getKey().contains("apply") || e.getKey().startsWith("redo") || e.getKey().contains("snapshot");
            double base = edit ? snapshot : gson;
            System.out.printf("  %-75s median %10.3f ms  [%.3f .. %.3f]  %.2f× its baseline%n", e.getKey(), median(t) / 1e6,
                    t[0] / 1e6, t[t.length - 1] / 1e6, median(t) / base);
        }
        journaled.close(true);
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }

    private static double median(long[] t) {
        long[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
