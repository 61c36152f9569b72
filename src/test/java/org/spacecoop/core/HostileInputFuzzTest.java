package org.spacecoop.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.filter.FilterSyntaxException;
import org.spacecoop.core.filter.FilterText;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.interop.GraphFileExporter;
import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.interop.GraphFormat;
import org.spacecoop.core.interop.GraphImportException;
import org.spacecoop.core.interop.Positions;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Dataset;

/**
 * Seeded fuzzing of everything a user opens: mutated datasets (our JSON, with their sources), graph files of every
 * format, and filter strings. Every case must load, or fail with the project's own exception ({@link DatasetException},
 * {@link GraphImportException}, {@link FilterSyntaxException}) — located where the file has a place — within
 * {@link #SLOW_SECONDS} seconds; anything else (a runtime exception, a StackOverflowError, a hang) fails the test.
 * The run in {@code verify} is bounded to about a minute; {@code -Dspacecoop.fuzz.scale=N} runs N times as many cases
 * (and {@code -Dspacecoop.fuzz.seed=S} another sequence). Counts go to standard output.
 */
class HostileInputFuzzTest {

    static final int SCALE = Integer.getInteger("spacecoop.fuzz.scale", 1);
    static final long SEED = Long.getLong("spacecoop.fuzz.seed", 20261206L);
    static final int DATASETS = 250 * SCALE, GRAPH_FILES = 100 * SCALE, FILTERS = 3000 * SCALE;
    static final int SLOW_SECONDS = 5;

    static final byte[][] INSERTS = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE9}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xC3}, {0},
        "\"".getBytes(StandardCharsets.UTF_8), "\\".getBytes(StandardCharsets.UTF_8), "{".getBytes(StandardCharsets.UTF_8),
        "}".getBytes(StandardCharsets.UTF_8), "[".getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.UTF_8),
        ",".getBytes(StandardCharsets.UTF_8), ":".getBytes(StandardCharsets.UTF_8), "<".getBytes(StandardCharsets.UTF_8),
        "null".getBytes(StandardCharsets.UTF_8), "-1e999".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        "天宫".getBytes(StandardCharsets.UTF_8), "<!DOCTYPE x>".getBytes(StandardCharsets.UTF_8),
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".getBytes(StandardCharsets.UTF_8),
        "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{".getBytes(StandardCharsets.UTF_8),
        "../../etc/passwd".getBytes(StandardCharsets.UTF_8), "\"\\u0000\"".getBytes(StandardCharsets.UTF_8),
    };

    static final String[] FILTER_PIECES = {"status=", "type=", "kind=", "source=", "asof=", "from=", "to=", "focus=",
        "text=", "scenario=", "minPassages=", "isolated=", "undated=", "active", "planned", "member-of", "agency", "esa:2",
        "2025-03", "2025-13-40", "oped", "today", "hide", ";", ",", "=", ":", "-", " ", "", "%", "\\", "\"", "天", "99999999999999999999"};

    @TempDir
    static Path dir;
    static ExecutorService runner;
    static byte[] fixture;
    static byte[] bundledJson;
    static List<byte[]> graphFiles = new ArrayList<>();
    static final List<GraphFormat> GRAPH_FORMATS = List.of(GraphFormat.GRAPHML, GraphFormat.GEXF, GraphFormat.GML, GraphFormat.DOT, GraphFormat.CSV);

    /** What happened to each case. */
    static final class Tally {
        int cases, accepted, located, unlocated, uncaught;
        long slowestNanos;
        String slowestCase = "", firstUncaught = "", firstUnlocated = "";

        @Override
        public String toString() {
            return String.format("%d cases: %d accepted, %d rejected located, %d rejected unlocated, %d uncaught; slowest %.0f ms (%s)%s%s",
                    cases, accepted, located, unlocated, uncaught, slowestNanos / 1e6, slowestCase,
                    firstUnlocated.isEmpty() ? "" : "; first unlocated: " + firstUnlocated,
                    firstUncaught.isEmpty() ? "" : "; first uncaught: " + firstUncaught);
        }
    }

    /** One case's outcome: null when accepted, else the exception. */
    interface Case {
        void run() throws Exception;
    }

    @BeforeAll
    static void setUp() throws Exception {
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz", 1 << 20); // a small stack, as a UI worker's, makes recursion show
            t.setDaemon(true);
            return t;
        });
        fixture = DatasetReader.class.getResourceAsStream("/fixtures/valid/dataset.json").readAllBytes();
        bundledJson = Files.readAllBytes(Path.of("data/space-cooperation.json"));
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.write(sources.resolve("oped.txt"), DatasetReader.class.getResourceAsStream("/fixtures/valid/sources/oped.txt").readAllBytes());
        try (var docs = Files.list(Path.of("data/sources"))) {
            for (Path p : docs.toList()) Files.copy(p, sources.resolve(p.getFileName()));
        }
        Dataset bundled = DatasetReader.loadBundled();
        CooperationGraph g = CooperationGraph.of(bundled);
        // a slice keeps each graph case quick: the first 40 entities and the relations among them
        var keep = new java.util.HashSet<>(bundled.entities().subList(0, 40));
        var view = new org.jgrapht.graph.MaskSubgraph<>(g.graph(), e -> !keep.contains(e), r -> false);
        for (GraphFormat f : GRAPH_FORMATS) {
            StringWriter out = new StringWriter();
            GraphFileExporter.export(new GraphFileExporter.Request(bundled, view, Positions.NONE), f, out);
            graphFiles.add(out.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void tearDown() {
        runner.shutdownNow();
    }

    static byte[] mutate(byte[] base, SplittableRandom random) {
        byte[] b = base;
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(b.length + 1);
            switch (random.nextInt(7)) {
                case 0 -> { // flip a byte
                    if (at < b.length) {
                        b = b.clone();
                        b[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(40)), new byte[0]); // delete
                case 2 -> b = splice(b, at, at, INSERTS[random.nextInt(INSERTS.length)]); // insert a nasty piece
                case 3 -> b = java.util.Arrays.copyOf(b, at); // truncate
                case 4 -> { // repeat a stretch
                    int from = random.nextInt(b.length + 1);
                    int to = Math.min(b.length, from + random.nextInt(200));
                    b = splice(b, at, at, java.util.Arrays.copyOfRange(b, from, to));
                }
                case 5 -> b = splice(b, at, at, INSERTS[random.nextInt(INSERTS.length)].length > 20
                        ? INSERTS[random.nextInt(INSERTS.length)] : new byte[] {(byte) random.nextInt(256)});
                default -> { // swap a digit or letter for another
                    if (at < b.length && Character.isLetterOrDigit(b[at])) {
                        b = b.clone();
                        b[at] = (byte) (Character.isDigit(b[at]) ? '0' + random.nextInt(10) : 'a' + random.nextInt(26));
                    }
                }
            }
        }
        return b;
    }

    static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    void run(Tally t, String name, Case c) throws Exception {
        t.cases++;
        long start = System.nanoTime();
        Future<Throwable> f = runner.submit(() -> {
            try {
                c.run();
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        Throwable e;
        try {
            e = f.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException hang) {
            f.cancel(true);
            e = new AssertionError("hung for over 60 s");
        }
        long took = System.nanoTime() - start;
        if (took > t.slowestNanos) {
            t.slowestNanos = took;
            t.slowestCase = name;
        }
        if (e == null) {
            t.accepted++;
        } else if (located(e)) {
            t.located++;
        } else if (e instanceof DatasetException || e instanceof GraphImportException || e instanceof FilterSyntaxException) {
            t.unlocated++;
            if (t.firstUnlocated.isEmpty()) t.firstUnlocated = name + ": " + firstLine(e.getMessage());
            if (Boolean.getBoolean("spacecoop.fuzz.verbose")) System.out.println("unlocated " + name + ": " + firstLine(e.getMessage()));
        } else {
            t.uncaught++;
            if (t.firstUncaught.isEmpty()) t.firstUncaught = name + ": " + e;
        }
    }

    static boolean located(Throwable e) {
        if (e instanceof DatasetException d) {
            return d.problems().stream().allMatch(p -> p.line() > 0 || (p.jsonPath() != null && !p.jsonPath().isEmpty())
                    || p.message().startsWith("too many problems"));
        }
        if (e instanceof GraphImportException g) return g.line() > 0;
        return e instanceof FilterSyntaxException; // names its clause
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl) + " / " + s.substring(nl + 1, Math.min(s.length(), s.indexOf('\n', nl + 1) < 0 ? s.length() : s.indexOf('\n', nl + 1)));
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Test
    void mutatedDatasetsLoadOrFailWithALocatedProblem() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        Tally t = new Tally();
        for (int i = 0; i < DATASETS; i++) {
            byte[] base = i % 10 == 0 ? bundledJson : fixture;
            byte[] bytes = mutate(base, random);
            Path file = dir.resolve("d" + i + ".json");
            Files.write(file, bytes);
            run(t, file.getFileName() + (base == bundledJson ? " (bundled)" : ""), () -> DatasetReader.load(file));
            Files.delete(file);
        }
        System.out.println("Fuzz, datasets: " + t);
        assertThat(t.uncaught).as(t.toString()).isZero();
        assertThat(t.unlocated).as(t.toString()).isZero();
        assertThat(t.slowestNanos).as(t.toString()).isLessThan(TimeUnit.SECONDS.toNanos(SLOW_SECONDS));
    }

    @Test
    void mutatedGraphFilesOfEveryFormatLoadOrFailWithTheirPlace() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        GraphFileLoader loader = new GraphFileLoader(CooperationGraphLoader::load, 50L << 20);
        Tally t = new Tally();
        for (int i = 0; i < GRAPH_FILES; i++) {
            for (int k = 0; k < GRAPH_FORMATS.size(); k++) {
                GraphFormat f = GRAPH_FORMATS.get(k);
                Path file = dir.resolve("g" + i + "." + f.extensions().get(0));
                Files.write(file, mutate(graphFiles.get(k), random));
                run(t, file.getFileName().toString(), () -> loader.load(file));
                Files.delete(file);
            }
        }
        System.out.println("Fuzz, graph files: " + t);
        assertThat(t.uncaught).as(t.toString()).isZero();
        assertThat(t.slowestNanos).as(t.toString()).isLessThan(TimeUnit.SECONDS.toNanos(SLOW_SECONDS));
        // jgrapht's XML and CSV importers do not place their own semantic complaints (a repeated node id, an
        // attribute value without its "for"): counted, and kept rare
        assertThat(t.unlocated).as(t.toString()).isLessThanOrEqualTo(t.cases / 50);
    }

    @Test
    void filterStringsParseOrNameTheirClause() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        Tally t = new Tally();
        for (int i = 0; i < FILTERS; i++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int k = 0; k < pieces; k++) b.append(FILTER_PIECES[random.nextInt(FILTER_PIECES.length)]);
            String text = b.toString();
            run(t, "filter '" + text + "'", () -> FilterText.parse(text));
        }
        System.out.println("Fuzz, filter strings: " + t);
        assertThat(t.uncaught).as(t.toString()).isZero();
        assertThat(t.slowestNanos).as(t.toString()).isLessThan(TimeUnit.SECONDS.toNanos(SLOW_SECONDS));
    }
}
