package org.spacecoop.core.layout;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.spacecoop.core.progress.Progress;

/**
 * A seeded force-directed layout: Fruchterman-Reingold springs (d²/k) and repulsion (k²/d), the repulsion through a
 * mass-weighted Barnes-Hut tree, a weak linear pull towards the centre of mass, and a temperature that caps every
 * move and cools geometrically. The force loop runs in Morton order on {@link LayoutSettings#threads()} threads; each
 * node's force is summed by one thread in a fixed order, so the same graph, settings and seed give bit-identical
 * positions whatever the thread count. When the run ends, overlapping node discs (radii from the {@link LayoutGraph})
 * are pushed apart.
 *
 * <p><b>Threads.</b> {@link #step()}, {@link #runToConvergence}, {@link #setVisible} and {@link #reheat} must be
 * called from one thread at a time (the layout's background task). {@link #pin} and {@link #unpin} may be called
 * from any thread, also while an iteration runs: the pinned position wins over that iteration's move.
 * {@link #x()} and {@link #y()} are the live arrays the iterations write into; another thread reading them while an
 * iteration runs may see a half-updated picture. The UI therefore copies {@link #snapshot()} on the layout thread
 * after a batch of iterations (when {@link #runToConvergence} reports {@link Progress}) and hands that copy to the FX
 * thread.
 */
public final class ForceLayout {

    private static final int BLOCK = 512;
    private static final int LEAF_BLOCK = 64;
    private static final int OVERLAP_SWEEPS = 500;
    /** How many iterations run between two progress reports, unless the caller asks for another interval. */
    public static final int REPORT_EVERY = 5;

    private final LayoutGraph graph;
    private final LayoutSettings settings;
    private final long seed;
    private final int n;
    private final double k;
    private final double[] x;
    private final double[] y;
    private final boolean[] visible;
    private final boolean[] placed;
    private final int[] active;
    private int activeCount;

    private final Object pinLock = new Object();
    private final boolean[] pinned;
    private final double[] pinX;
    private final double[] pinY;
    private int pinnedCount;

    private final BarnesHutTree tree = new BarnesHutTree();
    private final OverlapRemoval overlaps = new OverlapRemoval();
    private final double[] fx;
    private final double[] fy;
    private final double[] blockMaxMove;

    private int iteration;
    private int runIteration;
    private int runLength;
    private double temperature;
    private double cooling;
    private boolean converged;

    /** Places the nodes at random (from {@code seed}) in a square sized for their number, all visible. */
    public ForceLayout(LayoutGraph graph, LayoutSettings settings, long seed) {
        this.graph = graph;
        this.settings = settings;
        this.seed = seed;
        this.n = graph.nodeCount();
        this.k = settings.edgeLength();
        this.x = new double[n];
        this.y = new double[n];
        this.visible = new boolean[n];
        this.placed = new boolean[n];
        this.active = new int[n];
        this.pinned = new boolean[n];
        this.pinX = new double[n];
        this.pinY = new double[n];
        this.fx = new double[n];
        this.fy = new double[n];
        this.blockMaxMove = new double[n / BLOCK + 1];
        SplittableRandom random = new SplittableRandom(seed);
        double side = k * Math.sqrt(Math.max(1, n));
        for (int v = 0; v < n; v++) {
            x[v] = (random.nextDouble() - 0.5) * side;
            y[v] = (random.nextDouble() - 0.5) * side;
        }
        Arrays.fill(visible, true);
        for (int v = 0; v < n; v++) active[v] = v;
        activeCount = n;
        startRun(1);
    }

    public ForceLayout(LayoutGraph graph, LayoutSettings settings) {
        this(graph, settings, 1L);
    }

    /** Live x coordinates by node index (see the class comment on threads). */
    public double[] x() {
        return x;
    }

    /** Live y coordinates by node index. */
    public double[] y() {
        return y;
    }

    /** A copy of the current positions. */
    public Positions snapshot() {
        return new Positions(x.clone(), y.clone());
    }

    public LayoutGraph graph() {
        return graph;
    }

    public LayoutSettings settings() {
        return settings;
    }

    public long seed() {
        return seed;
    }

    /** Fixes a node at (px, py): it still pushes and pulls the others but does not move until {@link #unpin}. */
    public void pin(int node, double px, double py) {
        synchronized (pinLock) {
            if (!pinned[node]) pinnedCount++;
            pinned[node] = true;
            pinX[node] = px;
            pinY[node] = py;
            x[node] = px;
            y[node] = py;
        }
    }

    public void unpin(int node) {
        synchronized (pinLock) {
            if (pinned[node]) pinnedCount--;
            pinned[node] = false;
        }
    }

    public boolean isPinned(int node) {
        synchronized (pinLock) {
            return pinned[node];
        }
    }

    /**
     * Shows exactly the nodes whose flag is true. Hidden nodes take no part in the forces and keep their positions;
     * visible nodes keep theirs, and a node shown for the first time since it was last laid out is placed next to
     * its laid-out neighbours. Restarts the run warm ({@link LayoutSettings#warmHeat()}), or cold when no iteration
     * has run yet.
     */
    public void setVisible(boolean[] flags) {
        if (flags.length != n) throw new IllegalArgumentException("visibility has " + flags.length + " flags for " + n + " nodes");
        System.arraycopy(flags, 0, visible, 0, n);
        activeCount = 0;
        for (int v = 0; v < n; v++) if (visible[v]) active[activeCount++] = v;
        placeNewcomers();
        startRun(iteration == 0 ? 1 : settings.warmHeat());
    }

    public boolean isVisible(int node) {
        return visible[node];
    }

    /** Starts a new run at {@code heat} times the cold starting temperature (1 = from scratch, positions kept). */
    public void reheat(double heat) {
        startRun(Math.max(1e-6, Math.min(1, heat)));
    }

    /**
     * One iteration over the visible nodes.
     *
     * @return true while the run goes on, false once it has converged (the overlap removal has then run)
     */
    public boolean step() {
        if (converged) return false;
        int m = activeCount;
        if (m == 0) {
            finish();
            return false;
        }
        tree.build(x, y, active, m, settings.theta());
        ParallelLoop.run(tree.leafCount(), settings.threads(), LEAF_BLOCK, this::forces);
        double t = temperature;
        ParallelLoop.run(m, settings.threads(), BLOCK, (from, to) -> move(from, to, t));
        double maxMove = 0;
        for (int b = 0, blocks = (m + BLOCK - 1) / BLOCK; b < blocks; b++) maxMove = Math.max(maxMove, blockMaxMove[b]);
        reapplyPins();
        iteration++;
        runIteration++;
        temperature *= cooling;
        if (runIteration >= runLength || maxMove < 0.1 * settings.endHeat() * k) finish();
        return !converged;
    }

    /** {@link #runToConvergence(int, int, Progress)}, reporting every {@value #REPORT_EVERY} iterations. */
    public void runToConvergence(int maxIterations, Progress progress) {
        runToConvergence(maxIterations, REPORT_EVERY, progress);
    }

    /**
     * Iterates until the run converges or {@code maxIterations} iterations have run (then the run is ended as if it
     * had converged), reporting {@link #progress()} as a fraction of 1 every {@code reportEvery} iterations and once
     * at the end, on the calling thread; stops early, unfinished, when the progress is cancelled after a report or
     * the thread is interrupted. A stopped run can be resumed by calling this again.
     */
    public void runToConvergence(int maxIterations, int reportEvery, Progress progress) {
        int every = Math.max(1, reportEvery);
        for (int i = 1; i <= maxIterations && !converged; i++) {
            step();
            if (converged) break;
            if (Thread.currentThread().isInterrupted()) return;
            if (i % every == 0) {
                report(progress);
                if (progress.isCancelled()) return;
            }
        }
        if (!converged) finish();
        report(progress);
    }

    private void report(Progress to) {
        to.update(progress(), 1, "iteration " + iteration);
    }

    /** Pushes overlapping node discs apart now; returns the number of overlapping pairs left (0 normally). */
    public int removeOverlaps() {
        if (!graph.hasRadius()) return 0;
        int left = overlaps.apply(x, y, graph.radius(), active, activeCount, pinned, settings.overlapGap(), OVERLAP_SWEEPS);
        reapplyPins();
        return left;
    }

    /** 0..1 through the current run; 1 once converged. */
    public double progress() {
        return converged ? 1 : Math.min(1, runIteration / (double) runLength);
    }

    /** Iterations done since construction. */
    public int iteration() {
        return iteration;
    }

    public boolean isConverged() {
        return converged;
    }

    /** The largest move allowed in the next iteration. */
    public double temperature() {
        return temperature;
    }

    private void startRun(double heat) {
        double endT = settings.endHeat() * k;
        double coldT = Math.max(k, settings.startHeat() * k * Math.sqrt(Math.max(1, activeCount)));
        double startT = Math.max(endT * 1.0001, heat * coldT);
        // A warm run is short as well as cool: the total distance a node may travel stays a small part of the picture.
        runLength = Math.max(Math.min(10, settings.iterations()), (int) Math.ceil(settings.iterations() * heat));
        cooling = Math.pow(endT / startT, 1.0 / runLength);
        temperature = startT;
        runIteration = 0;
        converged = false;
    }

    private void finish() {
        removeOverlaps();
        converged = true;
    }

    /** Net force on the bodies of leaves [fromLeaf, toLeaf): repulsion, springs to visible neighbours, gravity. */
    private void forces(int fromLeaf, int toLeaf) {
        tree.repulsion(fromLeaf, toLeaf, k * k, fx, fy);
        int from = tree.leafStart(fromLeaf), to = tree.leafStart(toLeaf);
        final double invK = 1 / k, g = settings.gravity();
        final double cx = tree.centreX(), cy = tree.centreY();
        final int[] start = graph.adjacencyStart(), adj = graph.adjacency();
        final double[] x = this.x, y = this.y;
        final boolean[] visible = this.visible;
        for (int s = from; s < to; s++) {
            int v = tree.node(s);
            double px = tree.slotX(s), py = tree.slotY(s);
            double ax = g * (cx - px), ay = g * (cy - py);
            for (int e = start[v], end = start[v + 1]; e < end; e++) {
                int u = adj[e];
                if (!visible[u]) continue;
                double dx = x[u] - px, dy = y[u] - py;
                double f = Math.sqrt(dx * dx + dy * dy) * invK;
                ax += dx * f;
                ay += dy * f;
            }
            fx[s] += ax;
            fy[s] += ay;
        }
    }

    private void move(int from, int to, double t) {
        double maxMove = 0;
        for (int s = from; s < to; s++) {
            int v = tree.node(s);
            placed[v] = true;
            if (pinned[v]) continue;
            double dx = fx[s], dy = fy[s];
            double len = Math.sqrt(dx * dx + dy * dy);
            if (len > 0) {
                double scale = Math.min(len, t) / len;
                x[v] += dx * scale;
                y[v] += dy * scale;
                maxMove = Math.max(maxMove, Math.min(len, t));
            }
        }
        blockMaxMove[from / BLOCK] = maxMove;
    }

    private void reapplyPins() {
        synchronized (pinLock) {
            if (pinnedCount == 0) return;
            for (int v = 0; v < n; v++) {
                if (pinned[v]) {
                    x[v] = pinX[v];
                    y[v] = pinY[v];
                }
            }
        }
    }

    /** Puts visible nodes never laid out next to the mean of their laid-out visible neighbours. */
    private void placeNewcomers() {
        int[] start = graph.adjacencyStart(), adj = graph.adjacency();
        for (int s = 0; s < activeCount; s++) {
            int v = active[s];
            if (placed[v] || pinned[v]) continue;
            double sx = 0, sy = 0;
            int c = 0;
            for (int e = start[v]; e < start[v + 1]; e++) {
                int u = adj[e];
                if (visible[u] && placed[u]) {
                    sx += x[u];
                    sy += y[u];
                    c++;
                }
            }
            if (c == 0) continue;
            SplittableRandom jitter = new SplittableRandom(seed ^ (v * 0x9E3779B97F4A7C15L));
            x[v] = sx / c + (jitter.nextDouble() - 0.5) * k;
            y[v] = sy / c + (jitter.nextDouble() - 0.5) * k;
        }
    }
}
