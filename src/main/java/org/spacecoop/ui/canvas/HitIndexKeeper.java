package org.spacecoop.ui.canvas;

import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.HitSnapshot;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.SpatialIndex;
import org.spacecoop.ui.task.BackgroundTask;
import org.spacecoop.ui.task.TaskExecutor;

/**
 * Keeps the canvas's hit-testing index up to date with the positions. Small scenes are indexed at once; above
 * {@link #BACKGROUND_INDEX_ABOVE} elements the index is built in the background from a copy of the scene's state,
 * and the previous index answers until it is ready (the index is immutable, handed over on the FX thread).
 */
final class HitIndexKeeper {

    /**
     * Above this many nodes + edges the hit index is built on a background thread (0.6–1 s at 100,000 nodes) and
     * the previous index answers until it is ready; below it a build takes a few ms and is done at once.
     */
    static final int BACKGROUND_INDEX_ABOVE = 20_000;

    private final TaskExecutor executor;
    private SpatialIndex hits;
    private int hitsGeneration = -1;
    /** Bumped when positions, visibility or the scene change. */
    private int positionsGeneration;
    private GraphScene scene;
    private boolean indexing;

    HitIndexKeeper(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Positions or visibility changed: the index is out of date. */
    void positionsChanged() {
        positionsGeneration++;
    }

    /** A new scene: the old index answers nothing. */
    void newScene(GraphScene gs) {
        scene = gs;
        hits = null;
        positionsGeneration++;
    }

    /** The index of the current positions, or (for a large scene) the previous one while a new one is built. */
    SpatialIndex current() {
        GraphScene gs = scene;
        if (gs == null) return null;
        if (hits != null && hitsGeneration == positionsGeneration) return hits;
        RenderScene s = gs.scene();
        int gen = positionsGeneration;
        if (s.nodeCount() + s.edgeCount() <= BACKGROUND_INDEX_ABOVE) {
            hits = SpatialIndex.build(s);
            hitsGeneration = gen;
        } else if (!indexing) {
            indexing = true;
            HitSnapshot copy = HitSnapshot.of(s); // O(n + m) array copies; the build then races nothing
            executor.execute(BackgroundTask.of("Hit index", progress -> copy.buildIndex())
                    .onSuccess(index -> {
                        if (scene != gs) return; // another graph was loaded meanwhile
                        hits = index;
                        hitsGeneration = gen;
                    })
                    .onFinished(() -> indexing = false));
        }
        return hits;
    }
}
