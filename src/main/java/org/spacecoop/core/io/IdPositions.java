package org.spacecoop.core.io;

import java.util.Arrays;

/**
 * Remembers where each id was first defined. The ids go into a list in arrival order; an open-addressing table of
 * primitives (hash, list index) finds them. A {@code HashMap<String, Long>} cost a node and a boxed position per
 * entry, and a table of string references a write into a large, long-lived array at a random place per id, which
 * the garbage collector must then track: at a million relations both showed in the profile.
 */
final class IdPositions {

    private long[] slots; // hash (high half) and list index + 1 (low half); 0 = empty: one array, one cache miss a probe
    private String[] ids;
    private long[] positions;
    private int size;

    /** A table that holds {@code expected} ids without growing (it grows past that). */
    IdPositions(int expected) {
        int capacity = Integer.highestOneBit(Math.max(32, Math.min(1 << 29, expected)) * 2 - 1) * 2;
        slots = new long[capacity];
        ids = new String[Math.max(16, Math.min(1 << 29, expected))];
        positions = new long[ids.length];
    }

    IdPositions() {
        this(32);
    }

    /** Records {@code id} at {@code at}; returns the first position when the id was seen before, else -1. */
    long putIfAbsent(String id, long at) {
        int h = spread(id.hashCode());
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    positions = Arrays.copyOf(positions, size * 2);
                }
                ids[size] = id;
                positions[size] = at;
                slots[i] = (long) h << 32 | ++size;
                if (size * 2 > slots.length) grow();
                return -1;
            }
            int index = (int) slot - 1;
            if ((int) (slot >>> 32) == h && ids[index].equals(id)) return positions[index];
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot == 0) continue;
            int i = (int) (slot >>> 32) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
    }

    /** Mixes the high bits in, as ids often differ only in their last characters. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
