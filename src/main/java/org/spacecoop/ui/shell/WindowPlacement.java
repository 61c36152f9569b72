package org.spacecoop.ui.shell;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where the explorer's window opens. The first time: about 85 % of the primary screen, never less than 1024×700
 * where the screen is that large, centred. Later: where the user left it, moved and shrunk onto a screen that is
 * still there (a laptop unplugged from its second monitor).
 *
 * @param bounds    the window's outer bounds (decorations included), in screen coordinates
 * @param maximized whether it was maximized (the bounds are then those it returns to)
 */
public record WindowPlacement(Rectangle2D bounds, boolean maximized) {

    static final double SHARE = 0.85;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /** A saved window smaller than this is ignored (a corrupt or hand-edited file). */
    static final double SMALLEST = 200;

    /** The first launch on a screen with these visual bounds (the desktop less panels and docks). */
    public static WindowPlacement firstLaunch(Rectangle2D screen) {
        double w = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, Math.round(screen.getWidth() * SHARE)));
        double h = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, Math.round(screen.getHeight() * SHARE)));
        return new WindowPlacement(new Rectangle2D(screen.getMinX() + Math.round((screen.getWidth() - w) / 2),
                screen.getMinY() + Math.round((screen.getHeight() - h) / 2), w, h), false);
    }

    /**
     * A saved placement made to fit today's screens: on the screen it overlaps most (the primary when none), no
     * larger than that screen and wholly on it. Null, or a window too small to use: the first-launch placement.
     */
    public static WindowPlacement restore(WindowPlacement saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved == null || saved.bounds.getWidth() < SMALLEST || saved.bounds.getHeight() < SMALLEST) {
            return firstLaunch(primary);
        }
        Rectangle2D b = saved.bounds;
        Rectangle2D screen = screens.stream().filter(s -> overlap(s, b) > 0)
                .max(Comparator.comparingDouble(s -> overlap(s, b))).orElse(primary);
        double w = Math.min(b.getWidth(), screen.getWidth());
        double h = Math.min(b.getHeight(), screen.getHeight());
        double x = clamp(b.getMinX(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(b.getMinY(), screen.getMinY(), screen.getMaxY() - h);
        return new WindowPlacement(new Rectangle2D(x, y, w, h), saved.maximized);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
