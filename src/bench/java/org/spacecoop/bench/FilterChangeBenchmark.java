package org.spacecoop.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
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
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.filter.GraphFilter;
import org.spacecoop.core.filter.Scenario;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.render.GraphScene;

/**
 * A filter change on the synthetic graph of {@code edges} relations (half as many entities): the user moves the
 * "as of" slider or switches scenario, alternating between two states so each call is a change.
 * <ul>
 * <li>{@code apply}: {@link GraphFilter#apply} (bit sets and the MaskSubgraph view, no copy);</li>
 * <li>{@code applyAndShow}: plus what the canvas does with the view, {@link GraphScene#showOnly} with the
 *     filter's index-aligned predicates;</li>
 * <li>baseline {@code copyAsSubgraph}: only copying the same vertex and edge sets into a JGraphT {@link AsSubgraph}
 *     (the sets are precomputed, so the baseline's time is a lower bound for a copying filter).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class FilterChangeBenchmark {

    @Param({"100000"})
    public int edges;

    private CooperationGraph graph;
    private GraphFilter filter;
    private GraphScene scene;
    private final FilterState[] states = new FilterState[2];
    private final Set<Entity>[] vertexSets = newSets();
    private final Set<Relation>[] edgeSets = newSets();
    private int turn;

    @SuppressWarnings("unchecked")
    private static <T> Set<T>[] newSets() {
        return new Set[2];
    }

    @Setup
    public void setUp() {
        graph = ScaleData.graph(edges / 2);
        filter = new GraphFilter(graph);
        scene = GraphScene.of(graph);
        states[0] = FilterState.ALL.withScenario(Scenario.TODAY).withAsOf(PartialDate.of("2015"));
        states[1] = FilterState.ALL.withScenario(Scenario.PLANS).withAsOf(PartialDate.of("2024")).withShowIsolated(false);
        for (int k = 0; k < 2; k++) {
            FilteredGraph f = filter.apply(states[k]);
            vertexSets[k] = new HashSet<>(f.view().vertexSet());
            edgeSets[k] = new HashSet<>(f.view().edgeSet());
            System.out.println("\nstate " + k + ": " + f.summary());
        }
    }

    @Benchmark
    public int apply() {
        FilteredGraph f = filter.apply(states[turn ^= 1]);
        return f.edgeCount();
    }

    @Benchmark
    public int applyAndShow() {
        FilteredGraph f = filter.apply(states[turn ^= 1]);
        scene.showOnly(f.vertexPredicate(), f.edgePredicate()); // as GraphCanvas shows a filter's view
        return scene.scene().version();
    }

    @Benchmark
    public Graph<Entity, Relation> copyAsSubgraph() {
        turn ^= 1;
        return new AsSubgraph<>(graph.graph(), vertexSets[turn], edgeSets[turn]);
    }
}
