package org.spacecoop.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
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
 * Editing and saving, on the bundled dataset and on a generated one of 100,000 relations (25,000 entities):
 * <ul>
 *   <li>{@code save}: the canonical bytes written atomically (temp file forced to disk, then moved); baseline
 *       {@code gsonPrettyPrint}, the same dataset through Gson's JsonWriter (the usual way) into memory;</li>
 *   <li>{@code changeRelation}, {@code addRelation}, {@code deleteHubEntity}: one edit applied and undone (the pair
 *       is measured), {@code redoUndo}: a step redone and undone; {@code journaledChange}: a change applied and
 *       undone with the crash journal forcing each to disk; baseline {@code snapshot}, copying the document into an
 *       immutable dataset (what any edit of an immutable model would cost at least).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EditBenchmark {

    @Param({"bundled", "100000"})
    public String dataset;

    private Path dir;
    private Path json;
    private Dataset data;
    private EditStack stack;
    private EditSession journaled;
    private Edit change, add, deleteHub;
    private Edit journaledChange;
    private boolean flip;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("edit-bench");
        Path original = dataset.equals("bundled") ? Path.of("data/space-cooperation.json") : BenchData.ours(Integer.parseInt(dataset));
        data = DatasetReader.load(original);
        json = dir.resolve("d.json");
        Files.write(json, DatasetWriter.toBytes(data));
        if (Files.isDirectory(original.resolveSibling("sources"))) {
            Files.createDirectories(dir.resolve("sources"));
            try (var files = Files.list(original.resolveSibling("sources"))) {
                for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, dir.resolve("sources").resolve(f.getFileName()));
            }
        }
        stack = new EditStack(new DatasetDocument(data), RecordChecks.documentsBeside(json));
        Relation r = data.relations().get(data.relations().size() / 2);
        change = Edit.change(new Relation(r.id(), r.from(), r.to(), r.type(), null,
                r.status() == Status.PROPOSED ? Status.PLANNED : Status.PROPOSED, r.start(), r.end(), "benchmark", r.unverified(), r.evidence()));
        Entity a = data.entities().get(1), b = data.entities().get(data.entities().size() - 1);
        add = Edit.add(new Relation("bench.cooperates-on.new", a.id(), b.id(), r.type(), null, Status.PROPOSED, null, null,
                null, false, Evidence.of(java.util.List.of(), java.util.List.of(new Reference("https://example.org/b", "B")))));
        java.util.Map<String, Integer> degree = new java.util.HashMap<>();
        for (Relation x : data.relations()) {
            degree.merge(x.from(), 1, Integer::sum);
            degree.merge(x.to(), 1, Integer::sum);
        }
        Entity hub = data.entities().stream().max(Comparator.comparingInt(e -> degree.getOrDefault(e.id(), 0))).orElseThrow();
        deleteHub = new Edit.DeleteEntity(hub.id());
        System.out.printf("%n%s: %d entities, %d relations; hub %s has %d relations%n", dataset, data.entities().size(),
                data.relations().size(), hub.id(), stack.document().relationsOf(hub.id()).size());
        stack.apply(add);
        stack.undo();
        journaled = EditSession.open(json, EditJournal::beside);
        journaledChange = change;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        journaled.close(true);
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }

    @Benchmark
    public Object save() throws Exception {
        byte[] bytes = DatasetWriter.toBytes(data);
        AtomicFileWriter.write(json, out -> out.write(bytes));
        return bytes;
    }

    @Benchmark
    public Object canonicalBytes() {
        return DatasetWriter.toBytes(data);
    }

    @Benchmark
    public Object gsonPrettyPrint() throws IOException {
        StringWriter out = new StringWriter(1 << 16);
        GsonPrettyPrint.write(data, out);
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Benchmark
    public Object changeRelation() throws Exception {
        stack.apply(change);
        return stack.undo();
    }

    @Benchmark
    public Object addRelation() throws Exception {
        stack.apply(add);
        return stack.undo();
    }

    @Benchmark
    public Object deleteHubEntity() throws Exception {
        stack.apply(deleteHub);
        return stack.undo();
    }

    @Benchmark
    public Object redoUndo() {
        stack.redo();
        return stack.undo();
    }

    @Benchmark
    public Object journaledChange() throws Exception {
        journaled.stack().apply(journaledChange);
        return journaled.stack().undo();
    }

    @Benchmark
    public Object snapshot() {
        return stack.document().snapshot();
    }
}
