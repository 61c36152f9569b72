package org.spacecoop.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.progress.Progress;

/**
 * Centrality scores of the entities of a graph view, through JGraphT's scoring algorithms.
 *
 * <p>Degree counts relations; PageRank (JGraphT) follows relation directions (being contributed to, joined or
 * depended on raises a score). Betweenness and closeness run on the undirected {@link Skeleton}: see there for why;
 * both are breadth-first searches from every entity on int arrays ({@link Betweenness}, {@link ComponentCloseness}).
 */
public final class Centrality {

    private Centrality() {
    }

    /** Score of every vertex of {@code view} under {@code measure}. */
    public static Map<Entity, Double> scores(Graph<Entity, Relation> view, Measure measure, Progress progress) {
        progress.checkCancelled();
        progress.update(0, 1, measure.label());
        Map<Entity, Double> scores = switch (measure) {
            case DEGREE -> degree(view);
            case BETWEENNESS -> Betweenness.of(Skeleton.of(view), progress);
            case CLOSENESS -> new ComponentCloseness<>(Skeleton.of(view), progress).getScores();
            case PAGERANK -> view.vertexSet().isEmpty() ? Map.of() : new PageRank<>(view).getScores();
        };
        progress.update(1, 1, measure.label());
        return scores;
    }

    public static Map<Entity, Double> scores(Graph<Entity, Relation> view, Measure measure) {
        return scores(view, measure, Progress.NONE);
    }

    /** Entities of {@code view} from the highest score down; ties share a rank and are ordered by name. */
    public static List<RankedEntity> rank(Graph<Entity, Relation> view, Measure measure, Progress progress) {
        return rank(scores(view, measure, progress));
    }

    public static List<RankedEntity> rank(Graph<Entity, Relation> view, Measure measure) {
        return rank(view, measure, Progress.NONE);
    }

    /** Ranks given scores (highest first, ties by name then id, equal scores share the rank of the first). */
    public static List<RankedEntity> rank(Map<Entity, Double> scores) {
        List<Map.Entry<Entity, Double>> entries = new ArrayList<>(scores.entrySet());
        entries.sort(Comparator.<Map.Entry<Entity, Double>>comparingDouble(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.getKey().id()));
        List<RankedEntity> ranked = new ArrayList<>(entries.size());
        int rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < entries.size(); i++) {
            double score = entries.get(i).getValue();
            if (i == 0 || !same(score, previous)) rank = i + 1;
            ranked.add(new RankedEntity(entries.get(i).getKey(), score, rank));
            previous = score;
        }
        return ranked;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static Map<Entity, Double> degree(Graph<Entity, Relation> view) {
        Map<Entity, Double> scores = new HashMap<>();
        for (Entity v : view.vertexSet()) scores.put(v, (double) view.degreeOf(v));
        return scores;
    }
}
