package org.spacecoop.core.render;

import java.util.Arrays;

/**
 * A sparse uniform grid: only occupied cells exist, found through an open-addressing hash of the cell
 * coordinates, so far-flung outliers cost nothing and dense regions keep small cells. Filled in two passes
 * like a counting sort ({@link #count} for every (cell, item), {@link #allocate}, then {@link #put} in the same
 * order); afterwards the items of a cell are {@code items[start(slot) .. end(slot))}.
 */
final class HashGrid {

    final double cell;
    private long[] keys;
    private int[] counts;
    private boolean[] used;
    private int size;
    private int[] start;
    private int[] fill;
    int[] items;

    HashGrid(double cell, int expectedCells) {
        this.cell = cell;
        int cap = Integer.highestOneBit(Math.max(16, expectedCells * 2) - 1) << 1;
        keys = new long[cap];
        counts = new int[cap];
        used = new boolean[cap];
    }

    int cx(double x) {
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, Math.floor(x / cell)));
    }

    static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xFFFFFFFFL);
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** The slot of a cell, or -1 when it holds nothing. */
    int slot(int cx, int cy) {
        long k = key(cx, cy);
        int mask = keys.length - 1;
        for (int i = hash(k) & mask; used[i]; i = (i + 1) & mask) if (keys[i] == k) return i;
        return -1;
    }

    void count(int cx, int cy) {
        if (size * 2 >= keys.length) grow();
        long k = key(cx, cy);
        int mask = keys.length - 1;
        int i = hash(k) & mask;
        while (used[i] && keys[i] != k) i = (i + 1) & mask;
        if (!used[i]) {
            used[i] = true;
            keys[i] = k;
            size++;
        }
        counts[i]++;
    }

    private void grow() {
        long[] ok = keys;
        int[] oc = counts;
        boolean[] ou = used;
        keys = new long[ok.length * 2];
        counts = new int[ok.length * 2];
        used = new boolean[ok.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (!ou[j]) continue;
            int i = hash(ok[j]) & mask;
            while (used[i]) i = (i + 1) & mask;
            used[i] = true;
            keys[i] = ok[j];
            counts[i] = oc[j];
        }
    }

    void allocate() {
        start = new int[keys.length + 1];
        for (int i = 0; i < keys.length; i++) start[i + 1] = start[i] + counts[i];
        items = new int[start[keys.length]];
        fill = Arrays.copyOf(start, keys.length);
        counts = null;
    }

    void put(int cx, int cy, int item) {
        int s = slot(cx, cy);
        items[fill[s]++] = item;
    }

    int start(int slot) {
        return start[slot];
    }

    int end(int slot) {
        return start[slot + 1];
    }
}
