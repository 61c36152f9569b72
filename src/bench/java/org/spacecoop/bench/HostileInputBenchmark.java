package org.spacecoop.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spacecoop.core.interop.GraphFileImporter;
import org.spacecoop.core.interop.GraphFormat;
import org.spacecoop.core.interop.ImportedDataset;
import org.spacecoop.core.interop.RawGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.LoadResult;
import org.spacecoop.core.io.SourceResolver;

/**
 * Inputs that a naive id or quote search handles in quadratic time, each to stay under 2 s:
 * <ul>
 * <li>{@code parallelEdges}: a CSV of 100,000 edges between the same two nodes (each needs its own relation id);</li>
 * <li>{@code cjkNodes}: 100,000 edges between 100,001 nodes named in Chinese (each id becomes "n", "n-2", …);</li>
 * <li>{@code quote}: validating a 40,000-character quote that is not in a 400,000-character source but nearly
 * matches everywhere (the search and the "how much of it matched" hint).</li>
 * </ul>
 * {@code parseOnly} reads the same CSV without making a dataset of it: the baseline the id step adds to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class HostileInputBenchmark {

    @Param({"100000"})
    public int edges;

    private String parallelCsv;
    private String cjkCsv;
    private String quoteJson;
    private Map<String, String> quoteSource;

    @Setup
    public void setUp() {
        StringBuilder p = new StringBuilder("source,target,type\n");
        for (int i = 0; i < edges; i++) p.append("a,b,x\n");
        parallelCsv = p.toString();
        StringBuilder c = new StringBuilder("source,target\n");
        for (int i = 0; i < edges; i++) c.append(hanzi(i)).append(',').append(hanzi(i + 1)).append('\n');
        cjkCsv = c.toString();
        String text = "a".repeat(400_000);
        String quote = "a".repeat(39_999) + "b";
        quoteSource = Map.of("doc.txt", text);
        quoteJson = """
                {"formatVersion": 1, "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2025", "kind": "news",
                  "file": "doc.txt"}],
                 "entities": [{"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                              {"id": "b", "name": "B", "kind": "agency", "description": "d", "status": "active"}],
                 "relations": [{"id": "a.develops.b", "from": "a", "to": "b", "type": "develops", "status": "active",
                                "passages": [{"source": "s", "quote": "%s"}]}]}""".formatted(quote);
    }

    /** A distinct name of three CJK ideographs for each number. */
    static String hanzi(int i) {
        return new String(new char[] {(char) (0x4E00 + i % 1000), (char) (0x4E00 + i / 1000 % 1000), (char) (0x4E00 + i / 1_000_000)});
    }

    @Benchmark
    public Object parallelEdges() throws IOException {
        return ImportedDataset.build(read(parallelCsv), GraphFormat.CSV, "p").dataset();
    }

    @Benchmark
    public Object parallelEdgesParseOnly() throws IOException {
        return read(parallelCsv);
    }

    @Benchmark
    public Object cjkNodes() throws IOException {
        return ImportedDataset.build(read(cjkCsv), GraphFormat.CSV, "c").dataset();
    }

    @Benchmark
    public Object cjkNodesParseOnly() throws IOException {
        return read(cjkCsv);
    }

    @Benchmark
    public LoadResult quote() {
        LoadResult r = DatasetReader.read("q.json", new StringReader(quoteJson), SourceResolver.of(quoteSource));
        if (r.problems().isEmpty()) throw new IllegalStateException("the quote should not be found");
        return r;
    }

    private static RawGraph read(String csv) throws IOException {
        return GraphFileImporter.read(GraphFormat.CSV, new BufferedReader(new StringReader(csv)), "bench.csv");
    }
}
