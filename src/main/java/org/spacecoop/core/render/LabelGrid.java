package org.spacecoop.core.render;

import java.util.Arrays;

/**
 * Screen-space occupancy for label collision: placed rectangles are registered in the grid cells they cover, and a
 * new rectangle is accepted only if it overlaps none of the rectangles in its cells. With labels much smaller than
 * the screen, each test touches a handful of cells, so placing n labels is O(n).
 */
final class LabelGrid {

    static final double CELL = 48;

    private int cols;
    private int rows;
    private int[] head = new int[0];
    private int[] next = new int[256];
    private int[] rectOf = new int[256];
    private double[] rects = new double[256];
    private int entries;
    private int rectCount;

    void reset(double width, double height) {
        cols = Math.max(1, (int) Math.ceil(width / CELL));
        rows = Math.max(1, (int) Math.ceil(height / CELL));
        int cells = cols * rows;
        if (head.length < cells) head = new int[cells];
        Arrays.fill(head, 0, cells, -1);
        entries = 0;
        rectCount = 0;
    }

    /** Places the rectangle if it overlaps no placed one; returns whether it was placed. */
    boolean tryPlace(double x, double y, double w, double h) {
        int c0 = col(x), c1 = col(x + w), r0 = row(y), r1 = row(y + h);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (int k = head[r * cols + c]; k >= 0; k = next[k]) {
                    int q = rectOf[k] * 4;
                    if (x < rects[q + 2] && x + w > rects[q] && y < rects[q + 3] && y + h > rects[q + 1]) return false;
                }
            }
        }
        take(x, y, w, h);
        return true;
    }

    /** Registers the rectangle as taken, whatever it overlaps (an area no label may enter). */
    void take(double x, double y, double w, double h) {
        int c0 = col(x), c1 = col(x + w), r0 = row(y), r1 = row(y + h);
        int id = rectCount++;
        if (rects.length < rectCount * 4) rects = Arrays.copyOf(rects, rects.length * 2);
        rects[id * 4] = x;
        rects[id * 4 + 1] = y;
        rects[id * 4 + 2] = x + w;
        rects[id * 4 + 3] = y + h;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (entries == next.length) {
                    next = Arrays.copyOf(next, entries * 2);
                    rectOf = Arrays.copyOf(rectOf, entries * 2);
                }
                int cell = r * cols + c;
                rectOf[entries] = id;
                next[entries] = head[cell];
                head[cell] = entries++;
            }
        }
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor(x / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
    }
}
