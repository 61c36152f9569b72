package org.spacecoop.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.AsUndirectedGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.progress.Progress;

/**
 * Articulation points (entities whose removal splits their part of the network) and bridges (relations whose
 * removal does) of a graph view, by JGraphT's {@link BiconnectivityInspector} on the undirected view. Parallel
 * relations are kept: two entities tied by two relations are not split by losing one of them.
 *
 * <p>For each one the report names what would be separated: everything outside the largest remaining piece of
 * its component, so the entries are ordered by how much they hold together.
 */
public final class SinglePointsOfFailure {

    /** An articulation point and the entities that would lose their link to the rest of its component. */
    public record CutPoint(Entity entity, List<Entity> separated) {
        public CutPoint {
            separated = List.copyOf(separated);
        }
    }

    /** A bridge and the entities on its smaller side. */
    public record Bridge(Relation relation, List<Entity> separated) {
        public Bridge {
            separated = List.copyOf(separated);
        }
    }

    public record Result(List<CutPoint> articulationPoints, List<Bridge> bridges) {
        public Result {
            articulationPoints = List.copyOf(articulationPoints);
            bridges = List.copyOf(bridges);
        }
    }

    private SinglePointsOfFailure() {
    }

    public static Result of(Graph<Entity, Relation> view) {
        return of(view, Progress.NONE);
    }

    public static Result of(Graph<Entity, Relation> view, Progress progress) {
        Graph<Entity, Relation> g = view.getType().isDirected() ? new AsUndirectedGraph<>(view) : view;
        var inspector = new BiconnectivityInspector<>(g);
        Set<Entity> cutpoints = inspector.getCutpoints();
        Set<Relation> bridges = inspector.getBridges();
        long total = cutpoints.size() + bridges.size();
        long done = 0;
        List<CutPoint> points = new ArrayList<>();
        for (Entity v : cutpoints) {
            progress.checkCancelled();
            points.add(new CutPoint(v, separatedBy(g, v)));
            progress.update(++done, total, "articulation points");
        }
        List<Bridge> bridgeList = new ArrayList<>();
        for (Relation r : bridges) {
            progress.checkCancelled();
            bridgeList.add(new Bridge(r, smallerSide(g, r)));
            progress.update(++done, total, "bridges");
        }
        points.sort(Comparator.comparingInt((CutPoint c) -> -c.separated().size())
                .thenComparing(c -> c.entity().name(), String.CASE_INSENSITIVE_ORDER));
        bridgeList.sort(Comparator.comparingInt((Bridge b) -> -b.separated().size())
                .thenComparing(b -> b.relation().id()));
        return new Result(points, bridgeList);
    }

    /** Pieces left when v goes; all but the largest. */
    private static List<Entity> separatedBy(Graph<Entity, Relation> g, Entity v) {
        Set<Entity> seen = new HashSet<>();
        seen.add(v);
        List<List<Entity>> pieces = new ArrayList<>();
        for (Entity n : Graphs.neighborListOf(g, v)) {
            if (seen.contains(n)) continue;
            pieces.add(reach(g, n, seen, null));
        }
        pieces.sort(Comparator.comparingInt((List<Entity> p) -> -p.size()));
        List<Entity> separated = new ArrayList<>();
        for (int i = 1; i < pieces.size(); i++) separated.addAll(pieces.get(i));
        separated.sort(WhatIf.byName());
        return separated;
    }

    private static List<Entity> smallerSide(Graph<Entity, Relation> g, Relation bridge) {
        Entity a = g.getEdgeSource(bridge);
        Entity b = g.getEdgeTarget(bridge);
        List<Entity> sideA = reach(g, a, new HashSet<>(), bridge);
        List<Entity> sideB = reach(g, b, new HashSet<>(), bridge);
        List<Entity> smaller = new ArrayList<>(sideA.size() <= sideB.size() ? sideA : sideB);
        smaller.sort(WhatIf.byName());
        return smaller;
    }

    /** Breadth-first from start over entities not yet seen, never crossing {@code skip}. */
    private static List<Entity> reach(Graph<Entity, Relation> g, Entity start, Set<Entity> seen, Relation skip) {
        List<Entity> piece = new ArrayList<>();
        ArrayDeque<Entity> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            Entity u = queue.poll();
            piece.add(u);
            for (Relation r : g.edgesOf(u)) {
                if (r.equals(skip)) continue;
                Entity w = Graphs.getOppositeVertex(g, r, u);
                if (seen.add(w)) queue.add(w);
            }
        }
        return piece;
    }
}
