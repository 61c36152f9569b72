package org.spacecoop.core.graph;

import java.util.function.Predicate;

/**
 * Positions of objects in an array, found by {@code hashCode} and {@code equals}: an open-addressing table of
 * longs (hash and position + 1; 0 is empty), kept at most half full.
 */
final class PositionTable {
    /** Each slot packs an object's hash (high half) and its position + 1 (low half); 0 is empty. */
    private long[] slots;
    private int size;

    PositionTable(int expected) {
        slots = new long[tableSize(expected)];
    }

    private static int tableSize(int entries) {
        return Integer.highestOneBit(Math.max(8, entries * 2) - 1) << 1;
    }

    /**
     * The position of an object equal to {@code o} in {@code items}, or -1. Slots of other hashes are passed
     * over without reading their objects: on a million edges, each such read was a cache miss. (The same loop as
     * the look-up by hash and test below: calling that with {@code o::equals} made copying 100,000 edges into an
     * {@code AsSubgraph} about a fifth slower, 117 and 165 ms against 96 and 137.)
     */
    int find(Object o, Object[] items) {
        int h = o.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) return -1;
            int p = (int) slot - 1;
            if ((int) (slot >>> 32) == h && o.equals(items[p])) return p;
        }
    }

    /**
     * The position of an object in {@code items} whose {@code hashCode} is {@code hash} and that passes
     * {@code test}, or -1: a look-up by a key that determines the hash (an entity's id), with no object to compare.
     */
    int find(int hash, Predicate<Object> test, Object[] items) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) return -1;
            int p = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && test.test(items[p])) return p;
        }
    }

    /** Records that {@code o} (not yet in the table) is at {@code position} of {@code items}. */
    void add(Object o, int position, Object[] items) {
        if (2 * (size + 1) > slots.length) grow();
        insert(o.hashCode(), position);
        size++;
    }

    private void insert(int hash, int position) {
        int mask = slots.length - 1;
        int i = spread(hash) & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = (long) hash << 32 | (position + 1L);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long slot : old) if (slot != 0) insert((int) (slot >>> 32), (int) slot - 1);
    }

    /**
     * Mixes all of the hash's bits into the low ones (Fibonacci hashing): ids like "agency-1", "agency-2" have
     * hashes a small step apart, which would fill the table in long runs for linear probing to walk.
     */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
