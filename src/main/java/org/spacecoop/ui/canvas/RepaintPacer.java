package org.spacecoop.ui.canvas;

/**
 * When the canvas repaints (no toolkit here; {@link GraphCanvas} asks it once per pulse). A user's change (viewport,
 * selection, hover, drag, filter) is painted at the next pulse. A layout snapshot waits while the last frame was
 * costly: in the software pipeline a whole view of 50,000 nodes takes about half a second to rasterise and the FX
 * thread waits for it at the next pulse, so painting every snapshot would leave no time for the user.
 */
final class RepaintPacer {

    /** Frames cheaper than this are never held back. */
    static final long CHEAP_FRAME_NANOS = 50_000_000L;
    private static final long MAX_GAP_NANOS = 3_000_000_000L;

    private boolean dirty = true;
    /** The layout moved nodes since the last frame. */
    private boolean layoutPending;
    private int paintedVersion = -1;
    /** Pulse time of the last paint, and the time to the pulse after it (FX work plus rasterising); -1: unknown. */
    private long paintedAt = -1;
    private long frameCost = -1;

    /** A user's change: paint at the next pulse. */
    void markDirty() {
        dirty = true;
    }

    /** The layout moved the nodes: paint when the renderer has had time to breathe. */
    void layoutMoved() {
        layoutPending = true;
    }

    /** Called at every pulse; the first pulse after a paint tells what that frame cost. */
    void pulse(long now) {
        if (paintedAt >= 0 && frameCost < 0) frameCost = now - paintedAt;
    }

    /** Whether to paint at the pulse {@code now}, the scene being at {@code version}; if so, it counts as painted. */
    boolean paintNow(long now, int version) {
        if (!dirty && version == paintedVersion && !layoutPending) return false;
        if (!dirty && layoutPending && paintedAt >= 0 && now - paintedAt < layoutFrameGap()) return false;
        dirty = false;
        layoutPending = false;
        paintedVersion = version;
        paintedAt = now;
        frameCost = -1; // measured at the next pulse
        return true;
    }

    /** What the last frame cost, pulse to pulse (tests set it; {@link #pulse} measures it). */
    void frameCost(long nanos) {
        frameCost = nanos;
    }

    /** The pause between layout frames: none for cheap frames, else three times the last frame's cost. */
    long layoutFrameGap() {
        if (frameCost < CHEAP_FRAME_NANOS) return 0;
        return Math.min(3 * frameCost, MAX_GAP_NANOS);
    }
}
