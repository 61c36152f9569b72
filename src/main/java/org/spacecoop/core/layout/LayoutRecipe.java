package org.spacecoop.core.layout;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

import org.spacecoop.core.progress.Progress;

/**
 * How the explorer lays out a graph, in the window and in the command line's export alike, so a file shows the
 * picture on screen: the settings, the seed, the room kept around each node and how long a layout may run.
 *
 * @param settings        the layout's parameters ({@link LayoutSettings#explorer()})
 * @param seed            the random start's seed: the same graph always gives the same picture
 * @param nodePadding     added to each node's drawn radius, so the final overlap removal leaves room for the
 *                        selection ring
 * @param iterationBudget iterations a cold run may take before it is ended as if converged
 */
public record LayoutRecipe(LayoutSettings settings, long seed, double nodePadding, int iterationBudget) {

    public static final long SEED = 20250301L;
    /** Room for the selection ring around a node disc. */
    public static final double NODE_PADDING = 4;

    public LayoutRecipe {
        if (nodePadding < 0) throw new IllegalArgumentException("nodePadding must be >= 0: " + nodePadding);
        if (iterationBudget < 1) throw new IllegalArgumentException("iterationBudget must be >= 1: " + iterationBudget);
    }

    /** The explorer's recipe: twice the nominal run length, so a large graph settles rather than stops half-cooled. */
    public static LayoutRecipe explorer() {
        LayoutSettings s = LayoutSettings.explorer();
        return new LayoutRecipe(s, SEED, NODE_PADDING, s.iterations() * 2);
    }

    /** The same picture computed on this many threads (positions do not depend on it). */
    public LayoutRecipe withThreads(int threads) {
        return new LayoutRecipe(settings.withThreads(threads), seed, nodePadding, iterationBudget);
    }

    public LayoutRecipe withSeed(long s) {
        return new LayoutRecipe(settings, s, nodePadding, iterationBudget);
    }

    /**
     * A layout of nodes {@code 0..nodeCount-1} and edges {@code 0..edgeCount-1}, each node a disc of its drawn radius
     * plus {@link #nodePadding()}, at its seeded random start.
     */
    public ForceLayout newLayout(int nodeCount, int edgeCount, IntUnaryOperator from, IntUnaryOperator to,
                                 IntToDoubleFunction drawnRadius) {
        int[] source = new int[edgeCount];
        int[] target = new int[edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            source[e] = from.applyAsInt(e);
            target[e] = to.applyAsInt(e);
        }
        double[] radius = new double[nodeCount];
        for (int i = 0; i < nodeCount; i++) radius[i] = drawnRadius.applyAsDouble(i) + nodePadding;
        return new ForceLayout(new LayoutGraph(nodeCount, source, target, radius), settings, seed);
    }

    /** Runs the layout until it settles or the budget is spent, reporting every {@code reportEvery} iterations. */
    public void run(ForceLayout layout, int reportEvery, Progress progress) {
        layout.runToConvergence(iterationBudget, reportEvery, progress);
    }

    /** Lays out at once, without reports: where the nodes end up. */
    public Positions layOut(int nodeCount, int edgeCount, IntUnaryOperator from, IntUnaryOperator to,
                            IntToDoubleFunction drawnRadius) {
        ForceLayout l = newLayout(nodeCount, edgeCount, from, to, drawnRadius);
        run(l, ForceLayout.REPORT_EVERY, Progress.NONE);
        return l.snapshot();
    }
}
