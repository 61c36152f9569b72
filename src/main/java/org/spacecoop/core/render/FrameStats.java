package org.spacecoop.core.render;

/** What one paint call drew: for the status bar, for tests of culling and level of detail, and for benchmarks. */
public record FrameStats(int nodesDrawn, int edgesDrawn, int labelsDrawn, int labelsHidden, int arrowsDrawn,
                         boolean edgesBatched, boolean labelsShown) {
}
