package org.spacecoop.core.layout;

/**
 * Parameters of a {@link ForceLayout}. Distances are in layout units (the unit of the node radii).
 *
 * @param edgeLength    the ideal distance between neighbours (Fruchterman-Reingold's k)
 * @param theta         Barnes-Hut opening criterion: a cell of side s at distance d counts as one body when s/d &lt; theta;
 *                      0 makes every repulsion exact (O(n²))
 * @param gravity       pull towards the centre of mass, per unit of distance, relative to k (keeps components together)
 * @param iterations    nominal length of a cold run: the temperature cools geometrically over this many iterations
 * @param startHeat     initial temperature (maximum step) as a fraction of the initial drawing's side
 * @param endHeat       final temperature as a fraction of k; below it the layout counts as converged
 * @param warmHeat      temperature after a warm restart ({@link ForceLayout#setVisible}), as a fraction of the cold start
 * @param overlapGap    gap kept between node discs by the final overlap removal
 * @param threads       worker threads for the force loop (results do not depend on it)
 */
public record LayoutSettings(double edgeLength, double theta, double gravity, int iterations, double startHeat,
                             double endHeat, double warmHeat, double overlapGap, int threads) {

    public LayoutSettings {
        if (!(edgeLength > 0)) throw new IllegalArgumentException("edgeLength must be > 0: " + edgeLength);
        if (theta < 0 || theta > 2) throw new IllegalArgumentException("theta must be in [0, 2]: " + theta);
        if (gravity < 0) throw new IllegalArgumentException("gravity must be >= 0: " + gravity);
        if (iterations < 1) throw new IllegalArgumentException("iterations must be >= 1: " + iterations);
        if (!(startHeat > 0) || !(endHeat > 0) || !(warmHeat > 0) || warmHeat > 1) {
            throw new IllegalArgumentException("heats must be > 0 (warmHeat <= 1)");
        }
        if (overlapGap < 0) throw new IllegalArgumentException("overlapGap must be >= 0: " + overlapGap);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }

    /** Defaults: k = 40, theta = 1.0, 300 iterations, every available core. */
    public static LayoutSettings defaults() {
        return new LayoutSettings(40, 1.0, 0.02, 300, 0.1, 0.01, 0.15, 2, Runtime.getRuntime().availableProcessors());
    }

    /**
     * What the explorer window and the command-line export use, so the screen and exported files show the same
     * picture: stronger gravity keeps small components beside the main cluster instead of far out, where fitting the
     * view shrank the main cluster. Bundled dataset: main component 97% of the fitted extent at gravity 2.0 against
     * 77% at 0.4 and far less at the default, normalised stress 0.115 against 0.114; at 8.0 stress rises to 0.139.
     */
    public static LayoutSettings explorer() {
        return defaults().withGravity(2.0);
    }

    public LayoutSettings withEdgeLength(double v) {
        return new LayoutSettings(v, theta, gravity, iterations, startHeat, endHeat, warmHeat, overlapGap, threads);
    }

    public LayoutSettings withTheta(double v) {
        return new LayoutSettings(edgeLength, v, gravity, iterations, startHeat, endHeat, warmHeat, overlapGap, threads);
    }

    public LayoutSettings withGravity(double v) {
        return new LayoutSettings(edgeLength, theta, v, iterations, startHeat, endHeat, warmHeat, overlapGap, threads);
    }

    public LayoutSettings withIterations(int v) {
        return new LayoutSettings(edgeLength, theta, gravity, v, startHeat, endHeat, warmHeat, overlapGap, threads);
    }

    public LayoutSettings withThreads(int v) {
        return new LayoutSettings(edgeLength, theta, gravity, iterations, startHeat, endHeat, warmHeat, overlapGap, v);
    }

    public LayoutSettings withOverlapGap(double v) {
        return new LayoutSettings(edgeLength, theta, gravity, iterations, startHeat, endHeat, warmHeat, v, threads);
    }
}
