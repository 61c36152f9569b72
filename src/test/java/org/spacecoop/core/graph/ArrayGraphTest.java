package org.spacecoop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ArrayGraph} must answer like JGraphT's {@link DirectedPseudograph} built by the same calls, iteration
 * orders included: both are built side by side from seeded random calls (parallel edges, self-loops, isolated
 * vertices, repeated vertex and edge objects, ids with colliding hash codes) and every query is compared.
 */
class ArrayGraphTest {

    /** "Aa", "BB" and "C#" share one String hash code, and so do all concatenations of "Aa" and "BB". */
    private static final List<String> COLLIDING = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
    /** Hashes like "Aa" and "BB" but is never added: look-ups must go past the colliding entries. */
    private static final String UNKNOWN_COLLIDING = "C#";

    private static int serials;

    /** A vertex whose identity is its name alone (as Entity's is its id); the serial tells instances apart. */
    static final class Node {
        final String name;
        final int serial = serials++;

        Node(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && n.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An edge whose identity is its id alone, as Relation's is; the serial tells instances apart. */
    record Link(String id, int serial) {
        Link(String id) {
            this(id, serials++);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Link l && l.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Both graphs, fed the same calls in the same order; every call's answer is compared as it is made. */
    static final class Twin {
        final ArrayGraph.Builder<Node, Link> builder;
        final DirectedPseudograph<Node, Link> reference = new DirectedPseudograph<>(null, null, false);
        /** The vertices and edges as JGraphT holds them, in insertion order (the positions). */
        final List<Node> vertices = new ArrayList<>();
        final List<Link> edges = new ArrayList<>();
        private final java.util.Map<Node, Integer> index = new java.util.HashMap<>();
        int loops, parallels, repeatedVertices, repeatedEdges;

        Twin(int expectedVertices, int expectedEdges) {
            builder = new ArrayGraph.Builder<>(expectedVertices, expectedEdges);
        }

        int addVertex(Node v) {
            int position = builder.addVertex(v);
            boolean added = reference.addVertex(v);
            if (added) {
                index.put(v, vertices.size());
                vertices.add(v);
            } else {
                repeatedVertices++;
            }
            assertThat(position).as("position of %s", v).isEqualTo(index.get(v));
            assertThat(builder.position(v)).isEqualTo(position);
            return position;
        }

        boolean addEdge(Link e, Node from, Node to) {
            int s = builder.position(from), t = builder.position(to);
            assertThat(s).isEqualTo(index.get(from)).isNotNegative();
            assertThat(t).isEqualTo(index.get(to)).isNotNegative();
            if (from.equals(to)) loops++;
            else if (reference.containsEdge(from, to)) parallels++;
            boolean added = builder.addEdge(e, s, t);
            boolean referenceAdded = reference.addEdge(from, to, e);
            assertThat(added).as("addEdge(%s)", e).isEqualTo(referenceAdded);
            if (added) edges.add(e);
            else repeatedEdges++;
            assertThat(builder.edgeCount()).isEqualTo(edges.size());
            return added;
        }
    }

    /**
     * A graph of random calls: isolated vertices, vertices given again as new equal objects, self-loops, parallel
     * edges, edges given again as new equal objects, and ids whose hash codes collide.
     */
    static Twin randomTwin(long seed, int expectedVertices, int expectedEdges, int calls, int names) {
        Random random = new Random(seed);
        Twin twin = new Twin(expectedVertices, expectedEdges);
        List<String> vertexNames = new ArrayList<>(COLLIDING);
        for (int i = 0; vertexNames.size() < names; i++) vertexNames.add("v" + i);
        int fresh = 0;
        for (int call = 0; call < calls; call++) {
            int what = random.nextInt(20);
            if (what < 3 || twin.vertices.isEmpty()) {
                // a vertex, often one already there (a new, equal object) and often left isolated
                twin.addVertex(new Node(vertexNames.get(random.nextInt(vertexNames.size()))));
                continue;
            }
            Node from = endpoint(twin, random);
            Node to = random.nextInt(8) == 0 ? new Node(from.name) : endpoint(twin, random);
            if (what == 3 && !twin.edges.isEmpty()) { // parallel to an edge there
                Link other = twin.edges.get(random.nextInt(twin.edges.size()));
                from = new Node(twin.reference.getEdgeSource(other).name);
                to = twin.reference.getEdgeTarget(other);
            }
            if (random.nextBoolean()) { // as JGraphT code often does: add the ends (already there), then the edge
                twin.addVertex(from);
                twin.addVertex(to);
            }
            String id;
            int kind = random.nextInt(10);
            if (kind == 0 && !twin.edges.isEmpty()) id = twin.edges.get(random.nextInt(twin.edges.size())).id(); // again
            else if (kind == 1) id = COLLIDING.get(random.nextInt(COLLIDING.size()));
            else id = "e" + fresh++;
            twin.addEdge(new Link(id), from, to);
        }
        twin.addVertex(new Node("isolated-" + seed)); // at least one vertex without edges
        return twin;
    }

    /** A vertex that is there: sometimes the very object added, sometimes a new equal one. */
    private static Node endpoint(Twin twin, Random random) {
        Node v = twin.vertices.get(random.nextInt(twin.vertices.size()));
        return random.nextBoolean() ? v : new Node(v.name);
    }

    @ParameterizedTest(name = "seed {0}, expected sizes {1}/{2}, {3} calls over {4} names")
    @CsvSource({
        "1, 1, 1, 150, 12",
        "2, 0, 0, 150, 14",
        "3, 1, 1, 400, 30",
        "4, 5, 3, 300, 8",
        "5, 100, 1000, 250, 40",
        "6, 2, 2, 900, 60",
        "7, 3, 2, 40, 6",
    })
    void answersLikeJGraphTsDirectedPseudograph(long seed, int expectedVertices, int expectedEdges, int calls, int names) {
        Twin twin = randomTwin(seed, expectedVertices, expectedEdges, calls, names);
        ArrayGraph<Node, Link> graph = twin.builder.build();

        // the random calls did make the cases this test is about
        assertThat(twin.loops).as("self-loops").isPositive();
        assertThat(twin.parallels).as("parallel edges").isPositive();
        assertThat(twin.repeatedVertices).as("repeated vertices").isPositive();
        assertThat(twin.repeatedEdges).as("repeated edges").isPositive();
        if (expectedEdges == 1) { // the builder grew past its expected sizes (and its tables past their first size)
            assertThat(twin.vertices.size()).isGreaterThan(Math.max(8, expectedVertices));
            assertThat(twin.edges.size()).isGreaterThan(Math.max(8, expectedEdges));
        }
        assertThat(twin.vertices).anyMatch(v -> twin.reference.degreeOf(v) == 0);
        assertThat(twin.edges).extracting(Link::id).containsAnyElementsOf(COLLIDING);

        assertSameAnswers(graph, twin.reference);
    }

    @Test
    void aLargeGraphGrowingFarPastItsExpectedSizesAnswersTheSame() {
        Twin twin = randomTwin(42, 1, 1, 20_000, 3_000);
        ArrayGraph<Node, Link> graph = twin.builder.build();
        assertThat(graph.edgeSet()).hasSizeGreaterThan(10_000);
        assertSameAnswers(graph, twin.reference, 80);
    }

    @Test
    void anEmptyGraph() {
        Twin twin = new Twin(1, 1);
        ArrayGraph<Node, Link> graph = twin.builder.build();
        assertThat(graph.vertexSet()).isEmpty();
        assertThat(graph.edgeSet()).isEmpty();
        assertSameAnswers(graph, twin.reference);
        assertThat(new ConnectivityInspector<>(graph).connectedSets()).isEmpty();
    }

    @Test
    void aGraphOfOnlyLoopsAndParallelsBetweenCollidingIds() {
        Twin twin = new Twin(1, 1);
        Node aa = new Node("Aa"), bb = new Node("BB");
        twin.addVertex(aa);
        twin.addVertex(bb);
        twin.addVertex(new Node("BB"));
        twin.addEdge(new Link("Aa"), aa, aa);
        twin.addEdge(new Link("BB"), aa, bb);
        twin.addEdge(new Link("AaAa"), aa, bb);
        twin.addEdge(new Link("BBBB"), bb, aa);
        twin.addEdge(new Link("AaBB"), bb, bb);
        twin.addEdge(new Link("BBAa"), new Node("BB"), new Node("BB"));
        assertThat(twin.addEdge(new Link("BB"), bb, aa)).as("an equal edge is refused").isFalse();
        ArrayGraph<Node, Link> graph = twin.builder.build();

        assertThat(graph.edgesOf(aa)).extracting(Link::id).containsExactly("Aa", "BBBB", "BB", "AaAa");
        assertThat(graph.edgesOf(bb)).extracting(Link::id).containsExactly("BB", "AaAa", "AaBB", "BBAa", "BBBB");
        assertThat(graph.degreeOf(aa)).isEqualTo(5); // a loop counts twice
        assertThat(graph.getAllEdges(aa, bb)).extracting(Link::id).containsExactlyInAnyOrder("BB", "AaAa");
        assertThat(graph.getEdgeSource(new Link("BB"))).isSameAs(aa);
        assertThat(graph.outgoingEdgesOf(aa).contains(new Link("BBBB"))).isFalse(); // bb's, with the same hash
        assertThat(graph.containsEdge(new Link(UNKNOWN_COLLIDING))).isFalse();
        assertThat(graph.containsVertex(new Node(UNKNOWN_COLLIDING))).isFalse();
        assertSameAnswers(graph, twin.reference);
    }

    @Test
    void anEdgeBetweenPositionsThatAreNotVerticesIsRefusedAsJGraphTRefusesUnknownVertices() {
        Twin twin = new Twin(1, 1);
        Node a = new Node("a");
        twin.addVertex(a);
        assertThatThrownBy(() -> twin.builder.addEdge(new Link("x"), 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twin.builder.addEdge(new Link("x"), -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twin.reference.addEdge(a, new Node("b"), new Link("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(twin.builder.position(new Node("b"))).isEqualTo(-1);
        assertThat(twin.builder.edgeCount()).isZero();
        assertSameAnswers(twin.builder.build(), twin.reference);
    }

    @Test
    void jgraphtAlgorithmsRunOnItAsOnJGraphTsOwnGraph() {
        Twin twin = randomTwin(11, 1, 1, 500, 120);
        ArrayGraph<Node, Link> graph = twin.builder.build();
        DirectedPseudograph<Node, Link> reference = twin.reference;

        List<Set<Node>> components = new ConnectivityInspector<>(graph).connectedSets();
        assertThat(components).hasSizeGreaterThan(1); // isolated vertices at least
        assertThat(components).isEqualTo(new ConnectivityInspector<>(reference).connectedSets());
        assertThat(new ConnectivityInspector<>(graph).isConnected()).isFalse();

        List<Set<Node>> strong = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        assertThat(new HashSet<>(strong))
                .isEqualTo(new HashSet<>(new KosarajuStrongConnectivityInspector<>(reference).stronglyConnectedSets()));

        Node start = twin.vertices.get(0);
        var paths = new BFSShortestPath<>(graph).getPaths(start);
        var referencePaths = new BFSShortestPath<>(reference).getPaths(start);
        for (Node v : twin.vertices) {
            var p = paths.getPath(v);
            var q = referencePaths.getPath(v);
            assertThat(p == null).as("path to %s", v).isEqualTo(q == null);
            if (p != null) {
                assertThat(p.getLength()).isEqualTo(q.getLength());
                assertThat(p.getEdgeList()).isEqualTo(q.getEdgeList());
            }
        }

        // a subgraph of every other vertex (and of a set holding an unknown vertex as well)
        Set<Node> subset = new java.util.LinkedHashSet<>();
        for (int i = 0; i < twin.vertices.size(); i += 2) subset.add(twin.vertices.get(i));
        AsSubgraph<Node, Link> sub = new AsSubgraph<>(graph, subset);
        AsSubgraph<Node, Link> referenceSub = new AsSubgraph<>(reference, subset);
        assertThat(sub.edgeSet()).isNotEmpty().hasSizeLessThan(graph.edgeSet().size());
        assertSameAnswers(sub, referenceSub);
        assertThat(new ConnectivityInspector<>(sub).connectedSets())
                .isEqualTo(new ConnectivityInspector<>(referenceSub).connectedSets());
    }

    @Test
    void addNewEdgeBuildsWhatAddEdgeBuildsForNewEdges() {
        Random random = new Random(31);
        ArrayGraph.Builder<Node, Link> checked = new ArrayGraph.Builder<>(1, 1), trusted = new ArrayGraph.Builder<>(1, 1);
        for (int v = 0; v < 300; v++) {
            checked.addVertex(new Node("v" + v));
            trusted.addVertex(new Node("v" + v));
        }
        for (int e = 0; e < 2_000; e++) {
            int from = random.nextInt(300), to = random.nextInt(300);
            assertThat(checked.addEdge(new Link("e" + e), from, to)).isTrue();
            trusted.addNewEdge(new Link("e" + e), from, to);
        }
        ArrayGraph<Node, Link> a = checked.build(), b = trusted.build();
        assertThat(b.edgeSet()).containsExactlyElementsOf(a.edgeSet());
        for (Link e : a.edgeSet()) { // found through the position table, which addNewEdge must have filled
            assertThat(b.containsEdge(e)).isTrue();
            assertThat(b.getEdgeSource(e)).isEqualTo(a.getEdgeSource(e));
            assertThat(b.getEdgeTarget(e)).isEqualTo(a.getEdgeTarget(e));
        }
        for (Node v : a.vertexSet()) assertThat(b.outgoingEdgesOf(v)).containsExactlyElementsOf(a.outgoingEdgesOf(v));
        assertThatThrownBy(() -> trusted.addNewEdge(new Link("late"), 0, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void addEdgeSeesEdgesThatAddNewEdgeHasNotTabledYet() {
        ArrayGraph.Builder<Node, Link> builder = new ArrayGraph.Builder<>(1, 1);
        for (int v = 0; v < 10; v++) builder.addVertex(new Node("v" + v));
        for (int e = 0; e < 500; e++) builder.addNewEdge(new Link("e" + e), e % 10, (e * 7) % 10);
        assertThat(builder.addEdge(new Link("e499"), 1, 2)).isFalse(); // the last one added without a look-up
        assertThat(builder.addEdge(new Link("e0"), 1, 2)).isFalse();
        assertThat(builder.addEdge(new Link("new"), 1, 2)).isTrue();
        builder.addNewEdge(new Link("after"), 3, 4);
        ArrayGraph<Node, Link> graph = builder.build();
        assertThat(graph.edgeSet()).hasSize(502);
        assertThat(graph.getEdgeSource(new Link("e499"))).isEqualTo(new Node("v9"));
        assertThat(graph.getEdgeTarget(new Link("after"))).isEqualTo(new Node("v4"));
    }

    @Test
    void findsAVertexByAKeyThatDeterminesItsHash() {
        ArrayGraph.Builder<Node, Link> builder = new ArrayGraph.Builder<>(1, 1);
        for (int v = 0; v < 1_000; v++) builder.addVertex(new Node("v" + v));
        builder.addVertex(new Node("Aa")); // "Aa" and "BB" have the same String hash
        builder.addVertex(new Node("BB"));
        assertThat(builder.position("v417".hashCode(), n -> n.toString().equals("v417"))).isEqualTo(417);
        assertThat(builder.position("v1000".hashCode(), n -> n.toString().equals("v1000"))).isEqualTo(-1);
        ArrayGraph<Node, Link> graph = builder.build();
        assertThat(graph.vertex("BB".hashCode(), n -> n.toString().equals("BB"))).isEqualTo(new Node("BB"));
        assertThat(graph.vertex("Aa".hashCode(), n -> n.toString().equals("Aa"))).isEqualTo(new Node("Aa"));
        assertThat(graph.vertex("v1000".hashCode(), n -> n.toString().equals("v1000"))).isNull();
        assertThat(graph.vertex("v5".hashCode(), n -> false)).isNull();
    }

    @Test
    void theBuilderTakesNothingMoreOnceTheGraphIsBuilt() {
        ArrayGraph.Builder<Node, Link> b = new ArrayGraph.Builder<>(2, 1);
        int a = b.addVertex(new Node("a")), c = b.addVertex(new Node("c"));
        b.addEdge(new Link("ac"), a, c);
        ArrayGraph<Node, Link> graph = b.build();
        // the graph shares the builder's arrays: a later addition would change it behind its back
        assertThatThrownBy(() -> b.addVertex(new Node("d"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.addEdge(new Link("ca"), c, a)).isInstanceOf(IllegalStateException.class);
        assertThat(graph.vertexSet()).hasSize(2);
        assertThat(graph.containsVertex(new Node("d"))).isFalse();
        assertThat(graph.edgeSet()).extracting(Link::id).containsExactly("ac");
    }

    @Test
    void everyMutatingMethodThrowsAndTheGraphStaysAsItWas() {
        Twin twin = randomTwin(5, 1, 1, 200, 20);
        ArrayGraph<Node, Link> graph = twin.builder.build();
        Node v = twin.vertices.get(0);
        Link e = twin.edges.get(0);
        Node s = twin.reference.getEdgeSource(e), t = twin.reference.getEdgeTarget(e);
        Node unknown = new Node("unknown"), unknown2 = new Node(UNKNOWN_COLLIDING);

        List<ThrowingCallable> calls = List.of(
                () -> graph.addVertex(new Node("new")),
                () -> graph.addVertex(v),
                () -> graph.addVertex(),
                () -> graph.addEdge(s, t),
                () -> graph.addEdge(s, t, new Link("new")),
                () -> graph.addEdge(s, t, e),
                () -> graph.removeEdge(e),
                () -> graph.removeEdge(new Link("not there")),
                () -> graph.removeEdge(s, t),
                () -> graph.removeVertex(v),
                () -> graph.removeVertex(unknown),
                () -> graph.removeAllEdges(List.of(e)),
                () -> graph.removeAllEdges(List.of()),
                () -> graph.removeAllEdges(s, t),
                () -> graph.removeAllEdges(v, v),
                () -> graph.removeAllEdges(unknown, unknown2),
                () -> graph.removeAllVertices(List.of(v)),
                () -> graph.removeAllVertices(List.of()),
                () -> graph.setEdgeWeight(e, 2.0),
                () -> graph.setEdgeWeight(s, t, 2.0),
                // the sets it returns are views that cannot change it either
                () -> graph.vertexSet().add(new Node("new")),
                () -> graph.vertexSet().remove(v),
                () -> graph.vertexSet().clear(),
                () -> removeFirst(graph.vertexSet()),
                () -> graph.edgeSet().add(new Link("new")),
                () -> graph.edgeSet().remove(e),
                () -> graph.edgeSet().removeIf(x -> true),
                () -> removeFirst(graph.edgeSet()),
                () -> graph.outgoingEdgesOf(s).remove(e),
                () -> graph.outgoingEdgesOf(s).clear(),
                () -> removeFirst(graph.outgoingEdgesOf(s)),
                () -> graph.incomingEdgesOf(t).add(new Link("new")),
                () -> graph.incomingEdgesOf(t).retainAll(List.of()),
                () -> removeFirst(graph.incomingEdgesOf(t)));
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i), "mutating call #%d", i).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(graph.getVertexSupplier()).isNull();
        assertThat(graph.getEdgeSupplier()).isNull();
        assertThat(graph.getType().isModifiable()).isFalse();
        assertThat(graph.getType().isDirected()).isTrue();
        assertThat(graph.getType().isAllowingMultipleEdges()).isTrue();
        assertThat(graph.getType().isAllowingSelfLoops()).isTrue();
        assertThat(graph.getType().isWeighted()).isFalse();
        assertThat(graph.getEdgeWeight(e)).isEqualTo(Graph.DEFAULT_EDGE_WEIGHT);

        // edgesOf is unmodifiable, as JGraphT's is; getAllEdges hands out a copy the caller may change
        Collection<Link> copy = graph.edgesOf(s);
        assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
        Set<Link> all = graph.getAllEdges(s, t);
        assertThat(all).contains(e);
        all.clear();
        assertThat(all).isEmpty();
        assertThat(graph.getAllEdges(s, t)).as("clearing the copy leaves the graph as it was").contains(e);
        assertSameAnswers(graph, twin.reference);
    }

    private static void removeFirst(Collection<?> c) {
        Iterator<?> it = c.iterator();
        it.next();
        it.remove();
    }

    // --- the comparison ---

    static void assertSameAnswers(Graph<Node, Link> graph, Graph<Node, Link> reference) {
        assertSameAnswers(graph, reference, Integer.MAX_VALUE);
    }

    /**
     * Compares every query of the two graphs. On large graphs, {@code sample} bounds the work: all pairs among the
     * first {@code sample} vertices (and unknown ones) are tried, and slices are probed with their own edges and
     * about {@code sample} others.
     */
    static void assertSameAnswers(Graph<Node, Link> graph, Graph<Node, Link> reference, int sample) {
        // vertices and edges in the same order, as the same (first added) objects
        assertThat(serials(graph.vertexSet())).isEqualTo(serials(reference.vertexSet()));
        assertThat(serials(graph.edgeSet())).isEqualTo(serials(reference.edgeSet()));
        assertThat(graph.vertexSet()).hasSameSizeAs(reference.vertexSet());
        assertThat(graph.edgeSet()).hasSameSizeAs(reference.edgeSet());
        assertThat(graph.toString()).isEqualTo(reference.toString());

        List<Node> vertices = new ArrayList<>(reference.vertexSet());
        List<Link> edges = new ArrayList<>(reference.edgeSet());
        List<Node> unknownVertices = List.of(new Node("unknown"), new Node(UNKNOWN_COLLIDING), new Node("AaAaAa"));
        List<Link> unknownEdges = List.of(new Link("unknown"), new Link(UNKNOWN_COLLIDING), new Link("BBBBBB"));
        // probes: edges as stored and as new equal objects, edges that are not there, and things that are no edges
        List<Object> commonProbes = new ArrayList<>();
        int step = Math.max(1, edges.size() / Math.max(1, Math.min(sample, edges.size())));
        for (int i = 0; i < edges.size(); i += step) {
            commonProbes.add(edges.get(i));
            commonProbes.add(new Link(edges.get(i).id()));
        }
        commonProbes.addAll(unknownEdges);
        commonProbes.add("e0");
        commonProbes.add(null);

        for (Node stored : vertices) {
            for (Node v : List.of(stored, new Node(stored.name))) {
                check(graph.containsVertex(v), "containsVertex(%s)", v);
                check(graph.vertexSet().contains(v), "vertexSet().contains(%s)", v);
                check(graph.degreeOf(v) == reference.degreeOf(v), "degreeOf(%s)", v);
                check(graph.inDegreeOf(v) == reference.inDegreeOf(v), "inDegreeOf(%s)", v);
                check(graph.outDegreeOf(v) == reference.outDegreeOf(v), "outDegreeOf(%s)", v);
                List<Object> probes = new ArrayList<>(commonProbes);
                for (Link e : reference.edgesOf(v)) { // its own edges, and (below) edges of other vertices
                    probes.add(e);
                    probes.add(new Link(e.id()));
                }
                assertSameSet("outgoingEdgesOf(" + v + ")", graph.outgoingEdgesOf(v), reference.outgoingEdgesOf(v), probes);
                assertSameSet("incomingEdgesOf(" + v + ")", graph.incomingEdgesOf(v), reference.incomingEdgesOf(v), probes);
                assertSameSet("edgesOf(" + v + ")", graph.edgesOf(v), reference.edgesOf(v), probes);
            }
        }
        for (Link stored : edges) {
            for (Link e : List.of(stored, new Link(stored.id()))) {
                check(graph.containsEdge(e), "containsEdge(%s)", e);
                check(graph.edgeSet().contains(e), "edgeSet().contains(%s)", e);
                check(graph.getEdgeSource(e).equals(reference.getEdgeSource(e)), "getEdgeSource(%s)", e);
                check(graph.getEdgeTarget(e).equals(reference.getEdgeTarget(e)), "getEdgeTarget(%s)", e);
                check(graph.getEdgeWeight(e) == reference.getEdgeWeight(e), "getEdgeWeight(%s)", e);
            }
        }
        assertThat(graph.containsVertex(null)).isFalse();
        assertThat(graph.containsEdge(null)).isFalse();
        assertThat(graph.vertexSet().contains(null)).isFalse();
        assertThat(graph.vertexSet().contains("Aa")).isFalse();
        for (Object probe : commonProbes) {
            check(graph.edgeSet().contains(probe) == reference.edgeSet().contains(probe), "edgeSet().contains(%s)", probe);
        }

        for (Node v : unknownVertices) {
            assertThat(graph.containsVertex(v)).isFalse();
            assertThat(reference.containsVertex(v)).isFalse();
            assertThat(graph.vertexSet().contains(v)).isFalse();
            for (Function<Graph<Node, Link>, Object> call : List.<Function<Graph<Node, Link>, Object>>of(
                    g -> g.degreeOf(v), g -> g.inDegreeOf(v), g -> g.outDegreeOf(v), g -> g.outgoingEdgesOf(v),
                    g -> g.incomingEdgesOf(v), g -> g.edgesOf(v))) {
                assertThatThrownBy(() -> call.apply(reference)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> call.apply(graph)).isInstanceOf(IllegalArgumentException.class);
            }
        }
        for (Link e : unknownEdges) {
            assertThat(graph.containsEdge(e)).isFalse();
            assertThat(reference.containsEdge(e)).isFalse();
            for (Function<Graph<Node, Link>, Object> call : List.<Function<Graph<Node, Link>, Object>>of(
                    g -> g.getEdgeSource(e), g -> g.getEdgeTarget(e))) {
                assertThatThrownBy(() -> call.apply(reference)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> call.apply(graph)).isInstanceOf(IllegalArgumentException.class);
            }
        }

        List<Node> ends = new ArrayList<>(vertices.subList(0, Math.min(sample, vertices.size())));
        ends.addAll(unknownVertices);
        for (Node u : ends) {
            for (Node v : ends) assertSamePair(graph, reference, u, v);
        }
        // the pair of every edge, also when the pairs above did not cover all vertices
        for (Link e : edges) assertSamePair(graph, reference, reference.getEdgeSource(e), reference.getEdgeTarget(e));
    }

    /** getEdge (the same object), containsEdge and getAllEdges (as sets; null when a vertex is unknown). */
    private static void assertSamePair(Graph<Node, Link> graph, Graph<Node, Link> reference, Node u, Node v) {
        check(Objects.equals(serial(graph.getEdge(u, v)), serial(reference.getEdge(u, v))), "getEdge(%s, %s)", u, v);
        check(graph.containsEdge(u, v) == reference.containsEdge(u, v), "containsEdge(%s, %s)", u, v);
        Set<Link> all = graph.getAllEdges(u, v), referenceAll = reference.getAllEdges(u, v);
        if (referenceAll == null) {
            check(all == null, "getAllEdges(%s, %s) is null", u, v);
        } else {
            check(all != null, "getAllEdges(%s, %s) is not null", u, v);
            check(new HashSet<>(serials(all)).equals(new HashSet<>(serials(referenceAll))) && all.size() == referenceAll.size(),
                    "getAllEdges(%s, %s): %s, expected %s", u, v, all, referenceAll);
        }
    }

    /** Same elements in the same iteration order (the very same objects), same size and the same membership. */
    private static void assertSameSet(String what, Set<Link> actual, Set<Link> expected, List<Object> probes) {
        check(serials(actual).equals(serials(expected)), "%s: %s, expected %s", what, actual, expected);
        check(actual.size() == expected.size(), "%s.size()", what);
        check(actual.isEmpty() == expected.isEmpty(), "%s.isEmpty()", what);
        for (Object probe : probes) {
            check(actual.contains(probe) == expected.contains(probe), "%s.contains(%s)", what, probe);
        }
    }

    /** A plain check: the comparisons run millions of times, too many for an assertion object each. */
    private static void check(boolean ok, String message, Object... args) {
        if (!ok) fail(String.format(message, args));
    }

    private static List<Integer> serials(Collection<?> items) {
        List<Integer> out = new ArrayList<>(items.size());
        for (Object o : items) out.add(serial(o));
        return out;
    }

    private static Integer serial(Object o) {
        if (o == null) return null;
        return o instanceof Node n ? n.serial : ((Link) o).serial();
    }

}
