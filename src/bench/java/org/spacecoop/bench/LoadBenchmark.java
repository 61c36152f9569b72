package org.spacecoop.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loading a generated dataset of {@code relations} relations (250,000 entities per million) into a graph: ours
 * (DatasetReader + CooperationGraph), a plain Gson bind + graph build, and jgrapht-io's JSONImporter on the
 * equivalent edge list. One load per measurement (single shot); peak heap and retained bytes come from
 * {@link LoadMemoryMain}, one JVM per loader.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

    @Param({"1000000"})
    public int relations;

    private Path ours;
    private Path edgeList;

    @Setup
    public void setUp() {
        ours = BenchData.ours(relations);
        edgeList = BenchData.jgraphtJson(relations);
    }

    @Benchmark
    public Object datasetReader() throws Exception {
        return Loaders.ours(ours);
    }

    @Benchmark
    public Object gsonBind() throws Exception {
        return Loaders.gson(ours);
    }

    @Benchmark
    public Object jgraphtJsonImporter() throws Exception {
        return Loaders.jgrapht(edgeList);
    }
}
