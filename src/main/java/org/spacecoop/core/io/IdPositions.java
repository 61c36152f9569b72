package org.spacecoop.core.io;

/**
 * Remembers where each id was first defined: an open-addressing table of strings and packed positions
 * (see {@link JsonCursor}). A {@code HashMap<String, Long>} costs a node and a boxed position per entry;
 * at a million relations that was a tenth of the load time, all to find duplicates that are rare.
 */
final class IdPositions {

    private String[] keys;
    private long[] positions;
    private int size;

    /** A table that holds {@code expected} ids without growing (it grows past that). */
    IdPositions(int expected) {
        int capacity = Integer.highestOneBit(Math.max(32, Math.min(1 << 29, expected)) * 2 - 1) * 2;
        keys = new String[capacity];
        positions = new long[capacity];
    }

    IdPositions() {
        this(32);
    }

    /** Records {@code id} at {@code at}; returns the first position when the id was seen before, else -1. */
    long putIfAbsent(String id, long at) {
        int mask = keys.length - 1;
        for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = id;
                positions[i] = at;
                if (++size * 2 > keys.length) grow();
                return -1;
            }
            if (k.equals(id)) return positions[i];
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldPositions = positions;
        keys = new String[oldKeys.length * 2];
        positions = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = spread(oldKeys[j].hashCode()) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            positions[i] = oldPositions[j];
        }
    }

    /** Mixes the high bits in, as ids often differ only in their last characters. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
