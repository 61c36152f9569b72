package org.spacecoop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.filter.FilterText;
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.filter.GraphFilter;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.synthetic.PreferentialAttachment;

/**
 * A filter change: {@link GraphFilter#apply} on a graph of {@code edges} relations (a fifth as many entities), for
 * filters of each family, and the same followed by asking the view about every vertex and edge (the canvas
 * uses the filter's index-aligned predicates instead: {@link FilterChangeBenchmark#applyAndShow}). The goal is under 50 ms at 100,000 relations. The one-off index built per graph is measured
 * apart ({@code index}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FilterBenchmark {

    @Param({"10000", "100000"})
    public int edges;

    @Param({"scenario=today;asof=2010", "text=7;isolated=hide", "focus=e5:2;minPassages=1",
            "source=s3,example4.org;from=2000;to=2005"})
    public String filter;

    private CooperationGraph graph;
    private GraphFilter graphFilter;
    private FilterState state;

    @Setup
    public void setUp() throws Exception {
        graph = graph(edges / 5, edges, 20250301L);
        graphFilter = new GraphFilter(graph);
        state = FilterText.parse(filter);
    }

    @Benchmark
    public int apply() {
        FilteredGraph f = graphFilter.apply(state);
        return f.nodeCount() + f.edgeCount();
    }

    /** Apply, then ask the MaskSubgraph view about everything (what a consumer of the view alone must do). */
    @Benchmark
    public int applyAndAskTheView() {
        FilteredGraph f = graphFilter.apply(state);
        int shown = 0;
        for (Entity e : graph.entities()) if (f.view().containsVertex(e)) shown++;
        for (Relation r : graph.relations()) if (f.view().containsEdge(r)) shown++;
        return shown;
    }

    @Benchmark
    public GraphFilter index() {
        return new GraphFilter(graph);
    }

    /** Entities with random kinds and aliases; relations with random types, statuses, partial dates and evidence. */
    static CooperationGraph graph(int nodes, int edges, long seed) {
        int[][] pairs = PreferentialAttachment.edges(nodes, edges, seed);
        SplittableRandom r = new SplittableRandom(seed);
        EntityKind[] kinds = EntityKind.values();
        RelationType[] types = RelationType.values();
        Status[] statuses = Status.values();
        List<Entity> entities = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            entities.add(new Entity("e" + i, "Entity " + i, List.of("E-" + i), kinds[r.nextInt(kinds.length)], null, "",
                    null, null, Status.ACTIVE, false, null));
        }
        List<Relation> relations = new ArrayList<>(edges);
        for (int i = 0; i < edges; i++) {
            int year = 1990 + r.nextInt(40);
            PartialDate start = r.nextInt(5) == 0 ? null : new PartialDate(year, r.nextInt(13), 0);
            PartialDate end = r.nextBoolean() ? null : new PartialDate(year + r.nextInt(10), 0, 0);
            Evidence evidence = new Evidence(List.of(new Passage("s" + r.nextInt(50), 0, 1, "x", true)),
                    r.nextInt(3) == 0 ? List.of(new Reference("https://www.example" + r.nextInt(20) + ".org/p", "t")) : List.of());
            relations.add(new Relation("r" + i, "e" + pairs[0][i], "e" + pairs[1][i], types[r.nextInt(types.length)], null,
                    statuses[r.nextInt(statuses.length)], start, end, null, false, evidence));
        }
        return CooperationGraph.of(new Dataset(1, "synthetic", List.of(), entities, relations));
    }
}
